import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFile } from './parse-yaml-file.ts';

/** Glob the guide loader hands to Astro for the same files this reader reads. */
export const GUIDE_FILE_GLOB = '*.mdx';

/**
 * The guides folder that goes with an architectures folder: its sibling `guides/` (content/guides next to
 * content/architectures), or null when there is none, as in a synthetic benchmark catalogue whose products no guide names.
 */
export function resolveGuidesDirectory(architecturesDirectory: string): string | null {
  const sibling = path.join(path.dirname(path.resolve(architecturesDirectory)), 'guides');
  return existsSync(sibling) ? sibling : null;
}

/** Reads every .mdx file of a guides folder, sorted by name, with paths relative to `relativeTo` as authors see them. */
export function readGuideFiles(directory: string, relativeTo: string = process.cwd()): ContentFile[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const absolute = path.join(directory, name);
      return { path: path.relative(relativeTo, absolute) || absolute, text: readFileSync(absolute, 'utf8') };
    });
}
