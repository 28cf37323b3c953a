// Measures how each way of writing a line break inside a GFM table cell survives real Markdown renderers, over every
// table archkb exports (each variant's components table and the comparison). Prints a Markdown table; CONTRIBUTING.md
// records the last run. Renderers from npm always run; cmark-gfm (Debian package cmark-gfm) and Python-Markdown
// (MkDocs; python3 -m markdown) run when installed, and the table says when they were not.
import { spawnSync } from 'node:child_process';
import { buildComponentCells, buildComponentTable, COMPONENT_COLUMNS } from '../src/lib/catalogue/index.ts';
import { buildComparison, buildComparisonCells } from '../src/lib/compare/index.ts';
import { generateGfmTable, MARKDOWN_CELL_LINE_BREAK } from '../src/lib/formats/index.ts';
import { resolveAllVariants } from '../src/lib/model/index.ts';
import { findOmissions, markdownRenderers, readHtmlTables, type MarkdownRenderer } from '../test/support/markdown-renderers.ts';
import { TRICKY_TEXTS } from '../test/fixtures/build-component-row.ts';
import { loadArchitecturesFromDisk } from './load-architectures.ts';

/** A candidate way of writing a line break inside a cell, and whether it is HTML (then a renderer should show a <br>). */
const encodings = [
  { label: '`<br>`', lineBreak: '<br>', html: true },
  { label: '`<br />`', lineBreak: '<br />', html: true },
  { label: `no HTML: \`${MARKDOWN_CELL_LINE_BREAK.trim()}\` between lines`, lineBreak: MARKDOWN_CELL_LINE_BREAK, html: false },
] as const;

/** Runs a command-line renderer if it is installed; undefined when it is not. */
function commandRenderer(id: string, standsFor: string, command: string, args: string[]): MarkdownRenderer | undefined {
  const probe = spawnSync(command, [...args], { input: '', encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    console.log(`${id}: not installed (${command} ${args.join(' ')}), skipped in this run`);
    return undefined;
  }
  return {
    id,
    standsFor,
    rawHtml: false,
    render: async (markdown) => {
      const result = spawnSync(command, args, { input: markdown, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
      return result.stdout;
    },
  };
}

const architectures = loadArchitecturesFromDisk();
const tables: { name: string; header: string[]; body: string[][] }[] = [
  ...architectures.flatMap(resolveAllVariants).map((resolved) => ({
    name: `${resolved.architectureId}/${resolved.variant.id}`,
    header: COMPONENT_COLUMNS.map((column) => column.header),
    body: buildComponentTable(resolved).map((row) => {
      const cells = buildComponentCells(row);
      return COMPONENT_COLUMNS.map((column) => cells[column.key]);
    }),
  })),
  { name: 'comparison', ...buildComparisonCells(buildComparison(architectures)) },
  // Not real content: the texts that break naive exporters, one per row, to see which escapes each renderer honours.
  { name: 'tricky texts', header: ['Text'], body: TRICKY_TEXTS.filter((text) => text.trim() !== '').map((text) => [text]) },
];
const lineBreaks = tables.flatMap((table) => table.body.flat()).reduce((sum, cell) => sum + cell.split('\n').length - 1, 0);

const renderers = [
  ...markdownRenderers,
  commandRenderer('cmark-gfm', "GitHub's parser, safe mode (its default)", 'cmark-gfm', [
    '-e',
    'table',
    '-e',
    'autolink',
    '-e',
    'strikethrough',
  ]),
  commandRenderer('python-markdown', 'Python-Markdown with tables (MkDocs)', 'python3', ['-m', 'markdown', '-x', 'tables']),
].filter((renderer): renderer is MarkdownRenderer => renderer !== undefined);

const lines = [
  `${tables.length} tables, ${lineBreaks} line breaks inside cells. A table passes when the renderer shows one table with every row, column and cell text, nothing omitted.`,
  '',
  `| Renderer | ${encodings.map((encoding) => encoding.label).join(' | ')} |`,
  `| --- | ${encodings.map(() => '---').join(' | ')} |`,
];
for (const renderer of renderers) {
  const results: string[] = [];
  for (const encoding of encodings) {
    let passed = 0;
    let differing = 0;
    const problems = new Set<string>();
    for (const table of tables) {
      const markdown = generateGfmTable(table.header, table.body, { lineBreak: encoding.lineBreak });
      const expected = [table.header, ...table.body].map((row) =>
        row.map((cell) => cell.replace(/\r\n|\r|\n/g, encoding.html ? '\n' : encoding.lineBreak)),
      );
      try {
        const html = await renderer.render(markdown);
        const omissions = findOmissions(html);
        omissions.forEach((omission) => problems.add(omission));
        const rendered = readHtmlTables(html);
        const same = rendered.length === 1 && JSON.stringify(rendered[0]) === JSON.stringify(expected);
        if (!same && rendered.length === 1) differing += 1;
        if (rendered.length !== 1) problems.add(`${rendered.length} tables in ${table.name}`);
        if (same && omissions.length === 0) passed += 1;
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        problems.add(`refused: ${message.replace(/ \(\d+:\d+-\d+:\d+\)/g, '')}`);
      }
    }
    if (differing > 0) problems.add(`cell text wrong in ${differing}`);
    results.push(`${passed}/${tables.length}${problems.size > 0 ? ` (${[...problems].join('; ')})` : ''}`);
  }
  lines.push(`| ${renderer.id}: ${renderer.standsFor} | ${results.join(' | ')} |`);
}
console.log(lines.join('\n'));
