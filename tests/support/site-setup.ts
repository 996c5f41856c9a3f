// Global set-up of the site tests: the shared builds they read (tests/support/shared-builds.ts); the
// dossier's is the browser tests' too.
import { ensureBuilt } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  await ensureBuilt(['fixture', 'subpath', 'hostile', 'dossier']);
}
