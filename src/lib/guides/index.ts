// Public face of the guides area: everything other areas, views and scripts may import from it.
export * from './check-guides.ts';
export * from './find-plain-figures.ts';
export * from './guide-components.ts';
export * from './list-guide-elements.ts';
export * from './list-guide-sources.ts';
export * from './list-guides.ts';
export * from './parse-guide.ts';
export * from './read-static-value.ts';
export * from './resolve-fact.ts';
export * from './resolve-guide-reference.ts';
