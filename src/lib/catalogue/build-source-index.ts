import type { SourceRef } from '../../schemas/source-ref.ts';
import { collectComponentSources } from './build-component-table.ts';
import { resolveSource, type ResolvedSource } from '../model/index.ts';
import type { ResolvedVariant } from '../model/index.ts';

/** One cited section with the facts on the page that rely on it. */
export interface SourceIndexEntry extends ResolvedSource {
  /** Names of the components, notes and variant facts citing this section. */
  citedBy: string[];
}

/** Collects every section a resolved variant cites, in document then section order, with who cites it. */
export function buildSourceIndex(resolved: ResolvedVariant): SourceIndexEntry[] {
  const entries = new Map<string, SourceIndexEntry>();
  const add = (source: ResolvedSource, citer: string) => {
    const entry = entries.get(source.anchor) ?? { ...source, citedBy: [] };
    if (!entry.citedBy.includes(citer)) entry.citedBy.push(citer);
    entries.set(source.anchor, entry);
  };
  const addRef = (ref: SourceRef, citer: string) => add(resolveSource(ref), citer);
  addRef(resolved.variant.source, `Variant: ${resolved.variant.name}`);
  if (resolved.variant.availabilityZones) addRef(resolved.variant.availabilityZones.source, 'Availability zones');
  for (const component of resolved.components) {
    for (const source of collectComponentSources(component)) add(source, component.name);
  }
  for (const connection of resolved.connections) addRef(connection.source, 'Diagram connections');
  for (const note of resolved.notes) addRef(note.source, 'Notes');
  return [...entries.values()].sort(
    (a, b) => a.documentTitle.localeCompare(b.documentTitle) || a.sectionTitle.localeCompare(b.sectionTitle),
  );
}
