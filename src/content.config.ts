import { createRequire } from 'node:module';
import { defineCollection } from 'astro:content';
import type * as ContentModules from './content-modules.ts';

// In dev the loaders and schemas come through Vite, so editing them reloads the collections. A build loads them once,
// with Node's own loader (require of an ES module), which reads their few hundred modules (schemas, registries,
// catalogues) about twice as fast as Vite's module runner: 2.6 s of the 5 s `astro build` took before it synced content.
const { createArchitectureLoader, createGuideLoader, ArchitectureSchema, GuideFrontmatterSchema } = import.meta.env.DEV
  ? await import('./content-modules.ts')
  : (createRequire(import.meta.url)('./content-modules.ts') as typeof ContentModules);

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
