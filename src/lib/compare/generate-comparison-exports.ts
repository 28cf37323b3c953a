import { buildComparisonCells } from './build-comparison-cells.ts';
import type { Comparison } from './build-comparison.ts';
import { generateCsvTable } from '../formats/generate-csv.ts';
import { generateGfmTable } from '../formats/generate-markdown-table.ts';
import type { ComponentsExportFormat } from '../model/urls.ts';

/** Generates the comparison as a GFM table, RFC 4180 CSV or JSON (the full Comparison data). */
export function generateComparisonExport(comparison: Comparison, format: ComponentsExportFormat): string {
  switch (format) {
    case 'markdown': {
      const { header, body } = buildComparisonCells(comparison);
      return generateGfmTable(header, body);
    }
    case 'csv': {
      const { header, body } = buildComparisonCells(comparison);
      return generateCsvTable(header, body);
    }
    case 'json':
      return `${JSON.stringify({ schemaVersion: 1, ...comparison }, null, 2)}\n`;
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}
