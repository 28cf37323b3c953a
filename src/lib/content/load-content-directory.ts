import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Architecture } from '../../schemas/architecture.ts';
import type { SourceDocument } from '../../schemas/source-document.ts';
import { sortArchitectures } from '../model/index.ts';
import type { ContentIssue } from './format-content-issues.ts';
import type { ContentFile } from './parse-yaml-file.ts';
import { validateArchitectureFiles } from './validate-architecture-files.ts';
import { validateArchitectureFilesCached } from './validate-architecture-files-cached.ts';
import { validateSourceFiles } from './validate-source-files.ts';

/** File names content folders hold entries in: YAML with either extension. */
const CONTENT_FILE_PATTERN = /\.ya?ml$/;

/** Glob the Astro loader uses for the same files, so loader, scripts and tests agree on what counts. */
export const ARCHITECTURE_FILE_GLOB = '*.{yaml,yml}';

/** The repository's own folder of source documents. */
const defaultSourcesDirectory = path.resolve(import.meta.dirname, '../../../content/sources');

/**
 * Reads every YAML file of a content folder, sorted by name, with paths relative to `relativeTo` (the working
 * directory by default) so messages name files the way the author sees them.
 */
export function readContentFiles(directory: string, relativeTo: string = process.cwd()): ContentFile[] {
  return readdirSync(directory)
    .filter((name) => CONTENT_FILE_PATTERN.test(name))
    .sort()
    .map((name) => {
      const absolute = path.join(directory, name);
      return { path: path.relative(relativeTo, absolute) || absolute, text: readFileSync(absolute, 'utf8') };
    });
}

/**
 * The source documents folder that goes with an architectures folder: its sibling `sources/` when there is one (a
 * whole content tree), else the repository's content/sources (a folder of architectures alone, e.g. a benchmark).
 */
export function resolveSourcesDirectory(architecturesDirectory: string): string {
  const sibling = path.join(path.dirname(path.resolve(architecturesDirectory)), 'sources');
  return existsSync(sibling) ? sibling : defaultSourcesDirectory;
}

/** Everything a content tree holds once read and validated: every problem, the documents, the architectures in catalogue order. */
export interface LoadedContent {
  issues: ContentIssue[];
  documents: SourceDocument[];
  architectures: Architecture[];
}

/**
 * Reads and validates a folder of architectures together with its source documents, reporting every problem in one
 * pass. With `cacheFile`, files unchanged since they were last validated come from that cache without parsing.
 */
export function loadArchitectureDirectory(directory: string, relativeTo?: string, options: { cacheFile?: string } = {}): LoadedContent {
  const sources = validateSourceFiles(readContentFiles(resolveSourcesDirectory(directory), relativeTo));
  const files = readContentFiles(directory, relativeTo);
  const architectures = options.cacheFile
    ? validateArchitectureFilesCached(files, sources.documents, options.cacheFile)
    : validateArchitectureFiles(files, sources.documents);
  return {
    issues: [...sources.issues, ...architectures.issues],
    documents: sources.documents,
    architectures: sortArchitectures(architectures.valid.map((file) => file.architecture)),
  };
}
