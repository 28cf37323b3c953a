import { generateCsvTable, generateGfmTable } from '../formats/index.ts';
import { buildComponentCells, COMPONENT_COLUMNS } from './build-component-cells.ts';
import { appendProvenanceMarkdown, type ExportProvenance } from './build-export-provenance.ts';
import type { ComponentRow } from './build-component-table.ts';

/** Generates the components table of one variant as RFC 4180 CSV with a header row; list cells hold one item a line. */
export function generateComponentsCsv(rows: readonly ComponentRow[]): string {
  return generateCsvTable(
    ['ID', ...COMPONENT_COLUMNS.map((column) => column.header)],
    rows.map((row) => {
      const cells = buildComponentCells(row);
      return [row.id, ...COMPONENT_COLUMNS.map((column) => cells[column.key])];
    }),
  );
}

/** Generates the GFM Markdown components table of one variant, renderable as is on GitHub and GitLab. */
export function generateComponentsMarkdown(rows: readonly ComponentRow[]): string {
  return generateGfmTable(
    COMPONENT_COLUMNS.map((column) => column.header),
    rows.map((row) => {
      const cells = buildComponentCells(row);
      return COMPONENT_COLUMNS.map((column) => cells[column.key]);
    }),
  );
}

/** Generates components.md: the GFM table, then the line saying which page (`title`) it came from and how old it is. */
export function generateComponentsMarkdownFile(rows: readonly ComponentRow[], provenance: ExportProvenance, title: string): string {
  return appendProvenanceMarkdown(generateComponentsMarkdown(rows), provenance, title);
}
