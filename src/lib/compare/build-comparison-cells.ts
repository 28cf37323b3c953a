import { formatCellStatus, type Comparison, type FootprintCell, type RoleCell } from './build-comparison.ts';
import { LIST_SEPARATOR } from '../catalogue/build-component-cells.ts';
import { formatCount, formatGiB } from '../sizing/build-sizing-table.ts';
import { sizingResources, type SizingResource } from '../sizing/compute-sizing.ts';

/** The comparison matrix as plain cell texts for the tabular exports; list cells hold one item a line. */
export interface ComparisonCells {
  header: string[];
  body: string[][];
}

/** Row label of one footprint resource and how its total is written, as the comparison page shows them. */
function describeFootprint(resource: SizingResource): { label: string; format: (cell: FootprintCell) => string } {
  switch (resource) {
    case 'nodes':
      return { label: 'Nodes', format: (cell) => formatCount(cell.totals.nodes) };
    case 'vcpu':
      return { label: 'vCPU', format: (cell) => formatCount(cell.totals.vcpu) };
    case 'memoryGiB':
      return { label: 'Memory', format: (cell) => formatGiB(cell.totals.memoryGiB) };
    case 'storageGiB':
      return { label: 'Storage', format: (cell) => formatGiB(cell.totals.storageGiB) };
    default: {
      const unreachable: never = resource;
      return unreachable;
    }
  }
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
      ...sizingResources.map((resource) => {
        const { label, format } = describeFootprint(resource);
        return [`Stated minimum footprint: ${label}`, ...comparison.footprint.map(format)];
      }),
    ],
  };
}
