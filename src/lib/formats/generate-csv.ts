import { buildComponentCells, COMPONENT_COLUMNS } from '../catalogue/build-component-cells.ts';
import type { ComponentRow } from '../catalogue/build-component-table.ts';

/** Record separator RFC 4180 prescribes. */
const CRLF = '\r\n';

/**
 * Quotes one CSV field per RFC 4180: fields holding a comma, quote, CR or LF (and, for lenient readers, edge
 * whitespace) are wrapped in double quotes with inner quotes doubled; everything else is written as is.
 *
 * Formula-looking fields (leading `=`, `+`, `-`, `@`) are deliberately NOT prefixed with a quote: every cell comes
 * from reviewed repository content that the HTML page shows verbatim, and a prefix would corrupt the data for every
 * program that reads CSV as data. test/lib/generate-csv.test.ts pins this choice and checks the real content.
 */
export function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Generates RFC 4180 CSV from a header and body cells: CRLF after every record, short rows padded. */
export function generateCsvTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  if (header.length === 0) throw new Error('generateCsvTable: a CSV table needs at least one header field');
  const line = (cells: readonly string[]): string => header.map((_, index) => quoteCsvField(cells[index] ?? '')).join(',');
  return [header, ...body].map((cells) => line(cells) + CRLF).join('');
}

/** Generates the components table of one variant as RFC 4180 CSV with a header row; list cells hold one item a line. */
export function generateCsv(rows: readonly ComponentRow[]): string {
  return generateCsvTable(
    ['ID', ...COMPONENT_COLUMNS.map((column) => column.header)],
    rows.map((row) => {
      const cells = buildComponentCells(row);
      return [row.id, ...COMPONENT_COLUMNS.map((column) => cells[column.key])];
    }),
  );
}
