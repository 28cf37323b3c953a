// Public face of the content area: everything other areas, views and scripts may import from it.
export * from './format-content-issues.ts';
export * from './load-content-directory.ts';
export * from './parse-yaml-file.ts';
export * from './read-guide-files.ts';
export * from './validate-architecture-files.ts';
export * from './validate-source-files.ts';
export * from './validate-architecture-files-cached.ts';
