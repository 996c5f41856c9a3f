/**
 * What `npm run add` prints: the references imported, the files written, the references
 * refused with the reason and the fix, and the next step. Written for the librarian.
 */
import type { FileWrite, ImportedEntry } from './plan.ts';
import { formatReport } from '../../problems/report.ts';
import type { Problem } from '../../problems/problem.ts';

export const NEXT_STEP = 'Étape suivante : remplissez le résumé puis lancez npm run check.';

export const NOTHING_CHANGED = 'Aucune référence importée : aucun fichier n’a été modifié.';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** Refused references counted once each, whatever the number of problems found in one of them. */
function refusedCount(problems: readonly Problem[]): number {
  return new Set(problems.map((problem) => `${problem.file}\u0000${problem.line ?? ''}`)).size;
}

function writtenLine(write: FileWrite, imported: number): string {
  if (write.path.endsWith('.bib')) {
    const what = plural(imported, 'entrée ajoutée', 'entrées ajoutées');
    return `  ${write.path} — ${what} à la fin${write.mode === 'create' ? ' (fichier créé)' : ''}`;
  }
  return `  ${write.path} — résumé à remplir`;
}

/** A run stopped before reading the references (command line, unreachable network): nothing was written. */
export function formatStoppedReport(problems: readonly Problem[]): string {
  return `${NOTHING_CHANGED}\n\nL’import s’est arrêté avant d’écrire quoi que ce soit :\n\n${formatReport(problems)}\n\nCorrigez ce qui est indiqué, puis relancez la commande.`;
}

export function formatImportReport(result: {
  imported: readonly ImportedEntry[];
  writes: readonly FileWrite[];
  problems: readonly Problem[];
}): string {
  const { imported, writes, problems } = result;
  const blocks: string[] = [];
  if (imported.length === 0) blocks.push(NOTHING_CHANGED);
  else {
    blocks.push(
      [
        `${plural(imported.length, 'référence importée', 'références importées')} :`,
        ...imported.flatMap((entry) => [
          `  ${entry.key} — « ${entry.title} » (${entry.where})`,
          ...entry.notes.map((note) => `    ${note}`),
        ]),
      ].join('\n'),
      ['Fichiers écrits :', ...writes.map((write) => writtenLine(write, imported.length))].join('\n'),
    );
  }
  if (problems.length > 0) {
    const count = refusedCount(problems);
    blocks.push(
      `${plural(count, 'référence refusée ou illisible', 'références refusées ou illisibles')} (rien n’a été écrit pour ${count > 1 ? 'elles' : 'elle'}) :\n\n${formatReport(problems)}`,
    );
  }
  if (imported.length > 0) {
    blocks.push(`${NEXT_STEP}\n  (thèmes, ordre, facettes et texte du résumé : voir docs/guide-bibliothecaire.md)`);
  } else if (problems.length > 0) {
    blocks.push('Corrigez ce qui est indiqué, puis relancez la commande.');
  }
  return blocks.join('\n\n');
}
