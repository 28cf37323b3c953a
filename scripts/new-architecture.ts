// Scaffolds content/architectures/<id>.yaml that already validates, then prints the next steps.
// Usage: npm run new:architecture -- <id> --source <doc-id>   (folder: $ARCHKB_CONTENT_DIR or content/architectures)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldArchitecture } from '../src/lib/authoring/index.ts';
import { validateArchitectureFile, formatContentIssues } from '../src/lib/content/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({ options: { source: { type: 'string' } }, allowPositionals: true, strict: false });
if (positionals.length > 1) {
  console.error(
    `expected one id, got ${positionals.length} (${positionals.join(' ')}). Fix: npm run new:architecture -- <id> --source <doc-id>.`,
  );
  process.exit(1);
}
const id = positionals[0] ?? '';
const result = scaffoldArchitecture({ id, sourceId: typeof values.source === 'string' ? values.source : '' });
if (!result.ok) {
  for (const error of result.errors) console.error(error);
  process.exit(1);
}

const dir = path.resolve(root, process.env.ARCHKB_CONTENT_DIR ?? 'content/architectures');
const file = path.join(dir, `${id}.yaml`);
const shown = path.relative(process.cwd(), file) || file;
if (existsSync(file)) {
  console.error(`${shown} already exists. Fix: pick another id, or edit the existing file.`);
  process.exit(1);
}
// Belt and braces: never write a scaffold the validator would reject.
const check = validateArchitectureFile({ path: shown, text: result.text });
if (check.issues.length > 0) {
  console.error(`internal error: the scaffold does not validate.\n${formatContentIssues(check.issues)}`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, result.text, { flag: 'wx' });
console.log(`created ${shown}

Next steps:
  1. Open it in an editor with the YAML language server: fields complete from public/schemas/architecture.schema.json.
  2. Replace every TODO with facts from the vendor document, in your own words, each with source: doc#section.
     Add sections to data/sources.ts if you need a finer citation.
  3. Add variants, components (role ids: data/roles.ts), groups and connections; omit figures the vendor does not state.
  4. npm run validate        (prints every problem with file, line, field and fix)
  5. npx vitest run --project unit test/content   (consistency tests over real content)`);
