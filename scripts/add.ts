// `npm run add -- fichier.bib|fichier.ris [autres] [--doi 10.…] [--root dossier]`: imports references.
// All the work is in src/cli/import/run.ts (tested without a subprocess); this only prints and exits:
// 1 when anything was refused, 0 otherwise.
import { runImport } from '../src/cli/import/run.ts';

const { exitCode, output } = await runImport(process.argv.slice(2));
console.log(output);
process.exit(exitCode);
