import type { ResolvedSource } from '../model/index.ts';
import type { Comparison } from './build-comparison.ts';

/** One cited section in a comparison's numbered sources list. */
export interface ComparisonSource {
  number: number;
  /** Anchor of the section on the variant pages (`src-<document>-<section>`). */
  anchor: string;
  documentTitle: string;
  sectionTitle: string;
  url: string | undefined;
}

/** Every section a comparison cites, numbered in the order a reader meets them (role rows, footprint, guidance), each once. */
export function listComparisonSources(comparison: Comparison): ComparisonSource[] {
  const seen = new Map<string, ResolvedSource>();
  const add = (sources: readonly ResolvedSource[]) => {
    for (const source of sources) if (!seen.has(source.anchor)) seen.set(source.anchor, source);
  };
  for (const row of comparison.rows) for (const cell of row.cells) for (const component of cell.components) add(component.sources);
  for (const cell of comparison.footprint) {
    for (const contribution of cell.contributions) add(contribution.source);
    for (const rule of cell.loadRules) add(rule.source);
  }
  for (const items of [...comparison.highAvailability, ...comparison.managedServices]) for (const item of items) add(item.source);
  return [...seen.values()].map((source, index) => ({
    number: index + 1,
    anchor: source.anchor,
    documentTitle: source.documentTitle,
    sectionTitle: source.sectionTitle,
    url: source.url,
  }));
}
