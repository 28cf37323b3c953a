import type { Architecture } from '../../schemas/architecture.ts';
import { buildComparisonCells } from './build-comparison-cells.ts';
import { buildComparison, type Comparison } from './build-comparison.ts';
import { appendProvenanceMarkdown, buildExportProvenance, type ExportProvenance } from '../catalogue/index.ts';
import { generateCsvTable, generateGfmTable } from '../formats/index.ts';
import { toComparisonPath, type ComponentsExportFormat } from '../model/index.ts';

/** Title of the whole-catalogue comparison page, its embed and its exports. */
export const COMPARISON_TITLE = 'Compare architectures';

/**
 * Generates the comparison as a GFM table followed by its provenance line, RFC 4180 CSV (the table alone, so
 * spreadsheets read it), or JSON (the full Comparison data with the provenance fields). `title` names the page.
 */
export function generateComparisonExport(
  comparison: Comparison,
  format: ComponentsExportFormat,
  provenance: ExportProvenance,
  title: string,
): string {
  switch (format) {
    case 'markdown': {
      const { header, body } = buildComparisonCells(comparison);
      return appendProvenanceMarkdown(generateGfmTable(header, body), provenance, title);
    }
    case 'csv': {
      const { header, body } = buildComparisonCells(comparison);
      return generateCsvTable(header, body);
    }
    case 'json':
      return `${JSON.stringify({ ...provenance, ...comparison }, null, 2)}\n`;
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}

/** Generates /compare/comparison.<format>: every architecture side by side, citing the comparison page on `site`. */
export function generateCatalogueComparisonExport(
  architectures: readonly Architecture[],
  format: ComponentsExportFormat,
  site: URL,
): string {
  const provenance = buildExportProvenance(architectures, new URL(toComparisonPath(), site));
  return generateComparisonExport(buildComparison(architectures), format, provenance, COMPARISON_TITLE);
}
