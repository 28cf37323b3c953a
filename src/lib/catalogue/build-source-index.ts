import { listVariantFacts, type ResolvedSource, type ResolvedVariant } from '../model/index.ts';

/** One cited section with the facts on the page that rely on it. */
export interface SourceIndexEntry extends ResolvedSource {
  /** Short reference number shown next to the facts that cite the section, e.g. 3 for [3]. */
  number: number;
  /** Names of the components and variant facts citing this section. */
  citedBy: string[];
}

/** Collects every section a resolved variant cites, in document then section order, numbered, with who cites it. */
export function buildSourceIndex(resolved: ResolvedVariant): SourceIndexEntry[] {
  const entries = new Map<string, Omit<SourceIndexEntry, 'number'>>();
  for (const fact of listVariantFacts(resolved)) {
    const citer =
      fact.component === null
        ? fact.attribute === 'summary'
          ? `Variant: ${resolved.variant.name}`
          : 'Notes'
        : fact.attribute === 'connection'
          ? 'Diagram connections'
          : fact.subject;
    for (const source of fact.sources) {
      const entry = entries.get(source.anchor) ?? { ...source, citedBy: [] };
      if (!entry.citedBy.includes(citer)) entry.citedBy.push(citer);
      entries.set(source.anchor, entry);
    }
  }
  return [...entries.values()]
    .sort((a, b) => a.documentTitle.localeCompare(b.documentTitle) || a.sectionTitle.localeCompare(b.sectionTitle))
    .map((entry, index) => ({ ...entry, number: index + 1 }));
}
