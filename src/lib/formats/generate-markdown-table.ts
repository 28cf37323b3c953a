// Characters that could start Markdown syntax inside a cell, written as backslash escapes (`{` and `}` because MDX
// reads them as JavaScript expressions). `_` is left alone between letters or digits, where CommonMark never reads it
// as emphasis (keeps snake_case readable).
const BACKSLASH_ESCAPED = /[\\|`*[\]{}]|_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu;

// Characters written as character references instead: Python-Markdown (MkDocs) does not honour a backslash before
// them and would show it. `$` because GitHub renders $...$ as math; `&` only where it would start a reference.
const REFERENCED = /[<>~$]|&(?=#?[A-Za-z0-9]+;)/g;

/**
 * What a line break inside a table cell is written as. GFM cells hold one line, and every HTML way of breaking it
 * (`<br>`, `<br />`) fails somewhere: cmark-gfm's safe mode omits it, MDX 3 refuses `<br>`, markdown-it and
 * micromark show it as text by default. Plain text renders the same everywhere (measured in CONTRIBUTING.md).
 */
export const MARKDOWN_CELL_LINE_BREAK = ' • ';

/** How the GFM writers turn text into cells. */
export interface MarkdownCellOptions {
  /** What a line break inside a cell becomes; MARKDOWN_CELL_LINE_BREAK unless measuring an alternative. */
  lineBreak?: string;
}

/** Escapes one text so it is exactly one GFM table cell showing that text: pipes, backslashes, Markdown syntax, line breaks (as MARKDOWN_CELL_LINE_BREAK), edge whitespace. */
export function escapeMarkdownCell(text: string, options: MarkdownCellOptions = {}): string {
  const lineBreak = options.lineBreak ?? MARKDOWN_CELL_LINE_BREAK;
  const escaped = text
    .replace(BACKSLASH_ESCAPED, (match) => `\\${match}`)
    .replace(REFERENCED, (match) => toCharacterReferences(match))
    .replace(/\r\n|\r|\n/g, lineBreak);
  // GFM trims cells, so keep edge spaces and tabs as character references.
  const rest = escaped.replace(/^[ \t]+/, '');
  const leading = escaped.slice(0, escaped.length - rest.length);
  const middle = rest.replace(/[ \t]+$/, '');
  const trailing = rest.slice(middle.length);
  return `${toCharacterReferences(leading)}${middle}${toCharacterReferences(trailing)}`;
}

/** Writes each character as a numeric character reference. */
function toCharacterReferences(text: string): string {
  return [...text].map((char) => `&#${char.codePointAt(0)};`).join('');
}

/** Generates a GFM table from a header and body cells; every cell is escaped, short rows are padded. */
export function generateGfmTable(
  header: readonly string[],
  body: readonly (readonly string[])[],
  options: MarkdownCellOptions = {},
): string {
  if (header.length === 0) throw new Error('generateGfmTable: a GFM table needs at least one header cell');
  const line = (cells: readonly string[]): string =>
    `| ${header.map((_, index) => escapeMarkdownCell(cells[index] ?? '', options)).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...body.map(line)].join('\n') + '\n';
}
