import { defineCollection } from 'astro:content';
import { createArchitectureLoader } from './loaders/create-architecture-loader.ts';
import { createGuideLoader } from './loaders/create-guide-loader.ts';
import { ArchitectureSchema } from './schemas/architecture.ts';
import { GuideFrontmatterSchema } from './schemas/guide.ts';

// ARCHKB_CONTENT_DIR lets benchmarks build a synthetic catalogue without touching content/.
const architecturesBase = process.env.ARCHKB_CONTENT_DIR ?? './content/architectures';

const architectures = defineCollection({
  loader: createArchitectureLoader(architecturesBase),
  schema: ArchitectureSchema,
});

// Guides live next to the architectures they name (content/guides); a catalogue without a guides folder has none.
const guides = defineCollection({
  loader: createGuideLoader(architecturesBase, process.env.ARCHKB_GUIDES_DIR),
  schema: GuideFrontmatterSchema,
});

export const collections = { architectures, guides };
