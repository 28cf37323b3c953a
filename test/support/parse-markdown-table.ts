import type { Nodes, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MARKDOWN_CELL_LINE_BREAK } from '../../src/lib/formats/index.ts';

/** Text a cell shows; fails on any Markdown construct an escaped cell must not produce (emphasis, code, any raw HTML). */
function readCellText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'link':
      // GFM turns bare URLs into links whose text is the URL itself.
      return node.children.map(readCellText).join('');
    case 'tableCell':
    case 'paragraph':
      return node.children.map(readCellText).join('');
    default:
      throw new Error(`unexpected ${node.type} node in a cell`);
  }
}

/**
 * Parses Markdown with unified + remark-parse + remark-gfm and returns every table as rows of cell texts, header first;
 * the cell line-break separator reads back as "\n".
 */
export function parseMarkdownTables(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const tables = tree.children.filter((node): node is Table => node.type === 'table');
  return tables.map((table) =>
    table.children.map((row) => row.children.map((cell) => readCellText(cell).replaceAll(MARKDOWN_CELL_LINE_BREAK, '\n'))),
  );
}

/** Parses the only table in a Markdown document into records keyed by header text. */
export function parseMarkdownTable(markdown: string): Record<string, string>[] {
  const tables = parseMarkdownTables(markdown);
  if (tables.length !== 1) throw new Error(`expected exactly one table, found ${tables.length}`);
  const [header = [], ...body] = tables[0] ?? [];
  return body.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}
