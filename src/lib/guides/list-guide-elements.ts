import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { readStaticValue, type StaticValue } from './read-static-value.ts';

/** One JSX element of a guide with its attributes read as data. */
export interface GuideElement {
  name: string;
  /** flow: on its own lines; text: inside a sentence. */
  placement: 'flow' | 'text';
  attributes: Record<string, StaticValue>;
  /** Attributes that could not be read as data (code, spreads), with what to do. */
  unreadable: { attribute: string; problem: string; fix: string }[];
  line: number;
  column: number;
  /** Text of the nearest heading above it, or '' before the first heading. */
  section: string;
  node: MdxJsxFlowElement | MdxJsxTextElement;
}

/** Plain text of a node and its children (text, code and element contents). */
export function toPlainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression')
    return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(toPlainText).join('');
  return '';
}

/** Reads an element's attributes: strings as written, braces as literal data, a bare name as true. */
export function readElementAttributes(node: MdxJsxFlowElement | MdxJsxTextElement): Pick<GuideElement, 'attributes' | 'unreadable'> {
  const attributes: Record<string, StaticValue> = {};
  const unreadable: GuideElement['unreadable'] = [];
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      unreadable.push({ attribute: '{...}', problem: 'spreads attributes from code', fix: 'write each attribute out, e.g. of="keycloak"' });
      continue;
    }
    if (attribute.value === null || attribute.value === undefined) attributes[attribute.name] = true;
    else if (typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
    else {
      const value = readStaticValue(attribute.value.data?.estree);
      if (value === undefined) {
        unreadable.push({
          attribute: attribute.name,
          problem: `{${attribute.value.value}} is code, not data`,
          fix: 'write a literal: text in quotes, a number, [list] or {{ key: value }}',
        });
      } else attributes[attribute.name] = value;
    }
  }
  return { attributes, unreadable };
}

/** Every JSX element of a guide in document order, with its attributes and the heading it sits under. */
export function listGuideElements(tree: Root): GuideElement[] {
  const elements: GuideElement[] = [];
  let section = '';
  const walk = (node: Nodes) => {
    if (node.type === 'heading') section = toPlainText(node).trim();
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      elements.push({
        name: node.name ?? '',
        placement: node.type === 'mdxJsxFlowElement' ? 'flow' : 'text',
        ...readElementAttributes(node),
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
        section,
        node,
      });
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return elements;
}
