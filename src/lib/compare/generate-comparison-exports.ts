import { buildComparisonCells } from './build-comparison-cells.ts';
import type { Comparison } from './build-comparison.ts';
import { generateCsvTable, generateGfmTable } from '../formats/index.ts';
import type { ComponentsExportFormat } from '../model/index.ts';

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
