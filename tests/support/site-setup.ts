// Global set-up of the site tests: the shared builds they read (tests/support/shared-builds.ts).
// The builds the browser tests do not read come first: `npm test` runs the browser project in a
// process of its own, whose set-up makes the dossier and sub-path builds meanwhile (under a lock).
import { ensureBuilt } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  await ensureBuilt(['fixture', 'hostile', 'dossier', 'subpath']);
}
