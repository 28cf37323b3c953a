import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCloudMappingTable } from '../../src/lib/cloud/index.ts';
import { buildCategoryComparisons, type CategoryComparison } from '../../src/lib/compare/index.ts';
import { formatContentIssue, loadArchitectureDirectory, type LoadedContent } from '../../src/lib/content/index.ts';
import { generateMermaid } from '../../src/lib/diagram/index.ts';
import { renderVariantMarkdown } from '../../src/lib/markdown/index.ts';
import { listArchitectureFacts, resolveVariant } from '../../src/lib/model/index.ts';
import { computeSizing } from '../../src/lib/sizing/index.ts';
import type { Architecture } from '../../src/schemas/architecture.ts';

// Adding a product must be a content change only: drop an architecture and a new source document into a copy of the
// content tree, and nothing about the products already there may change.
const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'test/fixtures/new-product');
const site = new URL('https://archkb.example/');

const tree = mkdtempSync(path.join(tmpdir(), 'archkb-add-'));
cpSync(path.join(root, 'content'), tree, { recursive: true });
const before = loadArchitectureDirectory(path.join(tree, 'architectures'), root);
cpSync(path.join(fixture, 'architectures'), path.join(tree, 'architectures'), { recursive: true });
cpSync(path.join(fixture, 'sources'), path.join(tree, 'sources'), { recursive: true });
const after = loadArchitectureDirectory(path.join(tree, 'architectures'), root);

afterAll(() => rmSync(tree, { recursive: true, force: true }));

/** Everything a reader sees of one architecture, as plain data, so two catalogues can be compared view by view. */
function describeViews(architecture: Architecture): Record<string, unknown> {
  return Object.fromEntries(
    architecture.variants.flatMap((variant) => {
      const resolved = resolveVariant(architecture, variant.id);
      const loads = Object.fromEntries(resolved.loadDrivers.map((driver) => [driver.id, 1000]));
      return [
        [`${variant.id} markdown`, renderVariantMarkdown(architecture, variant.id, site)],
        [`${variant.id} facts`, listArchitectureFacts(architecture, variant.id)],
        [`${variant.id} diagram`, generateMermaid(resolved)],
        [`${variant.id} sizing`, computeSizing(architecture, variant.id, { loads, cloud: 'aws' })],
        [`${variant.id} cloud mapping`, buildCloudMappingTable(architecture, resolved)],
      ];
    }),
  );
}

/** The cells of every existing column, keyed by role and column, from a set of category comparisons. */
function collectCells(comparisons: readonly CategoryComparison[], columns: ReadonlySet<string>): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const { comparison, architectures } of comparisons) {
    // The real catalogue's categories are far below MATRIX_PRODUCT_LIMIT, so each has its matrix.
    if (!comparison) throw new Error(`no matrix for a category of ${architectures.length} products`);
    for (const row of comparison.rows) {
      row.cells.forEach((cell, index) => {
        const key = comparison.columns[index]?.key ?? '';
        if (columns.has(key) && cell.status !== 'not-used') cells.set(`${row.role} ${key}`, cell);
      });
    }
    comparison.footprint.forEach((cell, index) => {
      const key = comparison.columns[index]?.key ?? '';
      if (columns.has(key)) cells.set(`footprint ${key}`, cell);
    });
  }
  return cells;
}

/** Ids of the architectures a loaded tree holds. */
const idsOf = (content: LoadedContent) => content.architectures.map((architecture) => architecture.id);

describe('adding an architecture is a content change only', () => {
  it('validates the new architecture and its new source document with no other change', () => {
    expect(after.issues.map(formatContentIssue)).toEqual([]);
    expect(idsOf(after).sort()).toEqual([...idsOf(before), 'acme-sso'].sort());
    expect(after.documents.map((document) => document.id)).toContain('acme-sso-guide');
  });

  it('passes the committed editor JSON Schema without regenerating it', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'public/schemas/architecture.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const data = parse(readFileSync(path.join(fixture, 'architectures/acme-sso.yaml'), 'utf8')) as unknown;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('gives the new product its views: page Markdown, diagram, sizing by its own load driver', () => {
    const acme = after.architectures.find((architecture) => architecture.id === 'acme-sso')!;
    expect(renderVariantMarkdown(acme, 'default', site)).toContain('Acme SSO server');
    expect(generateMermaid(resolveVariant(acme, 'default'))).toContain('Acme SSO server');
    const sizing = computeSizing(acme, 'default', { loads: { 'sign-ins-per-second': 600 } });
    expect(sizing.totals.vcpu).toEqual({ low: 2 * 1.5 + 600 / 50 + 2, high: 2 * 1.5 + 600 / 50 + 2 });
    expect(sizing.warnings.map((warning) => warning.driver)).toEqual(['sign-ins-per-second']);
  });

  it('changes nothing a reader sees of the products already there', () => {
    for (const existing of before.architectures) {
      const again = after.architectures.find((architecture) => architecture.id === existing.id);
      expect(again, existing.id).toBeDefined();
      expect(describeViews(again!), existing.id).toEqual(describeViews(existing));
    }
  });

  it('keeps every comparison cell of the existing variants, and puts the new product only among its peers', () => {
    const columns = new Set(before.architectures.flatMap((architecture) => architecture.variants.map((variant) => `${architecture.id}.${variant.id}`)));
    const old = buildCategoryComparisons(before.architectures);
    const grown = buildCategoryComparisons(after.architectures);
    expect(collectCells(grown, columns)).toEqual(collectCells(old, columns));
    const homes = grown.filter((section) => section.architectures.some((architecture) => architecture.id === 'acme-sso')).map((section) => section.category);
    expect(homes).toEqual(['identity']);
  });
});
