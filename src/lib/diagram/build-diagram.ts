import type { ResolvedVariant } from '../model/index.ts';
import { formatNecessity, toDiagramMermaidPath, toDiagramSvgPath } from '../model/index.ts';
import { buildDiagramModel, type DiagramModel } from './build-diagram-model.ts';
import type { DiagramText } from './draw-diagram-svg.ts';
import { generateMermaid } from './generate-mermaid.ts';
import { SMALLEST_DIAGRAM_FONT } from './layout-diagram.ts';
import { renderDiagram, toStandaloneSvg } from './render-diagram-svg.ts';

/** One entry of a diagram's key: what a mark means, shown only when the diagram uses it. */
export interface DiagramKeyEntry {
  /** Which mark: drawn as a small sample next to the text. */
  mark:
    | 'entry'
    | 'solid-border'
    | 'dashed-border'
    | 'dotted-border'
    | 'stated-arrow'
    | 'inferred-arrow'
    | 'cross-cutting-arrow'
    | 'count'
    | 'span';
  text: string;
}

/** Everything a page or export needs to show one variant's diagram. */
export interface Diagram extends DiagramText {
  /** Mermaid flowchart source. */
  mermaid: string;
  /** Inline SVG that takes its colours from the page. */
  svg: string;
  /** Natural size in px. */
  width: number;
  height: number;
  /** Narrowest width in px the page may shrink the drawing to and keep its smallest text at 11 px. */
  minWidth: number;
  /** Sentence under the diagram explaining the notation. */
  caption: string;
  /** The marks this diagram uses, with what each means. */
  key: DiagramKeyEntry[];
  mermaidPath: string;
  svgPath: string;
}

/** Smallest text size, in CSS px, a page may show diagram text at. */
export const MIN_READABLE_DIAGRAM_TEXT = 11;

/** Counts in words, e.g. "1 group" or "3 groups". */
function countNoun(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Title and description read out by assistive technology for a variant's diagram. */
function describeDiagram(resolved: ResolvedVariant, model: DiagramModel): DiagramText {
  const parts = [
    countNoun(resolved.components.length, 'component', 'components'),
    countNoun(resolved.groups.length, 'group', 'groups'),
    countNoun(resolved.connections.length, 'connection', 'connections'),
  ];
  const entry =
    model.entry.targets.length > 0
      ? ` Requests enter at ${model.nodes
          .filter((n) => model.entry.targets.includes(n.id))
          .map((n) => n.name)
          .join(', ')}.`
      : '';
  return {
    title: `${resolved.product} architecture diagram: ${resolved.variant.name}`,
    description: `${parts.join(', ')}.${entry} Dashed borders mark optional components, dotted borders conditional ones.`,
  };
}

/** The key of a diagram: one entry per mark the model uses. */
export function listDiagramKey(model: DiagramModel): DiagramKeyEntry[] {
  const levels = new Set(model.nodes.map((node) => node.necessity));
  const key: DiagramKeyEntry[] = [];
  if (model.entry.targets.length > 0) key.push({ mark: 'entry', text: 'Where requests come in (drawn by archkb from the tiers)' });
  if (levels.has('required') || levels.has('recommended')) {
    key.push({
      mark: 'solid-border',
      text: [...(['required', 'recommended'] as const)]
        .filter((l) => levels.has(l))
        .map(formatNecessity)
        .join(' or '),
    });
  }
  if (levels.has('optional')) key.push({ mark: 'dashed-border', text: formatNecessity('optional') });
  if (levels.has('conditional')) key.push({ mark: 'dotted-border', text: formatNecessity('conditional') });
  if (model.edges.some((edge) => !edge.inferred)) key.push({ mark: 'stated-arrow', text: 'A flow the vendor states' });
  if (model.edges.some((edge) => edge.inferred)) key.push({ mark: 'inferred-arrow', text: 'A flow the text only implies' });
  if (model.edges.some((edge) => edge.crossCutting))
    key.push({ mark: 'cross-cutting-arrow', text: 'To or from a shared service (images, secrets, logs, platform)' });
  if (model.nodes.some((node) => node.count !== null)) key.push({ mark: 'count', text: 'How many the vendor says run' });
  if (model.span) key.push({ mark: 'span', text: model.span });
  return key;
}

/** Builds a variant's diagram: Mermaid text, laid-out SVG (cached), key, caption and export paths. */
export async function buildDiagram(resolved: ResolvedVariant): Promise<Diagram> {
  const model = buildDiagramModel(resolved);
  const text = describeDiagram(resolved, model);
  const rendered = await renderDiagram(model, text);
  return {
    ...text,
    mermaid: generateMermaid(resolved),
    svg: rendered.svg,
    width: rendered.width,
    height: rendered.height,
    minWidth: Math.ceil((rendered.width * MIN_READABLE_DIAGRAM_TEXT) / SMALLEST_DIAGRAM_FONT),
    caption:
      'Boxes are components, grouped by tier from where requests enter down to data, with shared services last; arrows show what flows between them.',
    key: listDiagramKey(model),
    mermaidPath: toDiagramMermaidPath(resolved.architectureId, resolved.variant.id),
    svgPath: toDiagramSvgPath(resolved.architectureId, resolved.variant.id),
  };
}

/** A variant's diagram as a standalone SVG file with the site palette built in. */
export async function buildStandaloneDiagramSvg(resolved: ResolvedVariant): Promise<string> {
  const model = buildDiagramModel(resolved);
  return toStandaloneSvg((await renderDiagram(model, describeDiagram(resolved, model))).svg);
}
