import type { Expression, Program } from 'estree';

/** A value a guide may write inside an attribute's braces: text, a number, or lists and mappings of those. */
export type StaticValue = string | number | boolean | StaticValue[] | { [key: string]: StaticValue };

/** Reads a literal expression (string, number, array, object with plain keys) without running any code. */
function readExpression(node: Expression): StaticValue | undefined {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' ? node.value : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked ?? '').join('') : undefined;
    case 'UnaryExpression': {
      const inner = node.operator === '-' ? readExpression(node.argument) : undefined;
      return typeof inner === 'number' ? -inner : undefined;
    }
    case 'ArrayExpression': {
      const items = node.elements.map((element) => (element && element.type !== 'SpreadElement' ? readExpression(element) : undefined));
      return items.every((item) => item !== undefined) ? (items as StaticValue[]) : undefined;
    }
    case 'ObjectExpression': {
      const entries: [string, StaticValue][] = [];
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init') return undefined;
        const key =
          property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        const value =
          property.value.type === 'ObjectPattern' || property.value.type === 'ArrayPattern'
            ? undefined
            : readExpression(property.value as Expression);
        if (key === undefined || value === undefined) return undefined;
        entries.push([key, value]);
      }
      return Object.fromEntries(entries);
    }
    default:
      return undefined;
  }
}

/**
 * Reads the value of an attribute written in braces (`loads={{ users: 500 }}`, `of={['a', 'b']}`) from the estree MDX
 * attaches, or undefined when it is anything but literals: guides hold data, never code, so the check can see it all.
 */
export function readStaticValue(program: Program | null | undefined): StaticValue | undefined {
  const [statement] = program?.body ?? [];
  if (!statement || statement.type !== 'ExpressionStatement' || (program?.body.length ?? 0) > 1) return undefined;
  return readExpression(statement.expression);
}
