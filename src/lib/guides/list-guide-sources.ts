import type { Root } from 'mdast';
import type { Architecture } from '../../schemas/architecture.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { CitePropsSchema, FactPropsSchema } from './guide-components.ts';
import { listGuideElements } from './list-guide-elements.ts';
import { resolveFact } from './resolve-fact.ts';
import { resolveCitation } from './resolve-guide-reference.ts';

/** One cited section of a guide, numbered, with the guide sections that cite it (the shape of a page's sources list). */
export interface GuideSourceEntry extends SourceRef {
  number: number;
  citedBy: string[];
}

/** The sections each <Fact> and <Cite> of a guide cites, in order of first citation. */
export function listGuideCitations(tree: Root, architectures: readonly Architecture[]): { sources: SourceRef[]; section: string }[] {
  return listGuideElements(tree).flatMap((element) => {
    if (element.name === 'Fact') {
      const props = FactPropsSchema.safeParse(element.attributes);
      const fact = props.success ? resolveFact(architectures, props.data) : undefined;
      return fact?.ok ? [{ sources: fact.value.sources, section: element.section }] : [];
    }
    if (element.name === 'Cite') {
      const props = CitePropsSchema.safeParse(element.attributes);
      const cited = props.success ? resolveCitation(architectures, props.data.source) : undefined;
      return cited?.ok ? [{ sources: [cited.value], section: element.section }] : [];
    }
    return [];
  });
}

/**
 * The guide's sources list: every section its facts and citations cite, numbered in order of first citation, each
 * with the headings of the guide that cite it. Tables, diagrams and comparisons cite on their own variant pages.
 */
export function buildGuideSources(tree: Root, architectures: readonly Architecture[]): GuideSourceEntry[] {
  const entries = new Map<string, GuideSourceEntry>();
  for (const { sources, section } of listGuideCitations(tree, architectures)) {
    for (const source of sources) {
      const entry = entries.get(source.anchor) ?? { ...source, number: entries.size + 1, citedBy: [] };
      const citer = section || 'Introduction';
      if (!entry.citedBy.includes(citer)) entry.citedBy.push(citer);
      entries.set(source.anchor, entry);
    }
  }
  return [...entries.values()];
}
