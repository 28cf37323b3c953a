import { defineConfig } from 'vitest/config';
import { unitProject } from './vitest.config.ts';

// The unit project alone, for Stryker (stryker.config.mjs): mutation runs never build or serve the site. Tests of the
// build, the scripts and the lint rules spawn processes or read every source file, so they stay out as well.
export default defineConfig({
  test: {
    ...unitProject.test,
    exclude: [...unitProject.test.exclude, 'test/build/**', 'test/scripts/**', 'test/eslint-rules/**'],
  },
});
