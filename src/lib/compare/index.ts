// Public face of the compare area: everything other areas, views and scripts may import from it.
export * from './build-comparison-cells.ts';
export * from './build-comparison.ts';
export * from './describe-pair-categories.ts';
export * from './generate-comparison-exports.ts';
export * from './list-comparison-sources.ts';
