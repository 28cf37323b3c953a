// Loads content/architectures (or $ARCHKB_CONTENT_DIR) through the schema without Astro, for terminal tools.
import path from 'node:path';
import { formatContentIssues, loadArchitectureDirectory } from '../src/lib/content/index.ts';
import type { Architecture } from '../src/schemas/architecture.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Every architecture, validated and sorted by product like loadArchitectures(); exits with the issues when content is invalid. */
export function loadArchitecturesFromDisk(): Architecture[] {
  const { issues, architectures } = loadArchitectureDirectory(
    path.resolve(root, process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures'),
  );
  if (issues.length > 0) {
    console.error(formatContentIssues(issues));
    process.exit(1);
  }
  return architectures;
}
