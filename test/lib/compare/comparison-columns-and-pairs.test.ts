import { describe, expect, it } from 'vitest';
import {
  buildCategoryComparisons,
  buildComparison,
  findComparisonPair,
  groupRowsByCategory,
  listCategoryPairs,
  listComparisonColumns,
  listComparisonPairs,
  listPickerColumns,
  listPrerenderedComparisonPairs,
  MATRIX_PRODUCT_LIMIT,
  parseComparisonSelection,
  type RoleRow,
} from '../../../src/lib/compare/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';

/** An architecture with the given id and category and the fixture's one component. */
const make = (id: string, category: 'identity' | 'internal-tools' = 'identity') =>
  buildArchitecture({ id, product: id.toUpperCase(), category });

/** An architecture with two variants, the first the default. */
const buildTwoVariants = () =>
  buildArchitecture({
    id: 'duo',
    product: 'Duo',
    vendor: 'Duo Inc.',
    category: 'internal-tools',
    variants: [
      { id: 'small', name: 'Small', summary: 'One node.', source },
      { id: 'large', name: 'Large', summary: 'Many nodes.', source },
    ],
  });

describe('listComparisonColumns', () => {
  it('makes a column per variant with its key, product facts and links, the first variant the default', () => {
    expect(listComparisonColumns([buildTwoVariants()])).toEqual([
      {
        key: 'duo.small',
        architecture: 'duo',
        product: 'Duo',
        vendor: 'Duo Inc.',
        category: 'internal-tools',
        variant: 'small',
        variantName: 'Small',
        isDefault: true,
        path: '/architectures/duo/',
        sizingPath: '/sizing/duo/',
      },
      {
        key: 'duo.large',
        architecture: 'duo',
        product: 'Duo',
        vendor: 'Duo Inc.',
        category: 'internal-tools',
        variant: 'large',
        variantName: 'Large',
        isDefault: false,
        path: '/architectures/duo/large/',
        sizingPath: '/sizing/duo/large/',
      },
    ]);
  });
});

describe('parseComparisonSelection', () => {
  it('keeps the known keys in catalogue order and counts each unknown value', () => {
    const architectures = [buildTwoVariants(), make('solo')];
    expect(parseComparisonSelection(['solo.default', 'nope', 'duo.small', 'duo.medium', '<b>x</b>'], architectures)).toEqual({
      keys: ['duo.small', 'solo.default'],
      ignored: 3,
    });
    expect(parseComparisonSelection([], architectures)).toEqual({ keys: [], ignored: 0 });
  });
});

describe('listComparisonPairs and listCategoryPairs', () => {
  it('sorts the architectures by id and lists each unordered pair once as a "<a>-vs-<b>" slug', () => {
    const pairs = listComparisonPairs([make('gamma'), make('alpha'), make('beta')]);
    expect(pairs.map((pair) => [pair.slug, pair.left.id, pair.right.id])).toEqual([
      ['alpha-vs-beta', 'alpha', 'beta'],
      ['alpha-vs-gamma', 'alpha', 'gamma'],
      ['beta-vs-gamma', 'beta', 'gamma'],
    ]);
  });

  it('keeps only the pairs of one category', () => {
    const architectures = [make('gamma', 'internal-tools'), make('alpha'), make('beta'), make('delta', 'internal-tools')];
    expect(listCategoryPairs(architectures).map((pair) => pair.slug)).toEqual(['alpha-vs-beta', 'delta-vs-gamma']);
  });

  it('prerenders the pairs of a small category and none across categories', () => {
    const architectures = [make('gamma', 'internal-tools'), make('alpha'), make('beta')];
    expect(listPrerenderedComparisonPairs(architectures).map((pair) => pair.slug)).toEqual(['alpha-vs-beta']);
  });
});

describe('findComparisonPair', () => {
  it('finds nothing when either side of the slug names no architecture', () => {
    const architectures = [make('alpha'), make('beta')];
    expect(findComparisonPair(architectures, 'alpha-vs-nope')).toBeUndefined();
    expect(findComparisonPair(architectures, 'nope-vs-beta')).toBeUndefined();
    expect(findComparisonPair(architectures, 'alpha-vs-beta')).toMatchObject({
      slug: 'alpha-vs-beta',
      left: { id: 'alpha' },
      right: { id: 'beta' },
    });
  });
});

describe('groupRowsByCategory', () => {
  const row = (role: RoleRow['role'], category: string, categoryLabel: string): RoleRow => ({
    role,
    label: role,
    category,
    categoryLabel,
    cells: [],
    differs: false,
  });

  it('starts a group at each change of category, labelled by its first row', () => {
    const rows = [
      row('job-worker', 'application', 'Application'),
      row('frontend', 'application', 'Application'),
      row('cache', 'data', 'Data'),
      row('dns', 'network', 'Network'),
      row('cdn', 'network', 'Network'),
    ];
    expect(groupRowsByCategory(rows).map((g) => [g.category, g.label, g.rows.map((r) => r.role)])).toEqual([
      ['application', 'Application', ['job-worker', 'frontend']],
      ['data', 'Data', ['cache']],
      ['network', 'Network', ['dns', 'cdn']],
    ]);
  });

  it('gives no groups for no rows', () => {
    expect(groupRowsByCategory([])).toEqual([]);
  });
});

describe('buildComparison row order', () => {
  it('orders rows by role category, then as the registry lists the roles', () => {
    // The registry lists repository-storage (data) before container-orchestration (compute), and job-worker
    // (application) before both.
    const architecture = buildArchitecture({
      id: 'mixed',
      components: ['repository-storage', 'cache', 'container-orchestration', 'job-worker'].map((role) =>
        buildComponentInput({ id: role, role: role as 'cache' }),
      ),
    });
    expect(buildComparison([architecture], ['mixed.default']).rows.map((r) => [r.role, r.category, r.categoryLabel])).toEqual([
      ['container-orchestration', 'compute', 'Compute'],
      ['job-worker', 'application', 'Application'],
      ['repository-storage', 'data', 'Data'],
      ['cache', 'data', 'Data'],
    ]);
  });
});

describe('buildCategoryComparisons', () => {
  it(`builds a matrix for a category of exactly MATRIX_PRODUCT_LIMIT (${MATRIX_PRODUCT_LIMIT}) products and none for one more`, () => {
    const identity = Array.from({ length: MATRIX_PRODUCT_LIMIT }, (_, i) => make(`id-${i}`));
    const tools = Array.from({ length: MATRIX_PRODUCT_LIMIT + 1 }, (_, i) => make(`tool-${i}`, 'internal-tools'));
    const sections = buildCategoryComparisons([...identity, ...tools]);
    expect(sections.map((s) => [s.category, s.architectures.length, s.comparison?.columns.length])).toEqual([
      ['identity', 8, 8],
      ['internal-tools', 9, undefined],
    ]);
  });

  it('describes each category with its label, plural, description, products and page', () => {
    expect(buildCategoryComparisons([make('solo')])).toMatchObject([
      {
        category: 'identity',
        label: 'Identity and access management',
        plural: 'identity servers',
        description: 'Servers that sign users in, issue tokens and manage accounts for your applications.',
        architectures: [{ id: 'solo', product: 'SOLO' }],
        path: '/categories/identity/',
      },
    ]);
  });

  it('computes the category comparisons once per catalogue array', () => {
    const architectures = [make('solo')];
    expect(buildCategoryComparisons(architectures)).toBe(buildCategoryComparisons(architectures));
    expect(buildCategoryComparisons([...architectures])).not.toBe(buildCategoryComparisons(architectures));
  });
});

describe('listPickerColumns', () => {
  it('offers no column of a large catalogue when nothing is chosen yet', () => {
    const architectures = Array.from({ length: 41 }, (_, i) => make(`arch-${String(i).padStart(2, '0')}`));
    expect(listPickerColumns(architectures)).toEqual({ columns: [], complete: false });
    expect(listPickerColumns(architectures, ['arch-07.default']).columns.map((c) => c.key)).toEqual(['arch-07.default']);
  });
});
