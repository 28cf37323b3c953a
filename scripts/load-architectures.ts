// Loads content/architectures/*.yaml (or $ARCHKB_CONTENT_DIR) through the schema without Astro, for terminal tools.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatContentIssues } from '../src/lib/content/format-content-issues.ts';
import { validateArchitectureFiles } from '../src/lib/content/validate-architecture-files.ts';
import type { Architecture } from '../src/schemas/architecture.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Every architecture, validated and sorted by product like loadArchitectures(); exits with the issues when content is invalid. */
export function loadArchitecturesFromDisk(): Architecture[] {
  const contentDir = path.resolve(root, process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures');
  const files = readdirSync(contentDir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({
      path: path.relative(process.cwd(), path.join(contentDir, name)),
      text: readFileSync(path.join(contentDir, name), 'utf8'),
    }));
  const validation = validateArchitectureFiles(files);
  if (validation.issues.length > 0) {
    console.error(formatContentIssues(validation.issues));
    process.exit(1);
  }
  return validation.valid.map((file) => file.architecture).sort((a, b) => a.product.localeCompare(b.product));
}
