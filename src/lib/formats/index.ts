// Public face of the formats area: everything other areas, views and scripts may import from it.
export * from './generate-csv.ts';
export * from './generate-docs-recipes.ts';
export * from './generate-embed-snippet.ts';
export * from './generate-markdown-table.ts';
export * from './split-inline-code.ts';
