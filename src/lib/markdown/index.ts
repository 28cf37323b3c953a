// Public face of the markdown area: everything other areas, views and scripts may import from it.
export * from './render-answer-markdown.ts';
export * from './render-guide-markdown.ts';
export * from './render-page-markdown.ts';
export * from './to-markdown-path.ts';
export * from './build-variant-exports.ts';
export * from './build-static-markdown-files.ts';
