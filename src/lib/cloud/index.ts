// Public face of the cloud area: everything other areas, views and scripts may import from it.
export * from './build-cloud-mapping-table.ts';
export * from './collect-cloud-facts.ts';
export * from './list-sizing-targets.ts';
export * from './map-to-cloud.ts';
export * from './propose-size.ts';
