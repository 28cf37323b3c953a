import { LIST_SEPARATOR } from '../catalogue/index.ts';
import { resourceLabels, sizingResources, type SizingResource } from '../model/index.ts';
import { formatCellStatus, type Comparison, type RoleCell } from './build-comparison.ts';

/** The comparison matrix as plain cell texts for the tabular exports; list cells hold one item a line. */
export interface ComparisonCells {
  header: string[];
  body: string[][];
}

/** One footprint total per resource and column, labelled and formatted as every view shows it; a resource no column states is left out. */
export function listFootprintRows(comparison: Comparison): { resource: SizingResource; label: string; values: string[] }[] {
  return sizingResources
    .filter((resource) => comparison.footprint.some((cell) => cell.totals[resource] !== null))
    .map((resource) => ({
      resource,
      label: resourceLabels[resource].label,
      values: comparison.footprint.map((cell) => resourceLabels[resource].format(cell.totals[resource])),
    }));
}

/** One role cell: the status, then each component with its stated requirements, one a line. */
function toRoleCellText(cell: RoleCell): string {
  const components = cell.components.map((c) => {
    const name = c.technology && c.technology !== c.name ? `${c.name} (${c.technology})` : c.name;
    return c.requirements.length > 0 ? `${name}: ${c.requirements.join('; ')}` : name;
  });
  return [formatCellStatus(cell.status), ...components].map((line) => line.replace(/\r\n|\r|\n/g, ' ')).join(LIST_SEPARATOR);
}

/** Builds the comparison's export cells: a Role column, one column per variant, a row per role, then the stated footprint. */
export function buildComparisonCells(comparison: Comparison): ComparisonCells {
  return {
    header: ['Role', ...comparison.columns.map((column) => `${column.product}: ${column.variantName}`)],
    body: [
      ...comparison.rows.map((row) => [row.label, ...row.cells.map(toRoleCellText)]),
      ...listFootprintRows(comparison).map((row) => [`Stated minimum footprint: ${row.label}`, ...row.values]),
    ],
  };
}
