// What src/content.config.ts wires together, in one module so a build can load it with Node instead of Vite.
export { createArchitectureLoader } from './loaders/create-architecture-loader.ts';
export { createGuideLoader } from './loaders/create-guide-loader.ts';
export { ArchitectureSchema } from './schemas/architecture.ts';
export { GuideFrontmatterSchema } from './schemas/guide.ts';
