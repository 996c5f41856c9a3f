/**
 * The Debian tools some tests need (README, section Tests): a test that needs one fails with the
 * package to install when it is missing, never skips silently — `.ci/run` installs them all.
 */
import { spawnSync } from 'node:child_process';

/** Each command, the Debian package that provides it, and what needs it. */
export const DEBIAN_TOOLS = {
  biber: { package: 'biber', for: 'l’export BibTeX compilé avec biblatex' },
  pdflatex: {
    package: 'texlive-latex-base texlive-latex-recommended texlive-bibtex-extra lmodern',
    for: 'l’export BibTeX compilé avec biblatex',
  },
  pdfinfo: { package: 'poppler-utils', for: 'la lecture de l’édition PDF' },
  pdffonts: { package: 'poppler-utils', for: 'la lecture de l’édition PDF' },
  pdftotext: { package: 'poppler-utils', for: 'la lecture de l’édition PDF' },
  java: { package: 'default-jre-headless', for: 'le validateur HTML (Nu HTML Checker)' },
} as const;

export type DebianTool = keyof typeof DEBIAN_TOOLS;

/** The tools among `tools` that cannot be run with the given environment's PATH. */
export function missingTools(tools: readonly DebianTool[], env: NodeJS.ProcessEnv = process.env): DebianTool[] {
  return tools.filter((tool) => {
    const run = spawnSync(tool, tool === 'java' ? ['-version'] : ['-v'], { env, stdio: 'ignore' });
    return (run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
  });
}

/** The French message for missing tools: which packages to install, and how. */
export function missingToolsMessage(tools: readonly DebianTool[]): string {
  const packages = [...new Set(tools.flatMap((tool) => DEBIAN_TOOLS[tool].package.split(' ')))];
  const uses = [...new Set(tools.map((tool) => DEBIAN_TOOLS[tool].for))];
  return [
    `Outil${tools.length > 1 ? 's' : ''} introuvable${tools.length > 1 ? 's' : ''} : ${tools.join(', ')} (pour ${uses.join(', ')}).`,
    `Installez ${packages.length > 1 ? 'les paquets Debian' : 'le paquet Debian'} : sudo apt-get install ${packages.join(' ')}`,
    '(.ci/run les installe ; la liste est dans le README, section Tests.)',
  ].join('\n');
}

/** Fails, with what to install, when one of `tools` is missing. */
export function requireTools(tools: readonly DebianTool[], env: NodeJS.ProcessEnv = process.env): void {
  const missing = missingTools(tools, env);
  if (missing.length > 0) throw new Error(missingToolsMessage(missing));
}
