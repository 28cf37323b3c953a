import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { NONE_NAMED, NOT_STATED, formatNecessity, resolveAllVariants } from '../../../src/lib/model/index.ts';
import {
  buildComponentCells,
  COMPONENT_COLUMNS,
  LIST_SEPARATOR,
  buildComponentTable,
  type ComponentRow,
  generateComponentsCsv,
} from '../../../src/lib/catalogue/index.ts';
import { generateCsvTable } from '../../../src/lib/formats/index.ts';
import { buildComponentRow, TRICKY_TEXTS } from '../../fixtures/build-component-row.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

/** Parses CSV with csv-parse in strict RFC 4180 mode into records keyed by header. */
function parseCsv(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, bom: false });
}

/** Splits a list cell back into items, reading the empty-list placeholder as no items. */
function splitList(cell: string | undefined, whenEmpty: string): string[] {
  return cell === whenEmpty || cell === undefined ? [] : cell.split(LIST_SEPARATOR);
}

/** The component fields a CSV record carries. */
interface ParsedRow {
  id: string;
  name: string;
  technology: string;
  roleLabel: string;
  purpose: string;
  necessityLabel: string;
  condition: string;
  requirements: string[];
  managed: string[];
  sourceTexts: string[];
}

/** Reads a parsed CSV record back into component fields. */
function readRow(record: Record<string, string>): ParsedRow {
  return {
    id: record['ID'] ?? '',
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

/** The fields of a row the CSV carries; CSV keeps line breaks inside text fields exactly. */
function expectedRow(row: ComponentRow): ParsedRow {
  return {
    id: row.id,
    name: row.name,
    technology: row.technology,
    roleLabel: row.roleLabel,
    purpose: row.purpose,
    necessityLabel: formatNecessity(row.necessity),
    condition: row.condition,
    requirements: row.requirements,
    managed: row.managed,
    sourceTexts: row.sources.map((s) => `${s.documentTitle}: ${s.sectionTitle}`),
  };
}

describe('generateComponentsCsv', () => {
  it('parses back (csv-parse) to the same component rows, in order', () => {
    const rows = [buildComponentRow(), buildComponentRow({ id: 'redis', name: 'Redis', requirements: [], managed: [] })];
    expect(parseCsv(generateComponentsCsv(rows)).map(readRow)).toEqual(rows.map(expectedRow));
  });

  it.each(TRICKY_TEXTS.map((text) => [JSON.stringify(text), text]))('keeps tricky text %s exactly in every text column', (_label, text) => {
    const row = buildComponentRow({ name: text, technology: text, purpose: text, condition: text, roleLabel: text });
    expect(parseCsv(generateComponentsCsv([row])).map(readRow)).toEqual([expectedRow(row)]);
  });

  it('keeps tricky list items, except that a line break inside an item becomes a space', () => {
    const items = TRICKY_TEXTS.filter((text) => text !== '');
    const [record] = parseCsv(generateComponentsCsv([buildComponentRow({ requirements: [...items], managed: [...items] })]));
    const flattened = items.map((item) => item.replace(/\r\n|\r|\n/g, ' '));
    expect(record && readRow(record).requirements).toEqual(flattened);
    expect(record && readRow(record).managed).toEqual(flattened);
  });

  it('ends every record with CRLF and never breaks a line outside quotes', () => {
    const csv = generateComponentsCsv(TRICKY_TEXTS.map((text) => buildComponentRow({ purpose: text })));
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, the only line breaks are the CRLF record separators.
    const unquoted = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unquoted.split('\r\n')).toHaveLength(TRICKY_TEXTS.length + 2);
  });

  it('does not prefix formula-looking cells: they come back exactly as written', () => {
    const [record] = parseCsv(
      generateComponentsCsv([buildComponentRow({ name: '=SUM(A1:A2)', purpose: '@cmd', technology: '+1', condition: '-1' })]),
    );
    expect(record).toMatchObject({ Component: '=SUM(A1:A2)', Purpose: '@cmd', Technology: '+1', Condition: '-1' });
  });

  it('real content has no cell a spreadsheet would run as a formula, which is what makes the no-prefix choice safe', () => {
    const offenders = loadContentArchitectures().flatMap((architecture) =>
      resolveAllVariants(architecture).flatMap((resolved) =>
        buildComponentTable(resolved).flatMap((row) =>
          Object.values(buildComponentCells(row))
            .flatMap((cell) => cell.split(LIST_SEPARATOR))
            .filter((text) => /^[=+\-@\t\r]/.test(text))
            .map((text) => `${architecture.id}/${resolved.variant.id}/${row.id}: ${text}`),
        ),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('has one header field per exported column plus the id', () => {
    const [header] = parse(generateComponentsCsv([]), { record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual(['ID', ...COMPONENT_COLUMNS.map((c) => c.header)]);
  });
});

describe('generateCsvTable', () => {
  it('pads short rows and refuses a table without columns', () => {
    expect(parse(generateCsvTable(['a', 'b'], [['x']]), { record_delimiter: '\r\n' })).toEqual([
      ['a', 'b'],
      ['x', ''],
    ]);
    expect(() => generateCsvTable([], [])).toThrow(/at least one header field/);
  });
});

describe('generateCsvTable quoting (RFC 4180), byte for byte', () => {
  it('writes plain fields as they are, inner spaces included, and ends every record with CRLF', () => {
    expect(generateCsvTable(['a', 'b'], [['plain', 'two words']])).toBe('a,b\r\nplain,two words\r\n');
  });

  it('quotes fields holding a comma, a quote, CR or LF, doubling inner quotes', () => {
    expect(generateCsvTable(['x'], [['a,b'], ['say "hi"'], ['one\ntwo'], ['one\rtwo']])).toBe(
      'x\r\n"a,b"\r\n"say ""hi"""\r\n"one\ntwo"\r\n"one\rtwo"\r\n',
    );
  });

  it('quotes fields with leading or trailing whitespace, so lenient readers keep it', () => {
    expect(generateCsvTable(['x'], [[' lead'], ['trail '], ['\tboth\t']])).toBe('x\r\n" lead"\r\n"trail "\r\n"\tboth\t"\r\n');
  });
});
