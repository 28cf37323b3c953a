// Public face of the content area: everything other areas, views and scripts may import from it.
export * from './format-content-issues.ts';
export * from './read-architecture-files.ts';
export * from './validate-architecture-files.ts';
