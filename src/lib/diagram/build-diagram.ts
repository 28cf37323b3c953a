import { generateMermaid } from './generate-mermaid.ts';
import { renderDiagramSvg, toStandaloneSvg, type DiagramText } from './render-diagram-svg.ts';
import type { ResolvedVariant } from '../model/index.ts';
import { toDiagramMermaidPath, toDiagramSvgPath } from '../model/index.ts';

/** Everything a page or export needs to show one variant's diagram. */
export interface Diagram extends DiagramText {
  /** Mermaid flowchart source. */
  mermaid: string;
  /** Inline SVG that takes its colours from the page. */
  svg: string;
  /** Sentence under the diagram explaining the notation. */
  caption: string;
  mermaidPath: string;
  svgPath: string;
}

/** Counts in words, e.g. "1 group" or "3 groups". */
function countNoun(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Title and description read out by assistive technology for a variant's diagram. */
function describeDiagram(resolved: ResolvedVariant): DiagramText {
  const parts = [
    countNoun(resolved.components.length, 'component', 'components'),
    countNoun(resolved.groups.length, 'group', 'groups'),
    countNoun(resolved.connections.length, 'connection', 'connections'),
  ];
  return {
    title: `${resolved.product} architecture diagram: ${resolved.variant.name}`,
    description: `${parts.join(', ')}. Dashed borders mark optional or conditional components.`,
  };
}

/** Builds a variant's diagram: Mermaid text, rendered SVG (cached), caption and export paths. */
export async function buildDiagram(resolved: ResolvedVariant): Promise<Diagram> {
  const mermaid = generateMermaid(resolved);
  const text = describeDiagram(resolved);
  return {
    ...text,
    mermaid,
    svg: await renderDiagramSvg(mermaid, text),
    caption:
      'Boxes are components, grouped by tier; arrows show what flows between them. A dashed border marks an optional or conditional component.',
    mermaidPath: toDiagramMermaidPath(resolved.architectureId, resolved.variant.id),
    svgPath: toDiagramSvgPath(resolved.architectureId, resolved.variant.id),
  };
}

/** A variant's diagram as a standalone SVG file with the site palette built in. */
export async function buildStandaloneDiagramSvg(resolved: ResolvedVariant): Promise<string> {
  const mermaid = generateMermaid(resolved);
  return toStandaloneSvg(await renderDiagramSvg(mermaid, describeDiagram(resolved)));
}
