// Part of `npm run lint`: the import direction written in each folder's README.md, no import
// cycle, no file over 300 lines, no folder of src/ over 15 files (scripts/support/architecture.ts).
import { checkArchitecture } from './support/architecture.ts';

const violations = checkArchitecture(process.cwd());
for (const violation of violations) console.error(`${violation.file}: ${violation.message}`);
if (violations.length > 0) {
  console.error(`\n${violations.length} architecture violation(s). The rules: README.md, section Architecture.`);
  process.exit(1);
}
console.log('Architecture: imports follow the direction of every folder’s README, no cycle, sizes within limits.');
