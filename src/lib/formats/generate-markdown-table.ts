// Characters that could start Markdown syntax inside a cell (`$` because GitHub renders $...$ as math).
// `_` is left alone between letters or digits, where CommonMark never reads it as emphasis (keeps snake_case readable).
const SPECIAL = /[\\|`*[\]<>~$]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_|&(?=#?[A-Za-z0-9]+;)/gu;

/** Escapes one text so it is exactly one GFM table cell showing that text: pipes, backslashes, Markdown syntax, line breaks (as <br>), edge whitespace. */
export function escapeMarkdownCell(text: string): string {
  const escaped = text.replace(SPECIAL, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '<br>');
  // GFM trims cells, so keep edge spaces and tabs as character references.
  const leading = /^[ \t]*/.exec(escaped)?.[0] ?? '';
  const rest = escaped.slice(leading.length);
  const trailing = /[ \t]*$/.exec(rest)?.[0] ?? '';
  const middle = rest.slice(0, rest.length - trailing.length);
  return `${toCharacterReferences(leading)}${middle}${toCharacterReferences(trailing)}`;
}

/** Writes each character as a numeric character reference. */
function toCharacterReferences(text: string): string {
  return [...text].map((char) => `&#${char.codePointAt(0)};`).join('');
}

/** Generates a GFM table from a header and body cells; every cell is escaped, short rows are padded. */
export function generateGfmTable(header: readonly string[], body: readonly (readonly string[])[]): string {
  if (header.length === 0) throw new Error('generateGfmTable: a GFM table needs at least one header cell');
  const line = (cells: readonly string[]): string => `| ${header.map((_, index) => escapeMarkdownCell(cells[index] ?? '')).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(line)].join('\n') + '\n';
}
