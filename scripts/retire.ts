// `npm run retire -- <clé> [--raison "…"] [--root dossier]`: withdraws a reference, keeping its URL as
// a « Référence retirée » page. All the work is in src/cli/retire.ts (tested without a subprocess).
import { localDate } from '../src/cli/import/run.ts';
import { runRetire } from '../src/cli/retire.ts';

const { exitCode, output } = runRetire(process.argv.slice(2), { today: localDate() });
(exitCode === 0 ? console.log : console.error)(output);
process.exit(exitCode);
