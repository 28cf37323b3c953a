// Writes public/schemas/architecture.schema.json from the zod schemas, for editor completion and checks in YAML.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateArchitectureJsonSchema } from '../src/lib/authoring/index.ts';

const target = path.resolve(import.meta.dirname, '../public/schemas/architecture.schema.json');
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, generateArchitectureJsonSchema());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
