// Public face of the catalogue area: everything other areas, views and scripts may import from it.
export * from './build-catalogue-json.ts';
export * from './build-catalogue.ts';
export * from './build-component-cells.ts';
export * from './build-component-search-records.ts';
export * from './build-component-table.ts';
export * from './build-export-provenance.ts';
export * from './build-export-urls.ts';
export * from './build-site-navigation.ts';
export * from './build-source-index.ts';
export * from './build-variant-page.ts';
export * from './generate-component-json.ts';
export * from './generate-component-tables.ts';
export * from './group-catalogue-by-category.ts';
