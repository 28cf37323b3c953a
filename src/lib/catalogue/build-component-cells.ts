import { formatNecessity, NONE_NAMED, NOT_STATED } from '../model/index.ts';
import type { ComponentRow } from './build-component-table.ts';

/** Columns of the tabular exports (Markdown, CSV), in order, with their header text. */
export const COMPONENT_COLUMNS = [
  { key: 'name', header: 'Component' },
  { key: 'technology', header: 'Technology' },
  { key: 'role', header: 'Role' },
  { key: 'purpose', header: 'Purpose' },
  { key: 'necessity', header: 'Necessity' },
  { key: 'condition', header: 'Condition' },
  { key: 'requirements', header: 'Minimum requirements' },
  { key: 'managed', header: 'Managed options named by the vendor' },
  { key: 'sources', header: 'Sources' },
] as const;

/** Key of one exported column. */
export type ComponentColumnKey = (typeof COMPONENT_COLUMNS)[number]['key'];

/** One component as plain cell texts; list cells hold one item a line. */
export type ComponentCells = Record<ComponentColumnKey, string>;

/** Separator between the items of a list cell. */
export const LIST_SEPARATOR = '\n';

/** Joins list items one a line; a line break inside an item becomes a space so the list splits back unambiguously. */
function joinList(items: readonly string[], whenEmpty: string): string {
  if (items.length === 0) return whenEmpty;
  return items.map((item) => item.replace(/\r\n|\r|\n/g, ' ')).join(LIST_SEPARATOR);
}

/** Citation text of a source: "Document title: Section title". */
function formatSourceCitation(source: ComponentRow['sources'][number]): string {
  return `${source.documentTitle}: ${source.sectionTitle}`;
}

/** Maps a component row to the cell texts every tabular export shares, so Markdown and CSV never drift apart. */
export function buildComponentCells(row: ComponentRow): ComponentCells {
  return {
    name: row.name,
    technology: row.technology,
    role: row.roleLabel,
    purpose: row.purpose,
    necessity: formatNecessity(row.necessity),
    condition: row.condition,
    requirements: joinList(row.requirements, NOT_STATED),
    managed: joinList(row.managed, NONE_NAMED),
    sources: joinList(row.sources.map(formatSourceCitation), ''),
  };
}
