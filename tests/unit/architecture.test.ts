// The architecture rules of README.md (section Architecture), checked by `npm run lint`: shown
// here to reject a fixture tree that breaks each of them, and to accept the repository itself.
import { describe, expect, it } from 'vitest';
import { checkArchitecture } from '../../scripts/support/architecture.ts';

describe('the architecture check', () => {
  const violations = checkArchitecture('tests/fixtures/architecture').map((violation) => `${violation.file}: ${violation.message}`);
  const has = (pattern: RegExp) => expect(violations.filter((violation) => pattern.test(violation))).toHaveLength(1);

  it('rejects an import against a folder’s direction, naming the file, the line and the rule', () => {
    has(/^src\/corpus\/validate\.ts:1: imports src\/site\/routes\.ts: src\/corpus\/README\.md does not allow "site"/);
  });

  it('rejects an import cycle', () => {
    has(/^src\/corpus\/validate\.ts: import cycle: src\/corpus\/validate\.ts → src\/site\/routes\.ts$/);
  });

  it('rejects Astro outside the edges, and accepts it where the README allows it', () => {
    has(/^src\/problems\/problem\.ts:1: imports astro\/errors: Astro is imported only at the edges/);
    expect(violations.some((violation) => violation.startsWith('src/site/content.ts'))).toBe(false);
  });

  it('rejects values from a module the folder may take types from only, not its types', () => {
    has(/^src\/components\/Item\.astro:2: imports values from src\/site\/content\.ts/);
    expect(violations.some((violation) => violation.startsWith('src/components/Item.astro:3'))).toBe(false);
  });

  it('rejects scripts importing the tests, or a folder of src/ their README does not list', () => {
    has(/^scripts\/run\.ts:1: imports tests\/support\/harness\.ts: nothing outside tests\/ imports the tests/);
    has(/^scripts\/run\.ts:3: imports src\/site\/routes\.ts: scripts\/README\.md does not allow "src\/site"/);
    expect(violations.some((violation) => violation.startsWith('scripts/run.ts:2'))).toBe(false);
  });

  it('rejects a folder without a README, and a file over 300 lines', () => {
    has(/^src\/orphan\/README\.md: missing/);
    has(/^src\/problems\/long\.ts: 301 lines/);
  });

  it('finds nothing else in the fixture, and nothing at all in the repository', () => {
    expect(violations).toHaveLength(8);
    expect(checkArchitecture('.')).toEqual([]);
  });
});
