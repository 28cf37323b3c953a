import { describe, expect, it } from 'vitest';
import { NONE_NAMED, NOT_STATED, formatNecessity } from '../../../src/lib/model/index.ts';
import { LIST_SEPARATOR, type ComponentRow, generateComponentsMarkdown } from '../../../src/lib/catalogue/index.ts';
import { escapeMarkdownCell, generateGfmTable, MARKDOWN_CELL_LINE_BREAK } from '../../../src/lib/formats/index.ts';
import { buildComponentRow, TRICKY_TEXTS } from '../../fixtures/build-component-row.ts';
import { parseMarkdownTable, parseMarkdownTables } from '../../support/parse-markdown-table.ts';

/** Splits a list cell back into items, reading the empty-list placeholder as no items. */
function splitList(cell: string | undefined, whenEmpty: string): string[] {
  return cell === whenEmpty || cell === undefined ? [] : cell.split(LIST_SEPARATOR);
}

/** The component fields a Markdown table carries, as read back. */
type ParsedRow = Pick<ComponentRow, 'name' | 'technology' | 'roleLabel' | 'purpose' | 'condition' | 'requirements' | 'managed'> & {
  necessityLabel: string;
  sourceTexts: string[];
};

/** Reads a parsed record back into the fields of a component row it carries. */
function readRow(record: Record<string, string>): ParsedRow {
  return {
    name: record['Component'] ?? '',
    technology: record['Technology'] ?? '',
    roleLabel: record['Role'] ?? '',
    purpose: record['Purpose'] ?? '',
    necessityLabel: record['Necessity'] ?? '',
    condition: record['Condition'] ?? '',
    requirements: splitList(record['Minimum requirements'], NOT_STATED),
    managed: splitList(record['Managed options named by the vendor'], NONE_NAMED),
    sourceTexts: splitList(record['Sources'], ''),
  };
}

/** Line breaks come back as the cell line-break separator, which reads as \n whatever the original break was. */
function normalizeBreaks(text: string): string {
  return text.replace(/\r\n|\r/g, '\n');
}

/** The fields of a row the table carries, for comparison with readRow(). */
function expectedRow(row: ComponentRow): ParsedRow {
  return {
    name: normalizeBreaks(row.name),
    technology: normalizeBreaks(row.technology),
    roleLabel: normalizeBreaks(row.roleLabel),
    purpose: normalizeBreaks(row.purpose),
    necessityLabel: formatNecessity(row.necessity),
    condition: normalizeBreaks(row.condition),
    requirements: row.requirements,
    managed: row.managed,
    sourceTexts: row.sources.map((s) => `${s.documentTitle}: ${s.sectionTitle}`),
  };
}

describe('generateComponentsMarkdown', () => {
  it('parses back (remark-gfm) to the same component rows, in order', () => {
    const rows = [
      buildComponentRow(),
      buildComponentRow({
        id: 'redis',
        name: 'Redis',
        necessity: 'conditional',
        condition: 'only with sessions',
        requirements: [],
        managed: [],
      }),
    ];
    const records = parseMarkdownTable(generateComponentsMarkdown(rows));
    expect(records.map(readRow)).toEqual(rows.map(expectedRow));
  });

  it.each(TRICKY_TEXTS.map((text) => [JSON.stringify(text), text]))('keeps tricky text %s intact in every text column', (_label, text) => {
    const row = buildComponentRow({ name: text, technology: text, purpose: text, condition: text, roleLabel: text });
    const [record] = parseMarkdownTable(generateComponentsMarkdown([row]));
    expect(record && readRow(record)).toEqual(expectedRow(row));
  });

  it('keeps tricky text intact in list cells, except that a line break inside an item becomes a space', () => {
    const items = TRICKY_TEXTS.filter((text) => text !== '');
    const row = buildComponentRow({ requirements: [...items], managed: [...items] });
    const [record] = parseMarkdownTable(generateComponentsMarkdown([row]));
    const flattened = items.map((item) => item.replace(/\r\n|\r|\n/g, ' '));
    expect(record && readRow(record).requirements).toEqual(flattened);
    expect(record && readRow(record).managed).toEqual(flattened);
  });

  it('writes one table line per row, so every tricky row stays one table row', () => {
    const rows = TRICKY_TEXTS.map((text) => buildComponentRow({ name: text, purpose: text }));
    const markdown = generateComponentsMarkdown(rows);
    expect(markdown.trimEnd().split('\n')).toHaveLength(rows.length + 2);
    expect(parseMarkdownTables(markdown)[0]).toHaveLength(rows.length + 1);
  });

  it('marks missing requirements and managed options instead of leaving a blank', () => {
    const [record] = parseMarkdownTable(generateComponentsMarkdown([buildComponentRow({ requirements: [], managed: [] })]));
    expect(record?.['Minimum requirements']).toBe(NOT_STATED);
    expect(record?.['Managed options named by the vendor']).toBe(NONE_NAMED);
  });

  it('gives a header-only table for no rows', () => {
    expect(parseMarkdownTable(generateComponentsMarkdown([]))).toEqual([]);
  });
});

describe('escapeMarkdownCell', () => {
  it('keeps non-ASCII as is and leaves snake_case readable', () => {
    expect(escapeMarkdownCell('Ünïcödé 日本語 max_connections')).toBe('Ünïcödé 日本語 max_connections');
  });

  it('escapes pipes and backslashes and writes line breaks as plain text, never HTML', () => {
    expect(escapeMarkdownCell('a|b\\c\nd')).toBe(`a\\|b\\\\c${MARKDOWN_CELL_LINE_BREAK}d`);
    expect(escapeMarkdownCell('line\r\nbreak')).not.toMatch(/<br/i);
  });

  it('writes characters Python-Markdown cannot backslash-escape as character references, and escapes MDX braces', () => {
    expect(escapeMarkdownCell('<b> ~x~ $5 &amp; {a}')).toBe('&#60;b&#62; &#126;x&#126; &#36;5 &#38;amp; \\{a\\}');
  });
});

describe('generateGfmTable', () => {
  it('pads short rows and round-trips arbitrary headers', () => {
    const tables = parseMarkdownTables(generateGfmTable(['A | 1', 'B'], [['x'], ['y', 'z']]));
    expect(tables[0]).toEqual([
      ['A | 1', 'B'],
      ['x', ''],
      ['y', 'z'],
    ]);
  });

  it('refuses a table without columns', () => {
    expect(() => generateGfmTable([], [])).toThrow(/at least one header cell/);
  });
});

describe('generateGfmTable and escapeMarkdownCell, byte for byte', () => {
  it('writes a header, a delimiter row and one line per row, each ending in a newline', () => {
    expect(generateGfmTable(['A', 'B'], [['1', '2']])).toBe('| A | B |\n| --- | --- |\n| 1 | 2 |\n');
  });

  it('keeps every leading and trailing space or tab as a character reference, and inner ones as they are', () => {
    expect(escapeMarkdownCell('  a  b \t')).toBe('&#32;&#32;a  b&#32;&#9;');
    expect(escapeMarkdownCell('\t x')).toBe('&#9;&#32;x');
    expect(escapeMarkdownCell('plain')).toBe('plain');
  });
});
