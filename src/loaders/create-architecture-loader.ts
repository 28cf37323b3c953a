import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import {
  ARCHITECTURE_FILE_GLOB,
  formatContentIssues,
  readArchitectureFiles,
  type ContentIssue,
  validateArchitectureFiles,
} from '../lib/content/index.ts';

/** Error thrown when content files are invalid; its message lists every problem with file, line, field and fix. */
export class ArchitectureContentError extends Error {
  override name = 'ArchitectureContentError';
  /** Where the first problem is; Astro prints a code frame for it. */
  loc: { file: string; line: number; column: number } | undefined;

  constructor(issues: readonly ContentIssue[]) {
    super(`${formatContentIssues(issues)}\nRun npm run validate to check content without building.`);
    const first = issues.find((issue) => issue.line !== undefined);
    this.loc = first ? { file: path.resolve(first.file), line: first.line ?? 1, column: first.column ?? 1 } : undefined;
  }

  // Astro's error printer guesses a "browser APIs" hint whenever toString() contains "document" or "window",
  // which role ids such as document-database trigger; the full list is in `message`, which is what it prints.
  override toString(): string {
    return `${this.name}: invalid architecture content`;
  }
}

/**
 * Wraps Astro's glob loader for content/architectures/*.yaml: before loading, every file is checked with the
 * same validator as `npm run validate`, so a broken build lists all problems (file:line:col, field, fix)
 * instead of Astro's first schema error alone; valid content then loads through glob unchanged.
 */
export function createArchitectureLoader(base: string): Loader {
  const inner = glob({ pattern: ARCHITECTURE_FILE_GLOB, base });
  return {
    name: 'archkb-architecture-loader',
    load: async (context) => {
      const root = context.config.root instanceof URL ? context.config.root.pathname : String(context.config.root);
      const dir = path.resolve(root, base);
      const { issues } = validateArchitectureFiles(readArchitectureFiles(dir));
      if (issues.length > 0) {
        throw new ArchitectureContentError(issues);
      }
      await inner.load(context);
    },
  };
}
