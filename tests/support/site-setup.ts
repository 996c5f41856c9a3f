// Global set-up of the site tests: the shared builds they read (tests/support/shared-builds.ts).
import { ensureBuilt } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  await ensureBuilt(['fixture', 'subpath', 'hostile', 'dossier']);
}
