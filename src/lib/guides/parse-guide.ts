import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentIssue, LocatePath } from '../content/index.ts';

/** A guide file as read from disk: its path (as shown to the author) and its text. */
export interface GuideFile {
  path: string;
  text: string;
}

/** A guide split into its frontmatter data and its MDX body, parsed with positions that are lines of the file itself. */
export interface ParsedGuide {
  /** The frontmatter as plain data, or undefined when it could not be read. */
  frontmatter: unknown;
  /** Finds the file line of a frontmatter field. */
  locate: LocatePath;
  /** The body as an MDX syntax tree (mdast with MDX nodes); line numbers count from the top of the file. */
  tree: Root;
  issues: ContentIssue[];
}

/** Guide files larger than this are refused; a guide is a few kilobytes of prose. */
export const MAX_GUIDE_FILE_BYTES = 256 * 1024;

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The id of a guide: its file name without .mdx; the page lives at /guides/<id>/. */
export function toGuideId(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.mdx$/, '');
}

/** Parses MDX text with the syntax guides use (GFM tables and MDX elements); positions are lines of `text`. */
export function parseGuideBody(text: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text);
}

/**
 * Splits a guide into frontmatter and body and parses both. The body keeps its place in the file (the frontmatter is
 * blanked, not cut), so every node's line is the line the author sees. Problems come back as issues, never thrown.
 */
export function parseGuide(file: GuideFile): ParsedGuide {
  const empty: ParsedGuide = { frontmatter: undefined, locate: () => undefined, tree: { type: 'root', children: [] }, issues: [] };
  const issue = (problem: string, fix: string, line?: number, column?: number): ParsedGuide => ({
    ...empty,
    issues: [{ file: file.path, field: '', problem, fix, ...(line ? { line, column: column ?? 1 } : {}) }],
  });
  if (new TextEncoder().encode(file.text).length > MAX_GUIDE_FILE_BYTES) {
    return issue(`file is over the ${MAX_GUIDE_FILE_BYTES / 1024} KiB limit for a guide`, 'split the guide, or remove pasted data');
  }
  if (!/\.mdx$/.test(file.path))
    return issue('guide files must end in .mdx; the loader ignores other names', `rename it to ${toGuideId(file.path)}.mdx`);
  const match = frontmatterPattern.exec(file.text);
  if (!match) {
    return issue(
      'the guide has no frontmatter',
      'start the file with a --- line, then title:, description: and architecture: or category:, then another --- line',
      1,
    );
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const locate: LocatePath = (path) => {
    const node = document.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const position = lineCounter.linePos(offset);
    return { line: position.line + 1, column: position.col };
  };
  const [firstError] = document.errors;
  if (firstError) {
    const [start] = firstError.linePos ?? [];
    return issue(
      `frontmatter YAML syntax error (${firstError.code})`,
      'check the indentation and quote values that contain ": " or " #"',
      start ? start.line + 1 : 1,
      start?.col,
    );
  }
  const frontmatter: unknown = document.toJS({ maxAliasCount: 10 });
  // Blank the frontmatter to newlines so body positions stay file positions.
  const body = `${'\n'.repeat(match[0].split('\n').length - 1)}${file.text.slice(match[0].length)}`;
  try {
    return { frontmatter, locate, tree: parseGuideBody(body), issues: [] };
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    return {
      ...issue(
        `MDX syntax error: ${(place.reason ?? place.message ?? String(error)).split('\n')[0]?.replace(/\.$/, '')}`,
        'close every <Element> or write it as <Element ... />, and escape a literal < or { in prose with a backslash',
        place.line,
        place.column,
      ),
      frontmatter,
      locate,
    };
  }
}
