import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// A fresh clone's `npm install` must leave `git status` clean: npm rewrites the lock whenever it
// lacks another platform's optional binary, and warns for every install script not reviewed.
type LockPackage = {
  optionalDependencies?: Record<string, string>;
  hasInstallScript?: boolean;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockPackage>;
};
const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  allowScripts?: Record<string, boolean>;
};

function resolves(from: string, name: string): boolean {
  // Node's lookup: the package's own node_modules, then each parent's, then the root's.
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut === -1 ? '' : base.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it("lists every platform's optional binary, so npm install does not rewrite it", () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((name) => !resolves(path, name))
        .map((name) => `${path || '(racine)'} → ${name}`),
    );
    expect(missing).toEqual([]);
  });

  it("has every install script reviewed in package.json's allowScripts", () => {
    const unreviewed = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .filter((name) => manifest.allowScripts?.[name] === undefined);
    expect(unreviewed).toEqual([]);
  });
});
