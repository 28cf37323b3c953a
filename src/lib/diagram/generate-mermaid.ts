import type { roles } from '../model/index.ts';
import type { Connection } from '../../schemas/connection.ts';
import type { Group } from '../../schemas/group.ts';
import { necessityLevels, type NecessityLevel } from '../../schemas/necessity.ts';
import { findRole } from '../model/index.ts';
import type { ResolvedComponent, ResolvedVariant } from '../model/index.ts';

/** Category of a component role (data/roles.ts), which picks the node shape. */
export type RoleCategory = (typeof roles)[number]['category'];

/** The direction the flowchart is laid out in: top to bottom keeps wide tiers readable on a page column. */
const MERMAID_DIRECTION = 'TB';

// Characters kept literally in labels; every other ASCII character becomes a Mermaid entity code ("#35;"),
// because Mermaid gives meaning to quotes, brackets, pipes, "#", ":" and ";" and renderers split on them.
const SAFE_ASCII = /[A-Za-z0-9 .,\-_/'!?+=@$^]/;
// Bidirectional overrides and isolates can make a label read differently from what it says.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029]/;
// C0 and C1 control characters other than the line breaks handled above.
const CONTROL_CHARS = /\p{Cc}/gu;

/** Escapes one label for use inside a quoted Mermaid string; line breaks become `<br/>`. */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .split(LINE_BREAKS)
    .map((line) =>
      Array.from(line.replace(/\t/g, ' ').replace(CONTROL_CHARS, ''))
        .map((char) => (char.codePointAt(0)! < 0x80 && !SAFE_ASCII.test(char) ? `#${char.codePointAt(0)};` : char))
        .join('')
        .trim(),
    )
    .filter((line) => line.length > 0)
    .join('<br/>');
}

/** Reads a label written by escapeMermaidLabel back as display text, lines joined with "\n". */
export function decodeMermaidLabel(label: string): string {
  return label.replace(/<br\/>/g, '\n').replace(/#(\d+);/g, (_match, digits: string) => String.fromCodePoint(Number(digits)));
}

/** Turns an id into a Mermaid-safe identifier with a prefix, so group and component ids never clash. */
function toMermaidId(prefix: 'c' | 'g', id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Mermaid node id of a component. */
export function toMermaidNodeId(componentId: string): string {
  return toMermaidId('c', componentId);
}

/** Mermaid subgraph id of a group. */
export function toMermaidSubgraphId(groupId: string): string {
  return toMermaidId('g', groupId);
}

/** Wraps an escaped label in the Mermaid node shape for a role category. */
function shapeNode(category: RoleCategory, label: string): string {
  const quoted = `"${label}"`;
  switch (category) {
    case 'compute':
      return `[[${quoted}]]`;
    case 'application':
      return `(${quoted})`;
    case 'data':
      return `[(${quoted})]`;
    case 'security':
      return `{{${quoted}}}`;
    case 'network':
      return `([${quoted}])`;
    case 'delivery':
      return `[/${quoted}\\]`;
    case 'operations':
      return `[${quoted}]`;
    case 'external':
      return `>${quoted}]`;
    default: {
      const unreachable: never = category;
      return unreachable;
    }
  }
}

/** Style of the Mermaid class for a necessity level: required and recommended solid, the others dashed. */
function describeNecessityStyle(level: NecessityLevel): string {
  switch (level) {
    case 'required':
      return 'stroke-width:1.5px';
    case 'recommended':
      return 'stroke-width:1px';
    case 'optional':
      return 'stroke-width:1px,stroke-dasharray:6 4';
    case 'conditional':
      return 'stroke-width:1px,stroke-dasharray:2 3';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Label lines of a component node: its name, then its role and technology. */
function describeComponent(component: ResolvedComponent): string {
  const roleLabel = findRole(component.role).label;
  const detail = component.technology && component.technology !== component.name ? `${roleLabel} · ${component.technology}` : roleLabel;
  // A second line that only repeats the name ("Container registry") adds nothing.
  return detail.toLowerCase() === component.name.toLowerCase()
    ? escapeMermaidLabel(component.name)
    : `${escapeMermaidLabel(component.name)}<br/>${escapeMermaidLabel(detail)}`;
}

/** One node statement for a component. */
function generateNode(component: ResolvedComponent): string {
  return `${toMermaidNodeId(component.id)}${shapeNode(findRole(component.role).category, describeComponent(component))}`;
}

/** The arrow of a connection: solid when the source states it, dotted when it is only implied; labelled when the vendor says what flows. */
function generateArrow(connection: Pick<Connection, 'label' | 'basis'>): string {
  const arrow = connection.basis === 'inferred' ? '-.->' : '-->';
  return connection.label ? `${arrow}|"${escapeMermaidLabel(connection.label)}"|` : arrow;
}

/** Checks that derived ids are unique, so two components can never merge into one node. */
function assertUniqueIds(ids: readonly { source: string; mermaid: string }[], what: string, architectureId: string): void {
  const seen = new Map<string, string>();
  for (const { source, mermaid } of ids) {
    const clash = seen.get(mermaid);
    if (clash !== undefined) {
      throw new Error(`${architectureId}: ${what} ids "${clash}" and "${source}" both become Mermaid id "${mermaid}"; rename one of them.`);
    }
    seen.set(mermaid, source);
  }
}

/** Generates deterministic Mermaid flowchart text for one resolved variant: shaped nodes, nested groups, labelled flows. */
export function generateMermaid(resolved: ResolvedVariant): string {
  const where = `${resolved.architectureId} (${resolved.variant.id})`;
  assertUniqueIds(
    resolved.components.map((c) => ({ source: c.id, mermaid: toMermaidNodeId(c.id) })),
    'component',
    where,
  );
  assertUniqueIds(
    resolved.groups.map((g) => ({ source: g.id, mermaid: toMermaidSubgraphId(g.id) })),
    'group',
    where,
  );
  const groupIds = new Set(resolved.groups.map((g) => g.id));
  const componentIds = new Set(resolved.components.map((c) => c.id));
  for (const component of resolved.components) {
    if (component.group && !groupIds.has(component.group)) {
      throw new Error(
        `${where}: component "${component.id}" names group "${component.group}", which the variant does not have; declare it under groups.`,
      );
    }
  }

  const lines: string[] = [`flowchart ${MERMAID_DIRECTION}`];
  const childGroups = (parent: string | undefined): Group[] =>
    resolved.groups.filter((g) => (parent === undefined ? !g.parent || !groupIds.has(g.parent) : g.parent === parent));
  const emitLevel = (groupId: string | undefined, depth: number): void => {
    const indent = '  '.repeat(depth);
    for (const component of resolved.components.filter((c) => (groupId === undefined ? !c.group : c.group === groupId))) {
      lines.push(`${indent}${generateNode(component)}`);
    }
    for (const group of childGroups(groupId)) {
      lines.push(`${indent}subgraph ${toMermaidSubgraphId(group.id)} ["${escapeMermaidLabel(group.label)}"]`);
      emitLevel(group.id, depth + 1);
      lines.push(`${indent}end`);
    }
  };
  emitLevel(undefined, 1);

  for (const connection of resolved.connections) {
    for (const end of [connection.from, connection.to]) {
      if (!componentIds.has(end)) {
        throw new Error(
          `${where}: connection ${connection.from} -> ${connection.to} names "${end}", which is not a component of this variant; limit the connection with variants: [...].`,
        );
      }
    }
    lines.push(`  ${toMermaidNodeId(connection.from)} ${generateArrow(connection)} ${toMermaidNodeId(connection.to)}`);
  }

  for (const level of necessityLevels) {
    const members = resolved.components.filter((c) => c.necessity.level === level).map((c) => toMermaidNodeId(c.id));
    if (members.length === 0) continue;
    lines.push(`  classDef ${level} ${describeNecessityStyle(level)}`);
    lines.push(`  class ${members.join(',')} ${level}`);
  }
  return `${lines.join('\n')}\n`;
}
