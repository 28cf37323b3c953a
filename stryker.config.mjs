// @ts-check
/**
 * Mutation testing (npm run test:mutation): Stryker changes the pure derivation code one small bug at a time and runs
 * the unit tests that cover it; a mutant that no test notices "survives". TESTING.md explains how to run it one area
 * at a time, how long it takes and the last scores.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  // The pure areas, plus the unit conversion every size goes through.
  mutate: [
    'src/lib/model/**/*.ts',
    'src/lib/sizing/**/*.ts',
    'src/lib/cloud/**/*.ts',
    'src/lib/compare/**/*.ts',
    'src/lib/formats/**/*.ts',
    'src/lib/diagram/**/*.ts',
    'src/lib/ask/**/*.ts',
    'src/schemas/quantity.ts',
    '!src/lib/*/index.ts',
  ],
  coverageAnalysis: 'perTest',
  plugins: ['@stryker-mutator/*', './stryker-plugins/exhaustive-switch-ignorer.mjs'],
  // The `default:` branch of an exhaustive switch is unreachable by type; its mutants are listed as ignored.
  ignorers: ['exhaustive-switch'],
  // Mutants in module-level tables (synonym lists, label maps) would each need the whole suite: far too slow on two
  // shared cores. They are listed as "ignored" in the report, not counted as killed.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  // The whole ask area instruments about 14,000 mutants: its first, coverage-measuring test run needs more than the
  // default five minutes and Node's default heap (it ran out of memory twice before these).
  dryRunTimeoutMinutes: 40,
  testRunnerNodeArgs: ['--max-old-space-size=12288'],
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'dist-*', 'reports', 'test-results', 'bench-results', '.astro', '.cache', '.tmp-*'],
  cleanTempDir: 'always',
};
