// Public face of the authoring area: everything other areas, views and scripts may import from it.
export * from './generate-architecture-json-schema.ts';
export * from './scaffold-architecture.ts';
