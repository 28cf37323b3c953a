// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import archkb from './eslint-rules/archkb-plugin.mjs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One linter for TypeScript, Astro components and config files; formatting is left to Prettier. */
export default defineConfig(
  {
    ignores: [
      'reports/',
      '.stryker-tmp/',
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'bench-results/',
      '.tmp-content/',
      'public/pagefind/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pipeline's one-way imports (eslint-rules/layers.mjs) and no import loops anywhere in src/.
    files: ['src/**/*.{ts,astro}'],
    plugins: { archkb, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'archkb/layers': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
);
