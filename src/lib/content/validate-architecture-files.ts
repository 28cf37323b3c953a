import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { ArchitectureSchema, type Architecture } from '../../schemas/architecture.ts';
import { formatZodIssues, type ContentIssue } from './format-content-issues.ts';

/** One content file as read from disk: its path (as shown to the author) and its text. */
export interface ArchitectureFile {
  path: string;
  text: string;
}

/** A file that parsed and validated, with its typed data. */
export interface ValidArchitectureFile {
  path: string;
  architecture: Architecture;
}

/** The outcome of validating a set of files: every problem found, and the files that passed. */
export interface ArchitectureValidation {
  issues: ContentIssue[];
  valid: ValidArchitectureFile[];
}

/** Files larger than this are refused before parsing; a real architecture is a few kilobytes. */
export const MAX_ARCHITECTURE_FILE_BYTES = 1024 * 1024;

/** The id a file must carry: its base name without the .yaml extension. */
function toExpectedId(path: string): string {
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

/** Parses and validates one file; returns its issues and, when it passed, the architecture. */
export function validateArchitectureFile(file: ArchitectureFile): { issues: ContentIssue[]; architecture?: Architecture } {
  const bytes = new TextEncoder().encode(file.text).length;
  if (bytes > MAX_ARCHITECTURE_FILE_BYTES) {
    return {
      issues: [
        {
          file: file.path,
          field: '',
          problem: `file is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ARCHITECTURE_FILE_BYTES / 1024 / 1024} MB limit for an architecture`,
          fix: 'an architecture is a few kilobytes of YAML; remove pasted data or split the product into separate files',
        },
      ],
    };
  }
  if (!/\.yaml$/.test(file.path)) {
    return {
      issues: [
        {
          file: file.path,
          field: '',
          problem: 'architecture files must end in .yaml; the site loader ignores other names',
          fix: `rename it to ${toExpectedId(file.path)}.yaml`,
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(file.text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) return { issues: formatYamlErrors(file.path, document.errors) };
  const data: unknown = document.toJS();
  if (data === null || data === undefined) {
    return {
      issues: [
        {
          file: file.path,
          field: '',
          problem: 'file is empty',
          fix: 'run `npm run new:architecture -- <id> --source <doc-id>` to scaffold a valid file',
        },
      ],
    };
  }
  const locate = (path: readonly PropertyKey[]) => {
    const node = document.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  };
  const result = ArchitectureSchema.safeParse(data);
  const issues = result.success ? [] : formatZodIssues(file.path, result.error.issues, data, locate);
  const expectedId = toExpectedId(file.path);
  const id = (data as { id?: unknown }).id;
  if (typeof id === 'string' && id !== expectedId) {
    issues.push({
      file: file.path,
      field: 'id',
      problem: `id "${id}" does not match the file name`,
      fix: `set id: ${expectedId}, or rename the file to ${id}.yaml`,
      ...locate(['id']),
    });
  }
  return result.success && issues.length === 0 ? { issues, architecture: result.data } : { issues };
}

/** Validates a set of architecture files: YAML syntax, schema, id = file name, size limit and unique ids. */
export function validateArchitectureFiles(files: readonly ArchitectureFile[]): ArchitectureValidation {
  const issues: ContentIssue[] = [];
  const valid: ValidArchitectureFile[] = [];
  const firstPathById = new Map<string, string>();
  for (const file of files) {
    const result = validateArchitectureFile(file);
    issues.push(...result.issues);
    const id = toExpectedId(file.path);
    const earlier = firstPathById.get(id);
    if (earlier !== undefined) {
      issues.push({
        file: file.path,
        field: 'id',
        problem: `id "${id}" is already used by ${earlier}`,
        fix: 'give each architecture a unique id (and file name)',
      });
      continue;
    }
    firstPathById.set(id, file.path);
    if (result.architecture) valid.push({ path: file.path, architecture: result.architecture });
  }
  return { issues, valid };
}
