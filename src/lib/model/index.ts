// Public face of the model area: everything other areas, views and scripts may import from it.
export * from './fact-attributes.ts';
export * from './format-requirements.ts';
export * from './labels.ts';
export * from './list-facts.ts';
export * from './list-group-ancestry.ts';
export * from './registry.ts';
export * from './resolve-variant.ts';
export * from './select-requirements.ts';
export * from './urls.ts';
