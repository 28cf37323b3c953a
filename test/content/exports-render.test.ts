import { describe, expect, it } from 'vitest';
import {
  buildComponentCells,
  buildComponentTable,
  buildExportProvenance,
  COMPONENT_COLUMNS,
  generateComponentsMarkdownFile,
} from '../../src/lib/catalogue/index.ts';
import { buildComparison, buildComparisonCells, generateCatalogueComparisonExport, listComparisonPairs } from '../../src/lib/compare/index.ts';
import { generateGfmTable, MARKDOWN_CELL_LINE_BREAK } from '../../src/lib/formats/index.ts';
import { renderComparisonMarkdown, renderComparisonPairMarkdown, renderVariantMarkdown } from '../../src/lib/markdown/index.ts';
import { formatVariantTitle, resolveVariant, toComparisonPairPath, toComparisonPath, toVariantPath } from '../../src/lib/model/index.ts';
import { TRICKY_TEXTS } from '../fixtures/build-component-row.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';
import { findOmissions, markdownRenderers, readHtmlTables } from '../support/markdown-renderers.ts';

const site = new URL('https://archkb.example');
const architectures = loadContentArchitectures();

/** One exported Markdown document: its text, the one table it must render to, and the page it must link back to. */
interface ExportDocument {
  name: string;
  markdown: string;
  table: string[][];
  source: string;
}

/** Header and body of a variant's components table, as plain cell texts. */
function componentsTable(architectureId: string, variantId: string): string[][] {
  const architecture = architectures.find((a) => a.id === architectureId);
  if (!architecture) throw new Error(`unknown architecture ${architectureId}`);
  const rows = buildComponentTable(resolveVariant(architecture, variantId)).map((row) => {
    const cells = buildComponentCells(row);
    return COMPONENT_COLUMNS.map((column) => cells[column.key]);
  });
  return [COMPONENT_COLUMNS.map((column) => column.header), ...rows];
}

/** Every Markdown export of the real content: components.md and page .md of each variant, the comparison and each pair. */
function listExportDocuments(): ExportDocument[] {
  const documents: ExportDocument[] = [];
  for (const architecture of architectures) {
    for (const variant of architecture.variants) {
      const page = new URL(toVariantPath(architecture, variant.id), site).href;
      const resolved = resolveVariant(architecture, variant.id);
      const table = componentsTable(architecture.id, variant.id);
      const provenance = buildExportProvenance([architecture], new URL(page));
      const title = formatVariantTitle(architecture, variant.name);
      const markdown = generateComponentsMarkdownFile(buildComponentTable(resolved), provenance, title);
      documents.push({ name: `components.md of ${architecture.id}/${variant.id}`, markdown, table, source: page });
      documents.push({ name: `page .md of ${architecture.id}/${variant.id}`, markdown: renderVariantMarkdown(architecture, variant.id, site), table, source: page });
    }
  }
  const comparison = buildComparisonCells(buildComparison(architectures));
  const comparisonTable = [comparison.header, ...comparison.body];
  const comparisonPage = new URL(toComparisonPath(), site).href;
  documents.push(
    { name: 'comparison.md', markdown: generateCatalogueComparisonExport(architectures, 'markdown', site), table: comparisonTable, source: comparisonPage },
    { name: 'compare.md', markdown: renderComparisonMarkdown(architectures, site), table: comparisonTable, source: comparisonPage },
  );
  for (const pair of listComparisonPairs(architectures)) {
    const cells = buildComparisonCells(buildComparison([pair.left, pair.right]));
    documents.push({
      name: `${pair.slug}.md`,
      markdown: renderComparisonPairMarkdown(architectures, pair.slug, site) ?? '',
      table: [cells.header, ...cells.body],
      source: new URL(toComparisonPairPath(pair.left.id, pair.right.id), site).href,
    });
  }
  return documents;
}

/** What a cell shows once rendered: its text with each line break written as the cell separator. */
function toShownTable(table: string[][]): string[][] {
  return table.map((row) => row.map((cell) => cell.replace(/\r\n|\r|\n/g, MARKDOWN_CELL_LINE_BREAK)));
}

const documents = listExportDocuments();

describe('real content keeps the Markdown cell separator unambiguous', () => {
  it(`has no cell text that itself contains "${MARKDOWN_CELL_LINE_BREAK}", so a rendered list cell splits back into its items`, () => {
    const offending = documents.flatMap((document) => document.table.flat()).filter((cell) => cell.includes(MARKDOWN_CELL_LINE_BREAK));
    expect(offending).toEqual([]);
  });

  it('exports some list cells, so the line-break handling is exercised', () => {
    expect(documents.some((document) => document.table.flat().some((cell) => cell.includes('\n')))).toBe(true);
  });
});

describe.each(markdownRenderers.map((renderer) => [renderer.id, renderer] as const))('%s renders every export', (_id, renderer) => {
  it.each(documents.map((document) => [document.name, document] as const))(
    '%s: one table with every row, column and cell text, nothing omitted, linking back to its page',
    async (_name, document) => {
      const html = await renderer.render(document.markdown);
      expect(findOmissions(html)).toEqual([]);
      const tables = readHtmlTables(html);
      expect(tables).toHaveLength(1);
      expect(tables[0]).toEqual(toShownTable(document.table));
      expect(html).toContain(`href="${document.source}"`);
    },
  );

  it('shows every tricky text exactly, in the header and in body cells', async () => {
    const texts = TRICKY_TEXTS.filter((text) => text.trim() !== '');
    const html = await renderer.render(generateGfmTable([...texts], [[...texts], ...texts.map((text) => [text])]));
    expect(findOmissions(html)).toEqual([]);
    const [table] = readHtmlTables(html);
    const shown = texts.map((text) => text.replace(/\r\n|\r|\n/g, MARKDOWN_CELL_LINE_BREAK));
    expect(table?.[0]).toEqual(shown);
    expect(table?.[1]).toEqual(shown);
    expect(table?.slice(2).map((row) => row[0])).toEqual(shown);
  });
});
