// Public face of the diagram area: everything other areas, views and scripts may import from it.
export * from './build-diagram.ts';
export * from './generate-mermaid.ts';
export * from './render-diagram-svg.ts';
