import { defineCollection } from 'astro:content';
import { createArchitectureLoader } from './loaders/create-architecture-loader.ts';
import { ArchitectureSchema } from './schemas/architecture.ts';

// ARCHKB_CONTENT_DIR lets benchmarks build a synthetic catalogue without touching content/.
const architectures = defineCollection({
  loader: createArchitectureLoader(process.env.ARCHKB_CONTENT_DIR ?? './content/architectures'),
  schema: ArchitectureSchema,
});

export const collections = { architectures };
