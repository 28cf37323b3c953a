import type { z } from 'zod';

/** One problem found in a content file, ready to print: `file:line:col: field: problem. Fix: what to do`. */
export interface ContentIssue {
  /** File the problem is in, as the author would open it (e.g. content/architectures/x.yaml). */
  file: string;
  /** Dotted field path such as `components[3].role`; empty when the problem is about the whole file. */
  field: string;
  /** What is wrong, in one sentence without a trailing period. */
  problem: string;
  /** What the author should do about it. */
  fix: string;
  /** 1-based line of the offending YAML node, when known. */
  line?: number;
  /** 1-based column of the offending YAML node, when known. */
  column?: number;
}

/** Finds the line and column of the YAML node at a path; returns undefined when the path has no node. */
export type LocatePath = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

/** Writes a path like ['components', 3, 'role'] as `components[3].role`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    const name = String(key);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

/** Names the type of a value the way an author reads YAML: text, number, list, mapping, nothing. */
function describeYamlType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Describes what a zod `expected` type means in YAML terms. */
function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
    case 'int':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list (YAML "- item" lines or [a, b])';
    case 'object':
      return 'a mapping (key: value lines)';
    default:
      return expected;
  }
}

/** Reads the value at `path` inside parsed data, so messages can show what the author wrote. */
function readAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Appends the id of the nearest list entry that has one, so `components[3]` also says which component. */
function describeField(path: readonly PropertyKey[], data: unknown): string {
  const field = formatFieldPath(path);
  for (let end = path.length; end > 0; end -= 1) {
    if (typeof path[end - 1] !== 'number') continue;
    const entry = readAt(data, path.slice(0, end));
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') continue;
    const prefix = formatFieldPath(path.slice(0, end));
    return `${prefix} (id "${id}")${field.slice(prefix.length)}`;
  }
  return field;
}

/** Splits archkb's own "problem; fix" messages; other messages get a fix derived from the issue code. */
function splitProblemAndFix(issue: z.core.$ZodIssue, data: unknown): { problem: string; fix: string } {
  const own = /^(.*?);\s+(.*)$/s.exec(issue.message);
  if (issue.code === 'custom' || issue.code === 'invalid_value') {
    if (own) return { problem: own[1] ?? issue.message, fix: (own[2] ?? '').replace(/\.$/, '') };
  }
  const last = issue.path[issue.path.length - 1];
  const name = last === undefined ? 'this value' : typeof last === 'number' ? 'this entry' : String(last);
  switch (issue.code) {
    case 'invalid_type': {
      const actual = readAt(data, issue.path);
      if (issue.expected === 'int')
        return {
          problem: `must be a whole number but found ${describeYamlType(actual)}`,
          fix: `write ${name} as a whole number such as 3`,
        };
      if (actual === undefined && name === 'source')
        return {
          problem: 'missing required field "source"',
          fix: 'add source: <document-id>#<section-id>, citing where the vendor states this (sections are listed in content/sources/<document-id>.yaml)',
        };
      if (actual === undefined)
        return { problem: `missing required field "${name}"`, fix: `add ${name}: with ${describeExpected(issue.expected)}` };
      return {
        problem: `expected ${describeExpected(issue.expected)} but found ${describeYamlType(actual)}`,
        fix: `write ${name} as ${describeExpected(issue.expected)}`,
      };
    }
    case 'unrecognized_keys':
      return {
        problem: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: 'remove it or correct the spelling; the allowed fields are listed in public/schemas/architecture.schema.json (your editor completes them)',
      };
    case 'too_small':
      if (issue.origin === 'array')
        return {
          problem: `needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? 'y' : 'ies'}`,
          fix: `add ${String(issue.minimum)} or more entries under ${name}`,
        };
      if (issue.origin === 'string')
        return { problem: 'must not be empty', fix: `write some text for ${name}, or remove the field if it is optional` };
      return { problem: issue.message, fix: `use a number ${issue.inclusive ? 'of at least' : 'greater than'} ${String(issue.minimum)}` };
    case 'too_big':
      return { problem: issue.message, fix: `use at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return {
        problem: `${JSON.stringify(readAt(data, issue.path))} ${issue.message}`,
        fix: `rewrite ${name} to match ${issue.format === 'regex' ? ((issue as { pattern?: string }).pattern ?? 'the pattern') : issue.format}`,
      };
    case 'invalid_value':
      return {
        problem: `${JSON.stringify(readAt(data, issue.path))} is not allowed`,
        fix: `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_key':
      return { problem: `key "${String(last)}" is not valid: ${issue.issues.map((i) => i.message).join('; ')}`, fix: 'rename the key' };
    case 'invalid_union': {
      // A figure may be written several ways; when one way failed on archkb's own check, that message is the useful one.
      if (readAt(data, issue.path) === undefined) {
        // A missing field fails every branch the same way; report it as the plain missing field it is.
        return splitProblemAndFix({ code: 'invalid_type', expected: 'string', path: issue.path, message: '', input: undefined } as z.core.$ZodIssue, data);
      }
      const own = findOwnUnionIssue(issue);
      if (own) return splitProblemAndFix({ ...own, path: [...issue.path, ...own.path] } as z.core.$ZodIssue, data);
      return {
        problem: 'matches none of the allowed shapes',
        fix: 'compare it with the schema in public/schemas/architecture.schema.json',
      };
    }
    case 'not_multiple_of':
    case 'invalid_element':
    case 'custom':
      return { problem: issue.message.replace(/\.$/, ''), fix: 'see the problem above and correct the value' };
    default: {
      const exhaustive: never = issue;
      return { problem: String((exhaustive as { message?: string }).message), fix: 'correct the value' };
    }
  }
}

/** The first of archkb's own messages inside a union's branches, however deeply the unions nest. */
function findOwnUnionIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue | undefined {
  if (issue.code === 'custom') return issue;
  if (issue.code !== 'invalid_union') return undefined;
  for (const inner of (issue.errors ?? []).flat()) {
    const found = findOwnUnionIssue(inner);
    if (found) return inner.code === 'custom' ? found : { ...found, path: [...inner.path, ...found.path] };
  }
  return undefined;
}

/** Turns zod issues for one file into author-facing content issues with field, problem, fix and location. */
export function formatZodIssues(file: string, issues: readonly z.core.$ZodIssue[], data: unknown, locate?: LocatePath): ContentIssue[] {
  return issues.map((issue) => {
    const { problem, fix } = splitProblemAndFix(issue, data);
    const path = toWrittenPath(issue.path, data);
    const position = locateNearest(path, locate);
    return { file, field: describeField(path, data), problem: problem.replace(/\.$/, ''), fix, ...position };
  });
}

/** Drops a list index the author never wrote: a single value the schema wraps into a list (`source: doc#section`). */
function toWrittenPath(path: readonly PropertyKey[], data: unknown): readonly PropertyKey[] {
  const last = path[path.length - 1];
  if (typeof last !== 'number' || last !== 0) return path;
  const parent = readAt(data, path.slice(0, -1));
  return parent === undefined || Array.isArray(parent) ? path : path.slice(0, -1);
}

/** Locates the deepest existing node on the path, so a missing field points at its parent mapping. */
function locateNearest(path: readonly PropertyKey[], locate: LocatePath | undefined): { line?: number; column?: number } {
  if (!locate) return {};
  for (let end = path.length; end >= 0; end -= 1) {
    const position = locate(path.slice(0, end));
    if (position) return position;
  }
  return {};
}

/** Renders one issue as `file:line:col: field: problem. Fix: what to do.` (line and field only when known). */
export function formatContentIssue(issue: ContentIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}:${issue.column ?? 1}` : issue.file;
  const field = issue.field ? `${issue.field}: ` : '';
  const fix = issue.fix.replace(/\.$/, '');
  return `${where}: ${field}${issue.problem}. Fix: ${fix}.`;
}

/** Renders a list of issues, one per line, with a count heading. */
export function formatContentIssues(issues: readonly ContentIssue[]): string {
  if (issues.length === 0) return '';
  const files = new Set(issues.map((i) => i.file)).size;
  const heading = `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${files} content file${files === 1 ? '' : 's'}:`;
  return [heading, ...issues.map((issue) => `  ${formatContentIssue(issue)}`)].join('\n');
}
