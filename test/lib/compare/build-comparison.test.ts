import { describe, expect, it } from 'vitest';
import {
  findComparisonPair,
  listPrerenderedComparisonPairs,
  PRERENDERED_PAIR_LIMIT,
  buildComparison,
  findDifferences,
  formatCellStatus,
  groupRowsByCategory,
  listComparisonColumns,
  listCategoryPairs,
  listComparisonPairs,
  listPickerColumns,
  MATRIX_PRODUCT_LIMIT,
  parseComparisonSelection,
  PICKER_PRODUCT_LIMIT,
  buildCategoryComparisons,
} from '../../../src/lib/compare/index.ts';
import { sizingResources, resolveVariant } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';
import { buildSyntheticCatalogue } from '../../fixtures/build-synthetic-catalogue.ts';

const architectures = loadContentArchitectures();
const source = 'authgear-self-managed#resources-reference';

describe('buildComparison over the real catalogue', () => {
  // A fresh array each time: the whole-catalogue comparison is cached per array, and a value computed once would hide
  // the mutant active in a later test (TESTING.md).
  const buildRealComparison = () => buildComparison([...architectures]);

  it('has a column for every variant of every architecture', () => {
    const comparison = buildRealComparison();
    const expected = architectures.flatMap((a) => a.variants.map((v) => `${a.id}.${v.id}`));
    expect(comparison.columns.map((c) => c.key)).toEqual(expected);
    for (const architecture of architectures) expect(comparison.columns.some((c) => c.architecture === architecture.id)).toBe(true);
  });

  it('has a row for every role any column uses, with a cell per column; unused roles are "not-used"', () => {
    const comparison = buildRealComparison();
    const used = new Set(architectures.flatMap((a) => a.variants.flatMap((v) => resolveVariant(a, v.id).components.map((c) => c.role))));
    expect(new Set(comparison.rows.map((r) => r.role))).toEqual(used);
    for (const row of comparison.rows) {
      expect(row.cells).toHaveLength(comparison.columns.length);
      row.cells.forEach((cell, index) => {
        const column = comparison.columns[index];
        const architecture = architectures.find((a) => a.id === column?.architecture);
        const inColumn =
          architecture && column ? resolveVariant(architecture, column.variant).components.filter((c) => c.role === row.role) : [];
        expect(cell.status === 'not-used').toBe(inColumn.length === 0);
        expect(cell.components.map((c) => c.id)).toEqual(inColumn.map((c) => c.id));
      });
    }
  });

  it('footprint totals equal the sum of their contributions', () => {
    const comparison = buildRealComparison();
    for (const cell of comparison.footprint) {
      for (const resource of sizingResources) {
        const stated = cell.contributions.flatMap((c) => (c.amounts[resource] ? [c.amounts[resource]] : []));
        if (stated.length === 0) expect(cell.totals[resource]).toBeNull();
        else {
          expect(cell.totals[resource]?.low).toBeCloseTo(
            stated.reduce((sum, c) => sum + c.low, 0),
            9,
          );
          expect(cell.totals[resource]?.high).toBeCloseTo(
            stated.reduce((sum, c) => sum + c.high, 0),
            9,
          );
        }
      }
    }
  });

  it('states the Authgear footprint from the HA figures: 5 nodes, 10 vCPU, 40 GiB, 1000 GiB, plus Redis per user', () => {
    const comparison = buildRealComparison();
    const index = comparison.columns.findIndex((c) => c.key === 'authgear.self-managed');
    const cell = comparison.footprint[index];
    const point = (value: number) => ({ low: value, high: value });
    expect(cell?.totals).toEqual({ nodes: point(5), vcpu: point(10), memoryGiB: point(40), storageGiB: point(1000), iops: null });
    expect(cell?.loadRules.map((p) => p.text)).toEqual(['Redis: about 30 kB of memory per user']);
    expect(comparison.highAvailability[index]?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('buildComparison on fixtures', () => {
  const left = buildArchitecture({
    id: 'left',
    product: 'Left',
    components: [
      buildComponentInput({ id: 'db', requirements: [{ scope: 'minimum', versions: [{ product: 'PostgreSQL', min: '13' }], source }] }),
      buildComponentInput({ id: 'cache', role: 'cache', necessity: { level: 'optional', source } }),
      buildComponentInput({ id: 'cache-2', role: 'cache', necessity: { level: 'required', source } }),
    ],
  });
  const right = buildArchitecture({
    id: 'right',
    product: 'Right',
    components: [
      buildComponentInput({ id: 'search', role: 'search-engine', necessity: { level: 'optional', source } }),
      buildComponentInput({ id: 'db', necessity: { level: 'conditional', condition: 'when X', source } }),
    ],
  });
  const buildFixtureComparison = () => buildComparison([left, right]);

  it('takes the strongest necessity when several components share a role', () => {
    const comparison = buildFixtureComparison();
    expect(comparison.rows.find((r) => r.role === 'cache')?.cells[0]?.status).toBe('required');
  });

  it('names the product and version floor in the cell', () => {
    const comparison = buildFixtureComparison();
    const db = comparison.rows.find((r) => r.role === 'relational-database')?.cells[0]?.components[0];
    expect(db?.requirements[0]).toMatch(/PostgreSQL 13\+/);
    expect(db?.href).toBe('/architectures/left/#component-db');
  });

  it('lists what one needs that the other does not', () => {
    const comparison = buildFixtureComparison();
    const differences = findDifferences(comparison, 0, 1);
    expect(differences.onlyLeft.map((d) => d.role)).toEqual(['cache']);
    expect(differences.onlyRight.map((d) => d.role)).toEqual(['search-engine']);
    expect(differences.different).toMatchObject([{ role: 'relational-database', left: 'required', right: 'conditional' }]);
  });

  it('reports null footprint totals, not zero, when nothing is stated', () => {
    const comparison = buildFixtureComparison();
    expect(comparison.footprint[1]?.totals).toEqual({ nodes: null, vcpu: null, memoryGiB: null, storageGiB: null, iops: null });
  });

  it('keeps only the selected columns', () => {
    expect(buildComparison([left, right], ['right.default']).columns.map((c) => c.key)).toEqual(['right.default']);
  });
});

describe('comparison selection and pairs', () => {
  it('lists every unordered pair once, in id order', () => {
    const pairs = listComparisonPairs(architectures);
    const n = architectures.length;
    expect(pairs).toHaveLength((n * (n - 1)) / 2);
    for (const pair of pairs) expect(pair.slug).toBe(`${pair.left.id}-vs-${pair.right.id}`);
    expect(new Set(pairs.map((p) => p.slug)).size).toBe(pairs.length);
  });

  it('keeps known picker values in catalogue order and counts unknown ones', () => {
    const keys = listComparisonColumns(architectures).map((c) => c.key);
    const chosen = [keys[keys.length - 1] as string, keys[0] as string];
    expect(parseComparisonSelection([...chosen, 'nope', '<b>x</b>'], architectures)).toEqual({
      keys: [keys[0], keys[keys.length - 1]],
      ignored: 2,
    });
  });
});

describe('groupRowsByCategory and formatCellStatus', () => {
  it('groups consecutive rows of a category, in category order', () => {
    const groups = groupRowsByCategory(buildComparison([...architectures]).rows);
    const categories = groups.map((g) => g.category);
    expect(new Set(categories).size).toBe(categories.length);
    expect(groups.flatMap((g) => g.rows.map((r) => r.category === g.category)).every(Boolean)).toBe(true);
  });

  it('labels "not-used" as Not used', () => {
    expect(formatCellStatus('not-used')).toBe('Not used');
  });
});

describe('footprint unstated lists', () => {
  it('separates components missing some figures from those stating none', () => {
    const comparison = buildComparison(architectures, ['authgear.azure']);
    const cell = comparison.footprint[0];
    expect(cell?.unstatedPartly.map((u) => [u.component, u.resources])).toContainEqual(['postgresql', ['memoryGiB', 'storageGiB']]);
    expect(cell?.unstatedEntirely).toContain('Azure Cache for Redis');
    expect(cell?.unstatedPartly.map((u) => u.name)).not.toContain('Azure Cache for Redis');
  });
});

describe('pair pages at scale', () => {
  const make = (id: string) => buildArchitecture({ id, product: id.toUpperCase() });

  it('finds a pair by slug even when ids themselves contain "-vs-"', () => {
    const architectures = [make('alpha'), make('beta-vs-gamma'), make('beta')];
    expect(findComparisonPair(architectures, 'alpha-vs-beta-vs-gamma')?.right.id).toBe('beta-vs-gamma');
    expect(findComparisonPair(architectures, 'alpha-vs-beta')?.right.id).toBe('beta');
    expect(findComparisonPair(architectures, 'beta-vs-alpha')).toBeUndefined();
    expect(findComparisonPair(architectures, 'alpha-vs-alpha')).toBeUndefined();
    expect(findComparisonPair(architectures, 'nope')).toBeUndefined();
  });

  it('prerenders every pair up to the limit and none beyond it', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => make(`arch-${String(i).padStart(3, '0')}`));
    const atLimit = ids(PRERENDERED_PAIR_LIMIT);
    expect(listPrerenderedComparisonPairs(atLimit)).toHaveLength((PRERENDERED_PAIR_LIMIT * (PRERENDERED_PAIR_LIMIT - 1)) / 2);
    expect(listPrerenderedComparisonPairs(ids(PRERENDERED_PAIR_LIMIT + 1))).toEqual([]);
  });

  it('lists the same pairs, in the same order, as filtering every pair by category', () => {
    const mixed = [
      ...Array.from({ length: 5 }, (_, i) => buildArchitecture({ id: `zeta-${i}`, category: 'identity' })),
      ...Array.from({ length: PRERENDERED_PAIR_LIMIT + 1 }, (_, i) => buildArchitecture({ id: `mid-${i}`, category: 'internal-tools' })),
      ...Array.from({ length: 4 }, (_, i) => buildArchitecture({ id: `alpha-${i}`, category: 'solid-servers' })),
    ];
    const slugs = (pairs: { slug: string }[]) => pairs.map((pair) => pair.slug);
    const sameCategory = listComparisonPairs(mixed).filter((pair) => pair.left.category === pair.right.category);
    expect(slugs(listCategoryPairs(mixed))).toEqual(slugs(sameCategory));
    expect(slugs(listPrerenderedComparisonPairs(mixed))).toEqual(
      slugs(sameCategory.filter((pair) => pair.left.category !== 'internal-tools')),
    );
  });
});

describe('comparisons at catalogue scale', () => {
  const large = buildSyntheticCatalogue(60);

  it('gives a category a matrix only up to MATRIX_PRODUCT_LIMIT products, and the others their category page', () => {
    const sections = buildCategoryComparisons(large);
    expect(sections.length).toBeGreaterThan(0);
    for (const section of sections) {
      expect(section.comparison === undefined).toBe(section.architectures.length > MATRIX_PRODUCT_LIMIT);
      expect(section.path).toBe(`/categories/${section.category}/`);
    }
    const small = buildCategoryComparisons(large.slice(0, 8));
    expect(small.every((section) => section.comparison !== undefined)).toBe(true);
  });

  it('computes the whole-catalogue comparison once per catalogue array, and a selection afresh', () => {
    expect(buildComparison(large)).toBe(buildComparison(large));
    expect(buildComparison([...large])).not.toBe(buildComparison(large));
    expect(buildComparison([...large])).toEqual(buildComparison(large));
    const key = listComparisonColumns(large)[0]!.key;
    expect(buildComparison(large, [key]).columns.map((column) => column.key)).toEqual([key]);
  });

  it('lists every column in the picker up to PICKER_PRODUCT_LIMIT products, else only the chosen products’ variants', () => {
    const all = listComparisonColumns(large);
    expect(large.length).toBeGreaterThan(PICKER_PRODUCT_LIMIT);
    expect(listPickerColumns(large.slice(0, PICKER_PRODUCT_LIMIT))).toEqual({
      columns: listComparisonColumns(large.slice(0, PICKER_PRODUCT_LIMIT)),
      complete: true,
    });
    const chosen = all[3]!;
    const picked = listPickerColumns(large, [chosen.key]);
    expect(picked.complete).toBe(false);
    expect(picked.columns.map((column) => column.architecture)).toEqual(
      large.find((a) => a.id === chosen.architecture)!.variants.map(() => chosen.architecture),
    );
    expect(listPickerColumns(large).columns).toEqual([]);
  });
});
