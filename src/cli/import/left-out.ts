/**
 * What `npm run add` leaves out of a Zotero export on purpose, said in its report so that
 * nothing disappears unseen: the publisher's abstract (the site publishes the BQD's summary),
 * keywords (the summary's facets classify the reference), Zotero's notes (`note` is Zotero's
 * « Extra », `annote` a child note, RIS `N1`) and attached files (`file`: a path on the
 * librarian's computer, never published; RIS `L1`, `L2`, `L4`: links to attachments); and a
 * language that is neither French nor English (the site marks titles as one or the other).
 */
import { langidOf } from './convert.ts';
import type { ImportRecord } from './read.ts';

const LEFT_OUT: [string[], string][] = [
  [['abstract', 'AB', 'N2'], 'résumé de l’éditeur (le site publie le résumé de la BQD)'],
  [['keywords', 'keyword', 'KW'], 'mots-clés (le classement se fait par les facettes du résumé)'],
  [['note', 'annote', 'comment', 'N1'], 'notes de Zotero (« Extra » et notes filles)'],
  [['file', 'L1', 'L2', 'L4'], 'fichiers joints (chemins sur votre ordinateur ou liens de pièces jointes : jamais publiés)'],
];

/** One line for the report, or undefined when the export carried none of these. */
export function leftOutNote(record: ImportRecord, used: readonly string[] = []): string | undefined {
  const present = new Set((record.sourceFields ?? []).filter((name) => !used.includes(name)));
  const found = LEFT_OUT.filter(([names]) => names.some((name) => present.has(name))).map(([, label]) => label);
  const language = String(record.item.language ?? '').trim();
  if (language && !langidOf(record.item)) {
    found.push(
      `langue « ${language} » (le site ne connaît que le français et l’anglais : si le titre est dans l’une d’elles, ajoutez langid = {french} ou {english} à l’entrée)`,
    );
  }
  return found.length === 0 ? undefined : `non repris : ${found.join(' ; ')}.`;
}
