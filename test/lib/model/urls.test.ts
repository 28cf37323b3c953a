import { describe, expect, it } from 'vitest';
import {
  toArchitectureDataPath,
  toArchitecturesDataPath,
  toArchitecturePath,
  toComparisonEmbedPath,
  toComparisonExportPath,
  toComparisonPairPath,
  toComponentsExportPath,
  toDiagramMermaidPath,
  toDiagramSvgPath,
  toEmbedPath,
  toSizingPath,
  toVariantPath,
} from '../../../src/lib/model/index.ts';

const architecture = { id: 'demo', variants: [{ id: 'first' }, { id: 'second' }] } as const;
const noVariants = { id: 'empty', variants: [] };

describe('page paths', () => {
  it('puts the first variant at the architecture path and the others below it', () => {
    expect(toVariantPath(architecture as never, 'first')).toBe('/architectures/demo/');
    expect(toVariantPath(architecture as never, 'second')).toBe('/architectures/demo/second/');
    expect(toVariantPath(noVariants as never, 'any')).toBe('/architectures/empty/any/');
    expect(toArchitecturePath('demo')).toBe('/architectures/demo/');
  });

  it('lays out sizing and embed pages like variant pages', () => {
    expect(toSizingPath(architecture as never, 'first')).toBe('/sizing/demo/');
    expect(toSizingPath(architecture as never, 'second')).toBe('/sizing/demo/second/');
    expect(toSizingPath(noVariants as never, 'any')).toBe('/sizing/empty/any/');
    expect(toEmbedPath(architecture as never, 'first')).toBe('/embed/demo/');
    expect(toEmbedPath(architecture as never, 'second')).toBe('/embed/demo/second/');
  });

  it('writes a comparison pair in alphabetical order of ids, whichever comes first', () => {
    expect(toComparisonPairPath('coder', 'authgear')).toBe('/compare/authgear-vs-coder/');
    expect(toComparisonPairPath('authgear', 'coder')).toBe('/compare/authgear-vs-coder/');
  });
});

describe('file paths', () => {
  it('gives every variant, the first included, its own diagram and components files', () => {
    expect(toDiagramMermaidPath('demo', 'first')).toBe('/architectures/demo/first/diagram.mmd');
    expect(toDiagramSvgPath('demo', 'first')).toBe('/architectures/demo/first/diagram.svg');
    expect(toComponentsExportPath('demo', 'first', 'markdown')).toBe('/architectures/demo/first/components.md');
    expect(toComponentsExportPath('demo', 'second', 'csv')).toBe('/architectures/demo/second/components.csv');
    expect(toComponentsExportPath('demo', 'second', 'json')).toBe('/architectures/demo/second/components.json');
  });

  it('gives the comparison its files and embed page', () => {
    expect(toComparisonExportPath('markdown')).toBe('/compare/comparison.md');
    expect(toComparisonExportPath('csv')).toBe('/compare/comparison.csv');
    expect(toComparisonExportPath('json')).toBe('/compare/comparison.json');
    expect(toComparisonEmbedPath()).toBe('/embed/compare/');
  });

  it('gives the validated data of every architecture, and of one, their JSON files', () => {
    expect(toArchitecturesDataPath()).toBe('/data/architectures.json');
    expect(toArchitectureDataPath('demo')).toBe('/data/architectures/demo.json');
  });
});
