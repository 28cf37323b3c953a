import type { Nodes } from 'mdast';
import type { z } from 'zod';
import type { Architecture } from '../../schemas/architecture.ts';
import { GuideFrontmatterSchema, type GuideFrontmatter } from '../../schemas/guide.ts';
import type { ContentIssue } from '../content/index.ts';
import { findPlainFigures } from './find-plain-figures.ts';
import {
  guideComponents,
  isGuideComponentName,
  type ComparisonProps,
  type CiteProps,
  type FactProps,
  type SizingProps,
  type VariantViewProps,
} from './guide-components.ts';
import { listGuideElements, type GuideElement } from './list-guide-elements.ts';
import { parseGuide, toGuideId, type GuideFile } from './parse-guide.ts';
import { resolveFact } from './resolve-fact.ts';
import {
  listChoices,
  resolveCitation,
  resolveComparisonColumns,
  resolveLoads,
  resolveProduct,
  resolveVariantReference,
  type Resolution,
} from './resolve-guide-reference.ts';

/** A guide file that passed every check. */
export interface CheckedGuide {
  id: string;
  path: string;
  frontmatter: GuideFrontmatter;
}

const driftFix =
  'print the modelled value with <Fact of="product/component" attribute="..." /> or a component, or wrap your own example figure in <Example>...</Example>';

/** Turns one zod issue about an element's props into a problem and a fix in JSX terms. */
function describePropIssue(
  name: string,
  issue: z.core.$ZodIssue,
  props: Record<string, unknown>,
): { attribute: string; problem: string; fix: string } {
  const attribute = String(issue.path[0] ?? '');
  const allowed = Object.keys((guideComponents[name as keyof typeof guideComponents].props as unknown as { shape: object }).shape);
  switch (issue.code) {
    case 'unrecognized_keys':
      return {
        attribute: issue.keys.join(', '),
        problem: `unknown attribute${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: allowed.length > 0 ? `use ${listChoices(allowed)}` : 'remove it',
      };
    case 'invalid_value':
      return {
        attribute,
        problem: `${JSON.stringify(props[attribute])} is not allowed`,
        fix: `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_type':
      return props[attribute] === undefined
        ? { attribute, problem: `missing attribute "${attribute}"`, fix: `add ${attribute}=...` }
        : {
            attribute,
            problem: `expected ${issue.expected === 'array' ? 'a [list]' : issue.expected === 'record' ? 'a {{ key: value }} mapping' : issue.expected}`,
            fix: `write ${attribute} as ${issue.expected === 'string' ? 'text in quotes' : `{${issue.expected === 'array' ? "['a', 'b']" : issue.expected === 'number' ? '42' : '{ key: 1 }'}}`}`,
          };
    default: {
      const [problem, fix] = issue.message.split(/;\s+/);
      return { attribute, problem: `${JSON.stringify(props[attribute])} ${problem ?? issue.message}`, fix: fix ?? 'correct the value' };
    }
  }
}

/** Checks the model references of one element whose props passed their schema. */
function resolveElement(name: string, props: unknown, architectures: readonly Architecture[]): Resolution<unknown> {
  switch (name) {
    case 'Fact':
      return resolveFact(architectures, props as FactProps);
    case 'Cite':
      return resolveCitation(architectures, (props as CiteProps).source);
    case 'ComponentsTable':
    case 'Diagram':
    case 'CloudMapping': {
      const { of, variant } = props as VariantViewProps;
      return resolveVariantReference(architectures, of, variant);
    }
    case 'Sizing': {
      const { of, variant, loads } = props as SizingProps;
      const found = resolveVariantReference(architectures, of, variant);
      return found.ok ? resolveLoads(found.value.architecture, loads) : found;
    }
    case 'Comparison':
      return resolveComparisonColumns(architectures, (props as ComparisonProps).of);
    default:
      return { ok: true, value: undefined };
  }
}

/** Problems of one element: a known name, the right place, readable and valid props, and references the model has. */
function checkElement(element: GuideElement, architectures: readonly Architecture[], path: string): ContentIssue[] {
  const at = { file: path, line: element.line, column: element.column };
  const field = `<${element.name || 'fragment'}>`;
  const names = Object.keys(guideComponents);
  if (!isGuideComponentName(element.name)) {
    return [
      {
        ...at,
        field,
        problem: /^[a-z]/.test(element.name) ? 'HTML elements are not used in guides' : 'unknown guide component',
        fix: `write Markdown, or use one of the guide components ${listChoices(names)} (CONTRIBUTING.md, "Write a guide")`,
      },
    ];
  }
  const spec = guideComponents[element.name];
  const issues: ContentIssue[] = [];
  if (spec.placement === 'flow' && element.placement === 'text') {
    issues.push({
      ...at,
      field,
      problem: 'stands inside a sentence but shows a block',
      fix: `put <${element.name} ... /> on its own line, with a blank line before and after`,
    });
  }
  if (spec.placement === 'text' && element.placement === 'flow') {
    issues.push({
      ...at,
      field,
      problem: 'stands on its own lines but marks words inside a sentence',
      fix: `write <${element.name}>...</${element.name}> inside the sentence it belongs to`,
    });
  }
  const children = element.node.children as Nodes[];
  if (!spec.children && children.length > 0) {
    issues.push({ ...at, field, problem: 'has content between its tags but takes none', fix: `write it as <${element.name} ... />` });
  }
  if (spec.children && (children.length === 0 || children.some((child) => child.type.startsWith('mdx')))) {
    issues.push({
      ...at,
      field,
      problem: 'must wrap plain words (no elements inside)',
      fix: `write <${element.name}>your example</${element.name}>`,
    });
  }
  for (const bad of element.unreadable) issues.push({ ...at, field: `${field} ${bad.attribute}`, problem: bad.problem, fix: bad.fix });
  if (element.unreadable.length > 0) return issues;
  const parsed = spec.props.safeParse(element.attributes);
  if (!parsed.success) {
    return [
      ...issues,
      ...parsed.error.issues.map((issue) => {
        const described = describePropIssue(element.name, issue, element.attributes);
        return { ...at, field: `${field} ${described.attribute}`.trim(), problem: described.problem, fix: described.fix };
      }),
    ];
  }
  const resolved = resolveElement(element.name, parsed.data, architectures);
  if (!resolved.ok) issues.push({ ...at, field, problem: resolved.problem, fix: resolved.fix });
  return issues;
}

/** Line and column of a character of a text node, counting the newlines before it. */
function locateInNode(node: Nodes, value: string, offset: number): { line: number; column: number } {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const before = value.slice(0, offset);
  const lines = before.split('\n');
  if (lines.length === 1) return { line: start.line, column: start.column + offset };
  return { line: start.line + lines.length - 1, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Problems in the body outside elements: imports, code expressions, and figures written by hand. */
function checkProse(tree: Nodes, path: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const walk = (node: Nodes) => {
    const at = { file: path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'mdxjsEsm') {
      issues.push({
        ...at,
        field: 'import',
        problem: 'guides import nothing',
        fix: `remove it; the guide components (${listChoices(Object.keys(guideComponents))}) are always available`,
      });
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if ((node.data?.estree?.body.length ?? 0) > 0) {
        issues.push({
          ...at,
          field: '{expression}',
          problem: 'guides hold no code',
          fix: 'write the text out, or print a modelled value with <Fact ... />',
        });
      }
      return;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Example') return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      for (const figure of findPlainFigures(node.value)) {
        issues.push({
          file: path,
          ...locateInNode(node, node.value, figure.offset),
          field: 'prose',
          problem: `"${figure.text}" is a figure written as plain text, which would not follow the model when it changes`,
          fix: driftFix,
        });
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return issues;
}

/** Problems of the frontmatter: the schema, the architecture it names, and figures in its title or description. */
function checkFrontmatter(
  path: string,
  data: unknown,
  locate: (path: readonly PropertyKey[]) => { line: number; column: number } | undefined,
  architectures: readonly Architecture[],
): { issues: ContentIssue[]; frontmatter?: GuideFrontmatter } {
  const parsed = GuideFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue) => {
        const key = issue.path[0] === undefined ? '' : String(issue.path[0]);
        const own = /^(.*?);\s+(.*)$/s.exec(issue.message);
        const unknown = issue.code === 'unrecognized_keys';
        return {
          file: path,
          field: unknown ? issue.keys.join(', ') : key,
          problem: unknown ? 'unknown frontmatter field' : (own?.[1] ?? issue.message).replace(/\.$/, ''),
          fix: unknown
            ? 'a guide has title, description, and architecture or category'
            : (own?.[2] ?? `correct ${key || 'the frontmatter'}`).replace(/\.$/, ''),
          ...((unknown ? locate([issue.keys[0] ?? '']) : locate(issue.path)) ?? locate([]) ?? { line: 1, column: 1 }),
        };
      }),
    };
  }
  const issues: ContentIssue[] = [];
  const frontmatter = parsed.data;
  if (frontmatter.architecture !== undefined) {
    const found = resolveProduct(architectures, frontmatter.architecture);
    if (!found.ok) issues.push({ file: path, field: 'architecture', problem: found.problem, fix: found.fix, ...locate(['architecture']) });
  }
  for (const key of ['title', 'description'] as const) {
    for (const figure of findPlainFigures(frontmatter[key])) {
      issues.push({
        file: path,
        field: key,
        problem: `"${figure.text}" is a figure written as plain text`,
        fix: 'keep figures out of the title and description; show them in the body with <Fact ... />',
        ...locate([key]),
      });
    }
  }
  return { issues, frontmatter };
}

/**
 * Checks guide files against the model: frontmatter, MDX syntax, every component's name, placement and props, every
 * product, variant, component, fact and citation they name, and figures written as plain prose (the drift check).
 * Every problem comes back at once as `file:line:col: field: problem. Fix: ...`, the way architecture files report.
 */
export function checkGuideFiles(
  files: readonly GuideFile[],
  architectures: readonly Architecture[],
): { issues: ContentIssue[]; guides: CheckedGuide[] } {
  const issues: ContentIssue[] = [];
  const guides: CheckedGuide[] = [];
  for (const file of files) {
    const parsed = parseGuide(file);
    const fileIssues = [...parsed.issues];
    if (parsed.issues.length === 0 || parsed.frontmatter !== undefined) {
      const front = checkFrontmatter(file.path, parsed.frontmatter, parsed.locate, architectures);
      fileIssues.push(...front.issues);
      if (parsed.issues.length === 0) {
        const elements = listGuideElements(parsed.tree);
        fileIssues.push(...elements.flatMap((element) => checkElement(element, architectures, file.path)));
        fileIssues.push(...checkProse(parsed.tree, file.path));
        const tables = elements.filter((element) => element.name === 'ComponentsTable' && typeof element.attributes.of === 'string');
        tables.forEach((element, index) => {
          const earlier = tables.slice(0, index).find((other) => other.attributes.of === element.attributes.of);
          if (earlier) {
            fileIssues.push({
              file: file.path,
              line: element.line,
              column: element.column,
              field: '<ComponentsTable>',
              problem: `a second components table of ${String(element.attributes.of)} (the first is on line ${earlier.line}) would repeat its row anchors`,
              fix: 'show one variant\u2019s table, and link to the other variant\u2019s page or show its <Diagram>',
            });
          }
        });
      }
      if (fileIssues.length === 0 && front.frontmatter)
        guides.push({ id: toGuideId(file.path), path: file.path, frontmatter: front.frontmatter });
    }
    issues.push(...fileIssues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)));
  }
  return { issues, guides };
}
