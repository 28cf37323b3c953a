// Public face of the sizing area: everything other areas, views and scripts may import from it.
export * from './build-sizing-page.ts';
export * from './build-sizing-table.ts';
export * from './compute-sizing.ts';
export * from './list-sizing-presets.ts';
export * from './build-sizing-chart.ts';
