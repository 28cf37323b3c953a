import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import {
  CONTENT_CACHE_FILE,
  formatContentIssues,
  readContentFiles,
  resolveSourcesDirectory,
  toExpectedId,
  validateArchitectureFilesCached,
  validateSourceFiles,
  type ContentIssue,
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
 * Loads content/architectures/*.yaml with the source documents of content/sources attached to each architecture.
 * Every file is checked first with the same validator as `npm run validate`, so a broken build lists all problems
 * (file:line:col, field, fix) at once; in dev, a change to either folder reloads the collection. Validated files are
 * cached by content digest in the cache folder, so a rebuild or a dev reload parses only the files that changed.
 */
export function createArchitectureLoader(base: string): Loader {
  return {
    name: 'archkb-architecture-loader',
    load: async ({ config, store, watcher, logger }) => {
      const root = config.root instanceof URL ? fileURLToPath(config.root) : String(config.root);
      const directory = path.resolve(root, base);
      const sourcesDirectory = resolveSourcesDirectory(directory);
      const cacheFile = path.join(fileURLToPath(config.cacheDir), CONTENT_CACHE_FILE);
      const sync = () => {
        const sources = validateSourceFiles(readContentFiles(sourcesDirectory));
        const files = readContentFiles(directory);
        const validation = validateArchitectureFilesCached(files, sources.documents, cacheFile);
        const issues = [...sources.issues, ...validation.issues];
        if (issues.length > 0) throw new ArchitectureContentError(issues);
        // The data is already validated by ArchitectureSchema (the collection's schema), so it is stored as is; entries whose
        // digest is unchanged stay, so a one-file edit rewrites one entry.
        const kept = new Set<string>();
        for (const { path: filePath, architecture } of validation.valid) {
          const id = toExpectedId(filePath);
          const digest = validation.digests.get(filePath)!;
          kept.add(id);
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: architecture as unknown as Record<string, unknown>, filePath, digest });
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      };
      sync();
      if (watcher) {
        watcher.add([directory, sourcesDirectory]);
        const reload = (changed: string) => {
          if (!changed.startsWith(directory) && !changed.startsWith(sourcesDirectory)) return;
          try {
            sync();
          } catch (error) {
            logger.error(error instanceof Error ? error.message : String(error));
          }
        };
        watcher.on('change', reload);
        watcher.on('add', reload);
        watcher.on('unlink', reload);
      }
    },
  };
}
