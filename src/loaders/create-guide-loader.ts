import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import {
  formatContentIssues,
  GUIDE_FILE_GLOB,
  loadArchitectureDirectory,
  readGuideFiles,
  resolveGuidesDirectory,
  type ContentIssue,
} from '../lib/content/index.ts';
import { checkGuideFiles } from '../lib/guides/index.ts';

/** Error thrown when guides name what the model lacks or write figures by hand; lists every problem with file and line. */
export class GuideContentError extends Error {
  override name = 'GuideContentError';
  /** Where the first problem is; Astro prints a code frame for it. */
  loc: { file: string; line: number; column: number } | undefined;

  constructor(issues: readonly ContentIssue[]) {
    super(
      `${formatContentIssues(issues)}\nGuides may only name products, variants, components and facts the model holds (CONTRIBUTING.md, "Write a guide").`,
    );
    const first = issues.find((issue) => issue.line !== undefined);
    this.loc = first ? { file: path.resolve(first.file), line: first.line ?? 1, column: first.column ?? 1 } : undefined;
  }

  // Same reason as ArchitectureContentError: keep Astro from guessing a "browser APIs" hint from words in the list.
  override toString(): string {
    return `${this.name}: invalid guide content`;
  }
}

/**
 * Loads the MDX guides that go with an architectures folder (its sibling guides/, or `guidesBase` when given). Every
 * guide is first checked against the model, read with the same reader as `npm run validate`: a guide naming a
 * product, variant, component or fact that does not exist, or writing a figure by hand, fails the build with every
 * problem as `file:line:col: field: problem. Fix: …`. Astro's glob loader then stores the files for MDX rendering.
 * With broken architectures the guides are not checked: the architectures collection reports those first.
 */
export function createGuideLoader(architecturesBase: string, guidesBase?: string): Loader {
  return {
    name: 'archkb-guide-loader',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const root = config.root instanceof URL ? fileURLToPath(config.root) : String(config.root);
      const architecturesDirectory = path.resolve(root, architecturesBase);
      const directory = guidesBase ? path.resolve(root, guidesBase) : resolveGuidesDirectory(architecturesDirectory);
      if (directory === null) {
        store.clear();
        return;
      }
      const check = (): ContentIssue[] => {
        const content = loadArchitectureDirectory(architecturesDirectory);
        if (content.issues.length > 0) return [];
        return checkGuideFiles(readGuideFiles(directory), content.architectures).issues;
      };
      const issues = check();
      if (issues.length > 0) throw new GuideContentError(issues);
      await glob({ pattern: GUIDE_FILE_GLOB, base: pathToFileURL(`${directory}${path.sep}`) }).load(context);
      if (watcher) {
        // The glob loader reloads changed guides; re-check them (and the model they name) and report in the dev log.
        const recheck = (changed: string) => {
          if (!changed.startsWith(directory) && !changed.startsWith(path.dirname(architecturesDirectory))) return;
          const found = check();
          if (found.length > 0) logger.error(new GuideContentError(found).message);
        };
        watcher.on('change', recheck);
        watcher.on('add', recheck);
      }
    },
  };
}
