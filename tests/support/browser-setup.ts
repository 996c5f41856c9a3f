// Global set-up of the browser tests: the dossier and the sub-path builds they serve.
import { ensureBuilt } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  await ensureBuilt(['dossier', 'subpath']);
}
