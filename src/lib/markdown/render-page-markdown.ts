import type { Architecture } from '../../schemas/architecture.ts';
import {
  appendProvenanceMarkdown,
  buildCatalogue,
  buildComponentTable,
  buildExportProvenance,
  buildSourceIndex,
  generateComponentsMarkdown,
} from '../catalogue/index.ts';
import {
  buildComparison,
  COMPARISON_TITLE,
  findComparisonPair,
  generateCatalogueComparisonExport,
  generateComparisonExport,
  listPrerenderedComparisonPairs,
} from '../compare/index.ts';
import {
  findCategory,
  formatNoteKind,
  listVariantFacts,
  resolveVariant,
  toComparisonPairPath,
  toVariantPath,
  formatVariantTitle,
} from '../model/index.ts';
import { escapeMarkdownCell } from '../formats/index.ts';
import { groupGuidesByCategory, toGuidePath, type Guide } from '../guides/index.ts';
import { renderGuideMarkdown } from './render-guide-markdown.ts';
import { toMarkdownPath } from './to-markdown-path.ts';

/** Inline Markdown text that shows exactly the given characters (the table cell escaper works for prose too). */
function inline(text: string): string {
  return escapeMarkdownCell(text.trim());
}

/** Citations after a fact: " (Document, “Section”; …)". */
function citeMarkdown(sources: readonly { documentTitle: string; sectionTitle: string }[]): string {
  if (sources.length === 0) return '';
  return ` (${sources.map((source) => `${inline(source.documentTitle)}, “${inline(source.sectionTitle)}”`).join('; ')})`;
}

/**
 * Renders one architecture variant page as Markdown: summary, variant links, a GFM components table (with row
 * anchors in the HTML page), notes, the cited sources, and the line saying where it came from (absolute against `site`).
 */
export function renderVariantMarkdown(architecture: Architecture, variantId: string, site: URL): string {
  const resolved = resolveVariant(architecture, variantId);
  const pagePath = toVariantPath(architecture, variantId);
  const lines: string[] = [
    `# ${inline(formatVariantTitle(architecture, resolved.variant.name))}`,
    '',
    `${inline(architecture.vendor)} · ${inline(findCategory(architecture.category).label)} · HTML page: ${pagePath}`,
    '',
    `> ${inline(architecture.summary)}`,
    '',
    inline(resolved.variant.summary),
    '',
  ];
  if (architecture.variants.length > 1) {
    lines.push('Variants:', '');
    for (const variant of architecture.variants) {
      const current = variant.id === variantId ? ' (this page)' : '';
      lines.push(`- [${inline(variant.name)}](${toMarkdownPath(toVariantPath(architecture, variant.id))})${current}`);
    }
    lines.push('');
  }
  const facts = listVariantFacts(resolved);
  const variantFacts = facts.filter(
    (fact) => fact.component === null && fact.attribute !== 'summary' && fact.attribute !== 'note' && fact.attribute !== 'connection',
  );
  if (variantFacts.length > 0) {
    lines.push('## About this variant', '');
    for (const fact of variantFacts)
      lines.push(`- ${inline(fact.text)}${fact.basis === 'inferred' ? ' (inferred)' : ''}${citeMarkdown(fact.sources)}`);
    lines.push('');
  }
  const rows = buildComponentTable(resolved);
  lines.push('## Components', '', generateComponentsMarkdown(rows).trimEnd(), '');
  // The table's columns hold purpose, role, technology, necessity, requirements and managed services, and notes get
  // their own section below; every other component fact (examples, settings, thresholds, ports, ...) is listed here.
  const tableAttributes = new Set([
    'purpose',
    'role',
    'technology',
    'necessity',
    'requirement',
    'sizing-rule',
    'limit-rule',
    'managed-service',
    'note',
  ]);
  const details = rows.flatMap((row) =>
    row.facts.filter((fact) => !tableAttributes.has(fact.attribute)).map((fact) => ({ fact, name: row.name })),
  );
  if (details.length > 0) {
    lines.push('## Component details', '');
    for (const { fact, name } of details) {
      lines.push(
        `- **${inline(name)}:** ${inline(fact.text)}${fact.basis === 'inferred' ? ' (inferred)' : ''}${citeMarkdown(fact.sources)}`,
      );
    }
    lines.push('');
  }
  const connections = facts.filter((fact) => fact.attribute === 'connection');
  if (connections.length > 0) {
    lines.push(
      '## Connections',
      '',
      'Solid lines in the diagram are connections the vendor states; connections marked inferred are only implied by the text.',
      '',
    );
    for (const fact of connections) lines.push(`- ${inline(fact.text)}${citeMarkdown(fact.sources)}`);
    lines.push('');
  }
  const notes = [
    ...resolved.notes.map((note) => ({ note, subject: architecture.product })),
    ...resolved.components.flatMap((component) => (component.notes ?? []).map((note) => ({ note, subject: component.name }))),
  ];
  lines.push('## Notes and warnings', '');
  if (notes.length === 0) lines.push('The vendor gives no further notes for this variant.');
  for (const { note, subject } of notes) {
    lines.push(
      `- **${formatNoteKind(note.kind)} (${inline(subject)}):** ${inline(note.text)}${note.basis === 'inferred' ? ' (inferred)' : ''}${citeMarkdown(note.source)}`,
    );
  }
  lines.push('', '## Sources', '');
  for (const entry of buildSourceIndex(resolved)) {
    const title = entry.url ? `[${inline(entry.documentTitle)}](${entry.url})` : inline(entry.documentTitle);
    lines.push(`- ${title}, section “${inline(entry.sectionTitle)}” (#${entry.anchor}). Cited by: ${inline(entry.citedBy.join(', '))}.`);
  }
  const provenance = buildExportProvenance([architecture], new URL(pagePath, site));
  return appendProvenanceMarkdown(lines.join('\n'), provenance, formatVariantTitle(architecture, resolved.variant.name));
}

/** Renders the home page as Markdown: the catalogue with links to every architecture's Markdown pages. */
export function renderHomeMarkdown(architectures: readonly Architecture[]): string {
  const lines = [
    '# archkb: self-hosted reference architectures, as data',
    '',
    'archkb restates what each vendor says its self-hosted product needs: every component, why it is there, whether it is required, the minimum figures the vendor gives, and where it says so.',
    '',
    '## Catalogue',
    '',
  ];
  for (const entry of buildCatalogue(architectures)) {
    lines.push(
      `### [${inline(entry.product)}](${toMarkdownPath(entry.path)})`,
      '',
      `${inline(entry.vendor)} · ${inline(entry.categoryLabel)}`,
      '',
      inline(entry.summary),
      '',
    );
    lines.push(`Variants: ${entry.variants.map((v) => `[${inline(v.name)}](${toMarkdownPath(v.path)})`).join(', ')}`, '');
    if (entry.keyDependencies.length > 0) lines.push(`Key dependencies: ${inline(entry.keyDependencies.join(', '))}`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Renders /llms.txt: what archkb is and a link to the Markdown of every page and guide, absolute against `site`. */
export function renderLlmsTxt(architectures: readonly Architecture[], site: string, guides: readonly Guide[] = []): string {
  const origin = site.replace(/\/+$/, '');
  const lines = [
    '# archkb',
    '',
    '> Self-hosted deployment reference architectures as structured, cited data: components, purposes, necessity, minimum figures, sizing and sources for each vendor.',
    '',
    `Every page is also served as Markdown at its .md URL. Ask a question of any page with GET <page>.md?ask=<question>, or of the whole knowledge base with GET ${origin}/api/ask?q=<question> (JSON).`,
    '',
    '## Pages',
    '',
    `- [Catalogue](${origin}/index.md): every architecture with its variants and key dependencies`,
  ];
  for (const architecture of architectures) {
    for (const variant of architecture.variants) {
      lines.push(
        `- [${inline(formatVariantTitle(architecture, variant.name))}](${origin}${toMarkdownPath(toVariantPath(architecture, variant.id))}): ${inline(variant.summary)}`,
      );
    }
  }
  if (guides.length > 0) {
    lines.push('', '## Guides', '');
    for (const group of groupGuidesByCategory(guides, architectures)) {
      for (const guide of group.guides) {
        lines.push(`- [${inline(guide.title)}](${origin}${toMarkdownPath(toGuidePath(guide.id))}): ${inline(guide.description)}`);
      }
    }
  }
  lines.push('', '## Comparisons', '', `- [All architectures side by side](${origin}/compare.md): every variant by role`);
  for (const pair of listPrerenderedComparisonPairs(architectures)) {
    lines.push(
      `- [${inline(pair.left.product)} vs ${inline(pair.right.product)}](${origin}${toMarkdownPath(toComparisonPairPath(pair.left.id, pair.right.id))})`,
    );
  }
  lines.push('', '## Optional', '', `- [Full knowledge base](${origin}/llms-full.txt): every page above in one Markdown file`);
  return `${lines.join('\n')}\n`;
}

/** Renders /llms-full.txt: the catalogue, every variant page, then every guide, as one Markdown document. */
export function renderLlmsFullTxt(architectures: readonly Architecture[], site: URL, guides: readonly Guide[] = []): string {
  const pages = architectures.flatMap((architecture) =>
    architecture.variants.map((variant) => renderVariantMarkdown(architecture, variant.id, site)),
  );
  const guidePages = groupGuidesByCategory(guides, architectures).flatMap((group) =>
    group.guides.map((guide) => renderGuideMarkdown(guide, architectures, site)),
  );
  return [renderHomeMarkdown(architectures), ...pages, ...guidePages].join('\n---\n\n');
}

/** The architecture variant whose page lives at `slug` ("authgear", "authgear/azure"), or undefined. */
export function findVariantBySlug(
  architectures: readonly Architecture[],
  slug: string,
): { architecture: Architecture; variantId: string } | undefined {
  const wanted = `/architectures/${slug.replace(/^\/+|\/+$/g, '')}/`;
  for (const architecture of architectures) {
    for (const variant of architecture.variants) {
      if (toVariantPath(architecture, variant.id) === wanted) return { architecture, variantId: variant.id };
    }
  }
  return undefined;
}

/** Renders /compare.md: every architecture variant side by side, by role, citing the comparison page on `site`. */
export function renderComparisonMarkdown(architectures: readonly Architecture[], site: URL): string {
  return `# ${COMPARISON_TITLE}\n\n${generateCatalogueComparisonExport(architectures, 'markdown', site)}`;
}

/** Renders a /compare/<a>-vs-<b>.md page, or undefined when the slug names no pair. */
export function renderComparisonPairMarkdown(architectures: readonly Architecture[], slug: string, site: URL): string | undefined {
  const pair = findComparisonPair(architectures, slug);
  if (!pair) return undefined;
  const title = `${pair.left.product} vs ${pair.right.product}`;
  const provenance = buildExportProvenance([pair.left, pair.right], new URL(toComparisonPairPath(pair.left.id, pair.right.id), site));
  return `# ${inline(title)}\n\n${generateComparisonExport(buildComparison([pair.left, pair.right]), 'markdown', provenance, title)}`;
}
