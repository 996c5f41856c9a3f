// Global set-up of the browser tests: the dossier and the sub-path builds they serve.
import { chromiumMissing, headlessShellMissing } from '../../scripts/support/chromium.ts';
import { ensureBuilt } from './shared-builds.ts';

export default async function setup(): Promise<void> {
  // Before the builds: a missing Chromium fails the browser tests at once, saying what to install.
  const slower = headlessShellMissing();
  if (slower) {
    const missing = chromiumMissing();
    if (missing) throw new Error(missing);
    console.warn(slower);
  }
  await ensureBuilt(['dossier', 'subpath']);
}
