import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildComparison, formatCellStatus, generateComparisonExport, listFootprintRows } from '../../../src/lib/compare/index.ts';
import { resourceLabels } from '../../../src/lib/model/index.ts';
import { buildExportProvenance, LIST_SEPARATOR } from '../../../src/lib/catalogue/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';
import { parseMarkdownTables } from '../../support/parse-markdown-table.ts';

/**
 * The real catalogue's comparison and its exports, computed inside each test (a fresh array, since the whole-catalogue
 * comparison is cached per array), so the mutant Stryker activates for that test is the one they show (TESTING.md).
 */
function buildExports() {
  const architectures = [...loadContentArchitectures()];
  const comparison = buildComparison(architectures);
  const provenance = buildExportProvenance(architectures, new URL('https://archkb.example/compare/'));
  const generate = (format: 'markdown' | 'csv' | 'json'): string => generateComparisonExport(comparison, format, provenance, 'Compare');
  const markdown = parseMarkdownTables(generate('markdown'));
  const csv = parse(generate('csv'), { record_delimiter: '\r\n' }) as string[][];
  return { comparison, provenance, generate, markdown, csv, footprintRows: listFootprintRows(comparison) };
}

describe('generateComparisonExport', () => {
  it('writes the same table as Markdown and CSV: a Role column, one column per variant, a row per role plus the footprint rows', () => {
    const { comparison, markdown, csv, footprintRows } = buildExports();
    expect(markdown).toHaveLength(1);
    expect(markdown[0]).toEqual(csv);
    expect(csv[0]).toEqual(['Role', ...comparison.columns.map((c) => `${c.product}: ${c.variantName}`)]);
    expect(footprintRows.map((row) => row.resource)).toEqual(expect.arrayContaining(['nodes', 'vcpu', 'memoryGiB']));
    expect(csv).toHaveLength(1 + comparison.rows.length + footprintRows.length);
  });

  it('starts each role cell with its status and lists the components filling the role', () => {
    const { comparison, csv } = buildExports();
    comparison.rows.forEach((row, rowIndex) => {
      const record = csv[rowIndex + 1] ?? [];
      expect(record[0]).toBe(row.label);
      row.cells.forEach((cell, columnIndex) => {
        const lines = (record[columnIndex + 1] ?? '').split(LIST_SEPARATOR);
        expect(lines[0]).toBe(formatCellStatus(cell.status));
        expect(lines).toHaveLength(1 + cell.components.length);
        cell.components.forEach((component, index) => expect(lines[index + 1]?.startsWith(component.name)).toBe(true));
      });
    });
  });

  it('never shows a missing footprint figure as zero', () => {
    const { comparison, csv, footprintRows } = buildExports();
    const footprint = csv.slice(-footprintRows.length);
    const vcpuRow = footprint[footprintRows.findIndex((row) => row.resource === 'vcpu')];
    comparison.footprint.forEach((cell, index) => {
      if (cell.totals.vcpu === null) expect(vcpuRow?.[index + 1]).toMatch(/not stated/i);
      else {
        expect(vcpuRow?.[index + 1]).toBe(resourceLabels.vcpu.format(cell.totals.vcpu));
        expect(vcpuRow?.[index + 1]).not.toMatch(/^0(\.0*)?$/);
      }
    });
  });

  it('writes the full comparison as JSON, with where it came from (schema 1: fields added, none removed)', () => {
    const { comparison, provenance, generate } = buildExports();
    expect(JSON.parse(generate('json'))).toEqual({
      schemaVersion: 1,
      contentHash: provenance.contentHash,
      contentDate: provenance.contentDate,
      source: 'https://archkb.example/compare/',
      ...JSON.parse(JSON.stringify(comparison)),
    });
  });

  it('ends the Markdown with a plain-Markdown line linking the page, and keeps the CSV a bare table', () => {
    const { generate } = buildExports();
    expect(generate('markdown').trimEnd().split('\n').at(-1)).toMatch(
      /^Source: \[Compare\]\(https:\/\/archkb\.example\/compare\/\) on archkb · export schema 1 · content [0-9a-f]{12}, sources read by \d{4}-\d{2}-\d{2}$/,
    );
    expect(generate('csv')).not.toContain('archkb');
  });
});
