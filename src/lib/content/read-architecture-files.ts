import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Architecture } from '../../schemas/architecture.ts';
import { sortArchitectures } from '../model/index.ts';
import type { ContentIssue } from './format-content-issues.ts';
import { validateArchitectureFiles, type ArchitectureFile } from './validate-architecture-files.ts';

/** File names the content folder holds architectures in: YAML with either extension. */
const ARCHITECTURE_FILE_PATTERN = /\.ya?ml$/;

/** Glob the Astro loader uses for the same files, so loader, scripts and tests agree on what counts. */
export const ARCHITECTURE_FILE_GLOB = '*.{yaml,yml}';

/**
 * Reads every architecture file of a content folder, sorted by name, with paths relative to `relativeTo` (the
 * working directory by default) so messages name files the way the author sees them.
 */
export function readArchitectureFiles(directory: string, relativeTo: string = process.cwd()): ArchitectureFile[] {
  return readdirSync(directory)
    .filter((name) => ARCHITECTURE_FILE_PATTERN.test(name))
    .sort()
    .map((name) => {
      const absolute = path.join(directory, name);
      return { path: path.relative(relativeTo, absolute) || absolute, text: readFileSync(absolute, 'utf8') };
    });
}

/** A content folder read and validated: every problem, and the valid architectures in catalogue order (by product). */
export function loadArchitectureDirectory(directory: string, relativeTo?: string): { issues: ContentIssue[]; architectures: Architecture[] } {
  const { issues, valid } = validateArchitectureFiles(readArchitectureFiles(directory, relativeTo));
  return { issues, architectures: sortArchitectures(valid.map((file) => file.architecture)) };
}
