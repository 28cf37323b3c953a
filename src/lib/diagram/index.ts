// Public face of the diagram area: everything other areas, views and scripts may import from it.
export * from './build-diagram.ts';
export * from './build-diagram-model.ts';
export * from './draw-diagram-svg.ts';
export * from './generate-mermaid.ts';
export * from './layout-diagram.ts';
export * from './measure-diagram-geometry.ts';
export * from './measure-text.ts';
export * from './render-diagram-svg.ts';
