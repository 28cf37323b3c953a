import { defineConfig } from 'vitest/config';

// Tests build and serve their own copy of the site (dist-test, with its own Astro cache), so `npm test` never rebuilds
// the dist/ a running `npm start` is serving. Set before any test module reads them; an explicit value still wins.
process.env.ARCHKB_OUT_DIR ??= 'dist-test';
process.env.ARCHKB_CACHE_DIR ??= 'node_modules/.astro-test';

/** Pure unit tests: no build, no server. The mutation run (vitest.mutation.config.ts) reuses it. */
export const unitProject = {
  test: {
    name: 'unit',
    include: ['test/**/*.test.ts'],
    exclude: ['test/server/**', 'test/browser/**'],
    environment: 'node' as const,
  },
};

// Two projects: pure unit tests run without a build; server tests get the built site on a free port.
export default defineConfig({
  test: {
    projects: [
      unitProject,
      {
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
