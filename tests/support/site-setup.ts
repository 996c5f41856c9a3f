// Global set-up of the site tests: the shared builds they read (tests/support/shared-builds.ts).
// Vitest runs the projects' set-ups one after the other: the browser tests find the dossier built (first).
import { ensureBuilt } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  await ensureBuilt(['dossier', 'fixture', 'subpath', 'hostile']);
}
