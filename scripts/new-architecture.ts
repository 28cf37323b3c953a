// Scaffolds content/architectures/<id>.yaml (and content/sources/<doc-id>.yaml for a new document), then prints the
// next steps. Usage: npm run new:architecture -- <id> --source <doc-id>   (folder: $ARCHKB_CONTENT_DIR or content/architectures)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldArchitecture } from '../src/lib/authoring/index.ts';
import {
  formatContentIssues,
  readContentFiles,
  resolveSourcesDirectory,
  validateArchitectureFile,
  validateSourceFiles,
} from '../src/lib/content/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ options: { source: { type: 'string' } }, allowPositionals: true, strict: false });
if (positionals.length > 1) {
  console.error(
    `expected one id, got ${positionals.length} (${positionals.join(' ')}). Fix: npm run new:architecture -- <id> --source <doc-id>.`,
  );
  process.exit(1);
}
const dir = path.resolve(root, process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures');
const sourcesDir = resolveSourcesDirectory(dir);
const { documents } = validateSourceFiles(existsSync(sourcesDir) ? readContentFiles(sourcesDir) : []);
const id = positionals[0] ?? '';
const result = scaffoldArchitecture({ id, sourceId: typeof values.source === 'string' ? values.source : '' }, documents);
if (!result.ok) {
  for (const error of result.errors) console.error(error);
  process.exit(1);
}

const file = path.join(dir, `${id}.yaml`);
const sourceFile = path.join(sourcesDir, `${String(values.source)}.yaml`);
const shown = (target: string) => path.relative(process.cwd(), target) || target;
for (const target of [file, ...(result.sourceText ? [sourceFile] : [])]) {
  if (existsSync(target)) {
    console.error(`${shown(target)} already exists. Fix: pick another id, or edit the existing file.`);
    process.exit(1);
  }
}
// Belt and braces: the scaffold's only problems must be the TODO placeholders the author is about to replace.
const stub = result.sourceText
  ? [{ id: String(values.source), file: 'x', title: 'x', vendor: 'x', sections: [{ id: 'introduction', title: 'x' }] }]
  : [];
const check = validateArchitectureFile({ path: shown(file), text: result.text }, [...documents, ...stub]);
const unexpected = check.issues.filter((issue) => !/TODO placeholder/.test(issue.problem));
if (unexpected.length > 0) {
  console.error(`internal error: the scaffold has problems besides its TODOs.\n${formatContentIssues(unexpected)}`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, result.text, { flag: 'wx' });
if (result.sourceText) {
  mkdirSync(sourcesDir, { recursive: true });
  writeFileSync(sourceFile, result.sourceText, { flag: 'wx' });
}
console.log(`created ${shown(file)}${result.sourceText ? ` and ${shown(sourceFile)}` : ''}

Next steps:
  1. Open it in an editor with the YAML language server: fields complete from public/schemas/architecture.schema.json.
  2. Replace every TODO with facts from the vendor document, in your own words, each with source: doc#section.
     Add sections to content/sources/<doc-id>.yaml when you need a finer citation.
  3. Add variants, load drivers, components (role ids: data/roles.ts), groups and connections; omit figures the vendor does not state.
  4. npm run validate        (prints every problem with file, line, field and fix; the TODOs are listed until replaced)
  5. npm test                (consistency tests over all content pick the new architecture up by themselves)`);
