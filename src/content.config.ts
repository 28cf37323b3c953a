import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArchitectureSchema } from './schemas/architecture.ts';

// ARCHKB_CONTENT_DIR lets benchmarks build a synthetic catalogue without touching content/.
const architectures = defineCollection({
  loader: glob({ pattern: '*.yaml', base: process.env.ARCHKB_CONTENT_DIR ?? './content/architectures' }),
  schema: ArchitectureSchema,
});

export const collections = { architectures };
