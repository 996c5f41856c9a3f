import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Built-site tests run Astro builds, which share .astro/ in the project: one test file at a time.
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
