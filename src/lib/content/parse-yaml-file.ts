import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { ContentIssue, LocatePath } from './format-content-issues.ts';

/** One content file as read from disk: its path (as shown to the author) and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Files larger than this are refused before parsing; a real content file is a few kilobytes. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/** Most aliases a file may expand; YAML alias chains can otherwise grow a few lines into gigabytes (an alias bomb). */
const MAX_ALIAS_COUNT = 50;

/** The id a file must carry: its base name without the .yaml or .yml extension. */
export function toExpectedId(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.ya?ml$/, '');
}

/** Suggests a fix for a YAML syntax error code. */
function suggestYamlFix(error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return 'keep only one of the two keys in this mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'check the indentation and punctuation on this line; values containing ": " or " #" must be quoted';
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a key must fit on one line; quote the value or use ">-" for long text';
    default:
      return 'correct the YAML syntax near this position; quote text that contains ":", "#", "[" or "{"';
  }
}

/** Turns YAML syntax errors into content issues with line and column. */
function formatYamlErrors(path: string, errors: readonly YAMLError[]): ContentIssue[] {
  // Later syntax errors usually cascade from the first one, so only the first is reported, with a count.
  return errors.slice(0, 1).map((error) => {
    const [start] = error.linePos ?? [];
    const firstLine = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    return {
      file: path,
      field: '',
      problem: `YAML syntax error (${error.code}): ${firstLine.replace(/\.$/, '')}${errors.length > 1 ? ` (and ${errors.length - 1} more that probably follow from it)` : ''}`,
      fix: suggestYamlFix(error),
      ...(start ? { line: start.line, column: start.col } : {}),
    };
  });
}

/** A whole-file problem (no field, no line). */
function fileIssue(path: string, problem: string, fix: string): ContentIssue {
  return { file: path, field: '', problem, fix };
}

/**
 * Parses a content file's YAML into plain data with a locator for field paths. Every failure (size, syntax, an
 * alias bomb, an empty file, anything the parser throws) comes back as a content issue, never as an exception.
 */
export function parseYamlFile(file: ContentFile): { data?: unknown; locate?: LocatePath; issues: ContentIssue[] } {
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_CONTENT_FILE_BYTES) {
    return {
      issues: [
        fileIssue(
          file.path,
          `file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_CONTENT_FILE_BYTES / 1024 / 1024} MB limit for a content file`,
          'a content file is a few kilobytes of YAML; remove pasted data or split the product into separate files',
        ),
      ],
    };
  }
  if (!/\.ya?ml$/.test(file.path)) {
    return { issues: [fileIssue(file.path, 'content files must end in .yaml or .yml; the loader ignores other names', `rename it to ${toExpectedId(file.path).replace(/\.[^.]*$/, '')}.yaml`)] };
  }
  try {
    const lineCounter = new LineCounter();
    const document = parseDocument(file.text, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) return { issues: formatYamlErrors(file.path, document.errors) };
    let data: unknown;
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/alias/i.test(message)) {
        return {
          issues: [
            fileIssue(
              file.path,
              `YAML aliases expand too far (more than ${MAX_ALIAS_COUNT} alias expansions; a chain of aliases can grow a few lines into gigabytes)`,
              'write the values out instead of nesting aliases (&name / *name)',
            ),
          ],
        };
      }
      throw error;
    }
    if (data === null || data === undefined) {
      return { issues: [fileIssue(file.path, 'file is empty', 'run `npm run new:architecture -- <id> --source <doc-id>` to scaffold a valid file')] };
    }
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { issues: [fileIssue(file.path, 'the file is not a mapping of fields', 'start the file with `id: <id>` and the other fields, one per line')] };
    }
    const locate: LocatePath = (path) => {
      const node = document.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset === undefined) return undefined;
      const position = lineCounter.linePos(offset);
      return { line: position.line, column: position.col };
    };
    return { data, locate, issues: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { issues: [fileIssue(file.path, `the YAML parser failed: ${message ?? 'unknown error'}`, 'simplify the YAML near the end of what you last changed; plain mappings and lists are all archkb needs')] };
  }
}
