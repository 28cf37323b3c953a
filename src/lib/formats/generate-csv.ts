/** Record separator RFC 4180 prescribes. */
const CRLF = '\r\n';

/**
 * Quotes one CSV field per RFC 4180: fields holding a comma, quote, CR or LF (and, for lenient readers, edge
 * whitespace) are wrapped in double quotes with inner quotes doubled; everything else is written as is.
 *
 * Formula-looking fields (leading `=`, `+`, `-`, `@`) are deliberately NOT prefixed with a quote: every cell comes
 * from reviewed repository content that the HTML page shows verbatim, and a prefix would corrupt the data for every
 * program that reads CSV as data. test/lib/formats/generate-csv.test.ts pins this choice and checks the real content.
 */
function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Generates RFC 4180 CSV from a header and body cells: CRLF after every record, short rows padded. */
export function generateCsvTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  if (header.length === 0) throw new Error('generateCsvTable: a CSV table needs at least one header field');
  const line = (cells: readonly string[]): string => header.map((_, index) => quoteCsvField(cells[index] ?? '')).join(',');
  return [header, ...body].map((cells) => line(cells) + CRLF).join('');
}
