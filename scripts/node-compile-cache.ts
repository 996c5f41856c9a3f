// Node's compile cache (V8 code kept on disk between runs) for the processes the npm scripts start:
// Astro, Vite, Rolldown, citation-js and vitest are compiled once, not at every build or test run.
// It cut the dossier's build by about 0.6 s of CPU (BENCHMARKS.md). Node checks each module's source
// against its cached code, so an updated package is compiled again. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { resolve } from 'node:path';

export const COMPILE_CACHE_DIR = resolve('node_modules/.cache/node-compile');

/** The environment `env` with the compile cache on, unless the caller chose another folder. */
export function withCompileCache(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { NODE_COMPILE_CACHE: COMPILE_CACHE_DIR, ...env };
}
