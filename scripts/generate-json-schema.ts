// Writes public/schemas/architecture.schema.json and source-document.schema.json from the zod schemas, for editor
// completion and checks in YAML. They only change when a schema changes, never when content is added.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArchitectureJsonSchema, generateSourceDocumentJsonSchema } from '../src/lib/authoring/index.ts';

const folder = path.resolve(import.meta.dirname, '../public/schemas');
mkdirSync(folder, { recursive: true });
for (const [name, text] of [
  ['architecture.schema.json', generateArchitectureJsonSchema()],
  ['source-document.schema.json', generateSourceDocumentJsonSchema()],
] as const) {
  writeFileSync(path.join(folder, name), text);
  console.log(`wrote ${path.relative(process.cwd(), path.join(folder, name))}`);
}
