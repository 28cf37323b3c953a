import { createHash } from 'node:crypto';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Architecture } from '../../schemas/architecture.ts';
import { appendProvenanceMarkdown, buildComponentTable, buildExportProvenance, generateComponentsMarkdown } from '../catalogue/index.ts';
import { buildCloudMappingTable } from '../cloud/index.ts';
import { buildComparison, buildComparisonCells } from '../compare/index.ts';
import { generateMermaid } from '../diagram/index.ts';
import { escapeMarkdownCell, generateGfmTable } from '../formats/index.ts';
import {
  buildGuideSources,
  ComparisonPropsSchema,
  FactPropsSchema,
  findGuideCategory,
  groupGuidesByCategory,
  formatFactText,
  listGuideArchitectures,
  parseGuideBody,
  readElementAttributes,
  resolveComparisonColumns,
  resolveFact,
  resolveVariantReference,
  SizingPropsSchema,
  toGuidePath,
  VariantViewPropsSchema,
  type Guide,
  type GuideSourceEntry,
} from '../guides/index.ts';
import { findCategory, formatVariantTitle, toComparisonPath, toVariantPath, toDiagramSvgPath, toSizingPath } from '../model/index.ts';
import { buildSizingTable, computeSizing, listSizingColumns } from '../sizing/index.ts';
import { toMarkdownPath } from './to-markdown-path.ts';

/** Thrown when a guide names something the model lacks; the guide loader reports these with file and line first. */
function unresolved(name: string, problem: string): never {
  throw new Error(`guide component <${name}>: ${problem}; run the build to see the file, line and fix`);
}

/** A block of finished Markdown spliced into the tree as is (the serializer writes html nodes verbatim). */
function raw(markdown: string): RootContent {
  return { type: 'html', value: markdown.trimEnd() };
}

/** An italic line under a block naming the page it comes from: its Markdown twin where one exists, else the HTML page. */
function fromLine(text: string, path: string, hasMarkdown: boolean): string {
  return `*${escapeMarkdownCell(text)}: [${escapeMarkdownCell(path)}](${hasMarkdown ? toMarkdownPath(path) : path})*`;
}

/** A sizing result as Markdown: the GFM table, totals as the last row, then warnings and what the vendor leaves unstated. */
function renderSizingMarkdown(architecture: Architecture, props: unknown): string {
  const { of, variant, loads, cloud } = SizingPropsSchema.parse(props);
  const found = resolveVariantReference([architecture], of, variant);
  if (!found.ok) return unresolved('Sizing', found.problem);
  const table = buildSizingTable(computeSizing(architecture, found.value.resolved.variant.id, { loads, cloud }));
  const body = [
    ...table.rows.map((row) => [
      `${row.name} (${row.necessity.toLowerCase()})${row.excluded ? ` ${row.excluded}` : ''}`,
      ...table.resources.map((r) => row.figures[r]),
      row.runsOn,
      [row.limits, ...row.notes].filter(Boolean).join('\n'),
    ]),
    ['Total of stated figures', ...table.resources.map((r) => table.totals[r]), '', 'Required and recommended components only.'],
  ];
  const lines = [
    `**${escapeMarkdownCell(table.caption)}**`,
    '',
    ...table.warnings.map((w) => `> ${escapeMarkdownCell(w)}`),
    ...(table.warnings.length > 0 ? [''] : []),
  ];
  lines.push(generateGfmTable(listSizingColumns(table), body).trimEnd(), '');
  if (table.limitTotals) lines.push(`Limits (where stated): ${escapeMarkdownCell(table.limitTotals)}`, '');
  lines.push(
    `Not stated by the vendor (left out of the totals): ${table.unstated.length > 0 ? escapeMarkdownCell(table.unstated.join('; ')) : 'nothing; every counted figure is stated'}.`,
    '',
  );
  lines.push(fromLine('Try other loads', toSizingPath(architecture, found.value.resolved.variant.id), false));
  return lines.join('\n');
}

/** Renders one block component as Markdown. */
function renderBlock(element: MdxJsxFlowElement, architectures: readonly Architecture[]): string {
  const name = element.name ?? '';
  const props = readElementAttributes(element).attributes;
  switch (name) {
    case 'ComponentsTable':
    case 'Diagram':
    case 'CloudMapping': {
      const { of, variant } = VariantViewPropsSchema.parse(props);
      const found = resolveVariantReference(architectures, of, variant);
      if (!found.ok) return unresolved(name, found.problem);
      const { architecture, resolved } = found.value;
      const title = formatVariantTitle(architecture, resolved.variant.name);
      const page = toVariantPath(architecture, resolved.variant.id);
      if (name === 'ComponentsTable')
        return `${generateComponentsMarkdown(buildComponentTable(resolved)).trimEnd()}\n\n${fromLine(`Components of ${title}`, page, true)}`;
      if (name === 'Diagram') {
        return `\`\`\`mermaid\n${generateMermaid(resolved).trimEnd()}\n\`\`\`\n\n*Diagram of ${escapeMarkdownCell(title)}, also as [SVG](${toDiagramSvgPath(architecture.id, resolved.variant.id)}).*`;
      }
      const mapping = buildCloudMappingTable(architecture, resolved);
      const cell = (c: (typeof mapping.rows)[number]['cells'][number]) =>
        [c.service, c.instance, c.serviceBasis].filter(Boolean).join('\n');
      return `${generateGfmTable(
        ['Component', ...mapping.clouds.map((cloud) => cloud.label)],
        mapping.rows.map((row) => [`${row.name} (${row.roleLabel})`, ...row.cells.map(cell)]),
      ).trimEnd()}\n\n${fromLine(`Cloud mapping of ${title}`, toSizingPath(architecture, resolved.variant.id), false)}`;
    }
    case 'Sizing': {
      const { of } = SizingPropsSchema.parse(props);
      const architecture = architectures.find((candidate) => candidate.id === of);
      return architecture ? renderSizingMarkdown(architecture, props) : unresolved(name, `no product "${of}"`);
    }
    case 'Comparison': {
      const { of } = ComparisonPropsSchema.parse(props);
      const keys = resolveComparisonColumns(architectures, of);
      if (!keys.ok) return unresolved(name, keys.problem);
      const { header, body } = buildComparisonCells(buildComparison(architectures, keys.value));
      return `${generateGfmTable(header, body).trimEnd()}\n\n${fromLine('Every product side by side', toComparisonPath(), true)}`;
    }
    default:
      return unresolved(name, 'not a block component');
  }
}

/** Replaces the inline components of a paragraph (or heading, list item text) with text. */
function renderInline(
  element: MdxJsxTextElement | MdxJsxFlowElement,
  architectures: readonly Architecture[],
  numbers: ReadonlyMap<string, number>,
): PhrasingContent[] {
  const props = readElementAttributes(element).attributes;
  const cite = (anchors: readonly string[]) => anchors.map((anchor) => `[${numbers.get(anchor) ?? '?'}]`).join('');
  switch (element.name) {
    case 'Fact': {
      const fact = resolveFact(architectures, FactPropsSchema.parse(props));
      if (!fact.ok) return unresolved('Fact', fact.problem);
      return [{ type: 'text', value: `${formatFactText(fact.value)} ${cite(fact.value.sources.map((s) => s.anchor))}` }];
    }
    case 'Cite':
      return [{ type: 'text', value: cite([`src-${String(props.source).replace('#', '-')}`]) }];
    case 'Example':
      return element.children as PhrasingContent[];
    default:
      return unresolved(element.name ?? '', 'not an inline component');
  }
}

/** Rewrites the MDX tree into plain GFM: components become tables, Mermaid blocks and text; comments go. */
function toGfmTree(tree: Root, architectures: readonly Architecture[], numbers: ReadonlyMap<string, number>): Root {
  const rewrite = (node: Nodes): Nodes[] => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') return [];
    if (node.type === 'mdxJsxFlowElement') {
      return node.name === 'Fact' || node.name === 'Cite'
        ? [{ type: 'paragraph', children: renderInline(node, architectures, numbers) }]
        : [raw(renderBlock(node, architectures))];
    }
    if (node.type === 'mdxJsxTextElement') return renderInline(node, architectures, numbers).flatMap(rewrite);
    if ('children' in node) return [{ ...node, children: (node.children as Nodes[]).flatMap(rewrite) } as Nodes];
    return [node];
  };
  return { type: 'root', children: tree.children.flatMap(rewrite) as RootContent[] };
}

/**
 * Renders a guide as Markdown: title and what it is about, the body with every component rendered from the model
 * (tables and comparisons as GFM, diagrams as Mermaid, sizings as tables, facts as text with numbered citations),
 * the numbered sources, and the provenance line. Nothing of MDX survives, so the output pastes into any docs tool.
 */
export function renderGuideMarkdown(guide: Guide, architectures: readonly Architecture[], site: URL): string {
  const tree = parseGuideBody(guide.body);
  const sources: GuideSourceEntry[] = buildGuideSources(tree, architectures);
  const numbers = new Map(sources.map((entry) => [entry.anchor, entry.number]));
  const body = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fence: '`', rule: '-', listItemIndent: 'one' })
    .stringify(toGfmTree(tree, architectures, numbers));
  const about = listGuideArchitectures(guide, architectures);
  const category = findGuideCategory(guide, architectures);
  const aboutLine =
    guide.architecture !== undefined
      ? about
          .map((a) => `Guide to [${escapeMarkdownCell(a.product)}](${toMarkdownPath(toVariantPath(a, a.variants[0]?.id ?? ''))})`)
          .join('')
      : `Guide to ${escapeMarkdownCell(category ? findCategory(category as Architecture['category']).label.toLowerCase() : '')}: ${about.map((a) => `[${escapeMarkdownCell(a.product)}](${toMarkdownPath(toVariantPath(a, a.variants[0]?.id ?? ''))})`).join(', ')}`;
  const lines = [
    `# ${escapeMarkdownCell(guide.title)}`,
    '',
    `${aboutLine} · HTML page: ${toGuidePath(guide.id)}`,
    '',
    `> ${escapeMarkdownCell(guide.description)}`,
    '',
    body.trimEnd(),
    '',
    '## Sources',
    '',
    ...sources.map((entry) => {
      const title = entry.url ? `[${escapeMarkdownCell(entry.documentTitle)}](${entry.url})` : escapeMarkdownCell(entry.documentTitle);
      return `${entry.number}. ${title}, section “${escapeMarkdownCell(entry.sectionTitle)}”. Cited in: ${escapeMarkdownCell(entry.citedBy.join(', '))}.`;
    }),
  ];
  const provenance = buildExportProvenance(about, new URL(toGuidePath(guide.id), site));
  const contentHash = createHash('sha256').update(`${provenance.contentHash}\0${guide.body}`).digest('hex').slice(0, 12);
  return appendProvenanceMarkdown(lines.join('\n'), { ...provenance, contentHash }, guide.title);
}

/** Renders /guides.md: every guide by category, linked to its Markdown, with its description. */
export function renderGuidesIndexMarkdown(guides: readonly Guide[], architectures: readonly Architecture[]): string {
  const lines = ['# Guides', '', 'Architecture guides: every figure in them is printed from the model, with its citation.', ''];
  for (const group of groupGuidesByCategory(guides, architectures)) {
    lines.push(`## ${escapeMarkdownCell(group.label)}`, '');
    for (const guide of group.guides)
      lines.push(
        `- [${escapeMarkdownCell(guide.title)}](${toMarkdownPath(toGuidePath(guide.id))}): ${escapeMarkdownCell(guide.description)}`,
      );
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
