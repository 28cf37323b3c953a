// Validates architecture and source-document YAML files, and the guides next to them, and prints every problem with file,
// line, field and fix.
// Usage: npm run validate [-- <file-or-dir> ...]   (default: $ARCHKB_CONTENT_DIR or content/architectures, with its sources)
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  formatContentIssues,
  readContentFiles,
  readGuideFiles,
  resolveGuidesDirectory,
  resolveSourcesDirectory,
  validateArchitectureFiles,
  validateSourceFiles,
  type ArchitectureFile,
} from '../src/lib/content/index.ts';
import { checkGuideFiles } from '../src/lib/guides/index.ts';
import { sortArchitectures } from '../src/lib/model/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const targets = process.argv.slice(2);
const inputs = targets.length > 0 ? targets : [process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures'];

/** Reads the architecture files a target names: the file itself, or the .yaml/.yml files directly inside a folder. */
function readTarget(target: string): ArchitectureFile[] {
  const absolute = path.resolve(root, target);
  if (!statSync(absolute, { throwIfNoEntry: false })) {
    console.error(`${target}: no such file or folder. Fix: pass an existing path, or unset ARCHKB_CONTENT_DIR.`);
    process.exit(1);
  }
  if (statSync(absolute).isDirectory()) return readContentFiles(absolute);
  return [{ path: path.relative(process.cwd(), absolute) || absolute, text: readFileSync(absolute, 'utf8') }];
}

const files = inputs.flatMap(readTarget);
if (files.length === 0) {
  console.error(`${inputs.join(', ')}: no .yaml files found. Fix: add one with npm run new:architecture -- <id> --source <doc-id>.`);
  process.exit(1);
}
const firstDirectory = path.resolve(root, inputs[0] ?? '.');
const sourcesDirectory = resolveSourcesDirectory(statSync(firstDirectory).isDirectory() ? firstDirectory : path.dirname(firstDirectory));
const sources = validateSourceFiles(readContentFiles(sourcesDirectory));
const { issues, valid } = validateArchitectureFiles(files, sources.documents);
// Guides are checked against the architectures once those are valid (a guide naming a broken product would only echo it).
const guidesDirectory = statSync(firstDirectory).isDirectory() ? resolveGuidesDirectory(firstDirectory) : null;
const architectureIssues = [...sources.issues, ...issues];
const guides =
  guidesDirectory && architectureIssues.length === 0
    ? checkGuideFiles(readGuideFiles(guidesDirectory), sortArchitectures(valid.map((v) => v.architecture)))
    : { issues: [], guides: [] };
const all = [...architectureIssues, ...guides.issues];
if (all.length > 0) {
  console.error(formatContentIssues(all));
  process.exit(1);
}
console.log(
  `${valid.length} architecture file${valid.length === 1 ? '' : 's'} valid: ${valid.map((v) => v.architecture.id).join(', ')} (${sources.documents.length} source documents)`,
);
if (guidesDirectory)
  console.log(`${guides.guides.length} guide${guides.guides.length === 1 ? '' : 's'} valid: ${guides.guides.map((g) => g.id).join(', ')}`);
