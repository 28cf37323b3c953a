import { defineConfig } from 'vitest/config';

// Tests build and serve their own copy of the site (dist-test, with its own Astro cache), so `npm test` never rebuilds
// the dist/ a running `npm start` is serving. Set before any test module reads them; an explicit value still wins.
// ARCHKB_TEST_OUTPUT=static (npm run test:static) builds the static-hosting site instead and serves its files with a
// plain file server: the browser suite runs against it, plus test/static/; the server's own tests do not apply.
const staticOutput = process.env.ARCHKB_TEST_OUTPUT === 'static';
if (staticOutput) process.env.ARCHKB_OUTPUT = 'static';
process.env.ARCHKB_OUT_DIR ??= staticOutput ? 'dist-test-static' : 'dist-test';
process.env.ARCHKB_CACHE_DIR ??= staticOutput ? 'node_modules/.astro-test-static' : 'node_modules/.astro-test';

/** Pure unit tests: no build, no server. The mutation run (vitest.mutation.config.ts) reuses it. */
export const unitProject = {
  test: {
    name: 'unit',
    include: ['test/**/*.test.ts'],
    exclude: ['test/server/**', 'test/browser/**', 'test/static/**'],
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
          include: staticOutput
            ? ['test/browser/**/*.test.ts', 'test/static/**/*.test.ts']
            : ['test/server/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // In CI a server or browser test that fails runs once more: a busy machine can miss a browser's timing once
          // (seen in a clean-clone run that passed three times before); scripts/ci.ts names every test that passed only
          // on its retry, so a flaky test is seen and mended rather than hidden. Unit tests get no retry.
          retry: process.env.CI === 'true' ? 1 : 0,
          fileParallelism: false,
        },
      },
    ],
  },
});
