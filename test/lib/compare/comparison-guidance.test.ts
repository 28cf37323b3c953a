import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildComparison,
  buildComparisonCells,
  listFootprintRows,
  listComparisonColumns,
  type Comparison,
} from '../../../src/lib/compare/index.ts';
import { NOT_STATED } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const figures = 'authgear-self-managed#resources-reference';
const hint = 'authgear-azure#search-hint';
const intro = 'authgear-self-managed#introduction';

// Two variants: "ha" states zones, HA figures and notes; "plain" states nothing of the kind.
const architecture = buildArchitecture({
  id: 'demo',
  product: 'Demo',
  notes: [
    { kind: 'high-availability', text: 'Keep two replicas.', source: intro },
    { kind: 'recommendation', text: 'Prefer a managed cache.', source: intro },
    { kind: 'recommendation', text: 'Read the release notes.', source: intro },
    { kind: 'warning', text: 'Managed backups differ between clouds.', source: intro },
  ],
  variants: [
    { id: 'ha', name: 'HA', summary: 'With HA.', source: intro, availabilityZones: { min: 2, source: intro } },
    { id: 'plain', name: 'Plain', summary: 'Without.', source: intro },
  ],
  components: [
    buildComponentInput({
      id: 'db',
      name: 'Database',
      technology: 'PostgreSQL',
      requirements: [
        { scope: 'minimum', nodes: 1, vcpu: 1, source: figures },
        { scope: 'high-availability', nodes: 3, vcpu: 2, memory: '8 GB', source: hint },
      ],
      managed: [{ cloud: 'gcp', service: 'cloud-sql-postgresql', source: hint }],
      notes: [
        { kind: 'high-availability', text: 'Use streaming replication.', source: intro },
        { kind: 'recommendation', text: 'Prefer managed PostgreSQL.', source: intro },
      ],
      sizing: [{ resource: 'storage', perUser: '2 MB', source: figures }],
    }),
    buildComponentInput({
      id: 'cache',
      name: 'Cache',
      role: 'cache',
      technology: 'Cache',
      requirements: [{ memory: '1 GB', source: figures }],
    }),
    buildComponentInput({
      id: 'search',
      name: 'Search',
      role: 'search-engine',
      necessity: { level: 'optional', source: figures },
      requirements: [{ nodes: 100, source: figures }],
    }),
    buildComponentInput({ id: 'queue', name: 'Queue', role: 'message-broker', variants: ['ha'] }),
  ],
});
// Built in beforeEach, not while the file loads: Stryker switches a mutant on per test, so results computed at load
// time would never see it.
let comparison: Comparison;
beforeEach(() => {
  comparison = buildComparison([architecture]);
});

describe('columns', () => {
  it('gives each variant a key, paths and its place', () => {
    expect(listComparisonColumns([architecture])).toEqual([
      {
        key: 'demo.ha',
        architecture: 'demo',
        product: 'Demo',
        vendor: 'Fixture Inc.',
        variant: 'ha',
        variantName: 'HA',
        isDefault: true,
        path: '/architectures/demo/',
        sizingPath: '/sizing/demo/',
      },
      {
        key: 'demo.plain',
        architecture: 'demo',
        product: 'Demo',
        vendor: 'Fixture Inc.',
        variant: 'plain',
        variantName: 'Plain',
        isDefault: false,
        path: '/architectures/demo/plain/',
        sizingPath: '/sizing/demo/plain/',
      },
    ]);
  });
});

describe('cells', () => {
  it('describes each component with its requirements, managed services, link and sources', () => {
    const db = comparison.rows.find((r) => r.role === 'relational-database')?.cells[1]?.components[0];
    expect(db).toMatchObject({
      id: 'db',
      name: 'Database',
      technology: 'PostgreSQL',
      necessity: 'required',
      condition: null,
      requirements: ['1 node × 1 vCPU, minimum', '3 nodes × 2 vCPU, 8 GB memory, for high availability'],
      managed: ['Google Cloud: Cloud SQL for PostgreSQL'],
      href: '/architectures/demo/plain/#component-db',
    });
    expect(db?.sources.map((s) => s.anchor)).toEqual([
      'src-authgear-self-managed-resources-reference',
      'src-authgear-azure-search-hint',
      'src-authgear-self-managed-introduction',
    ]);
  });

  it('orders rows by role category and leaves a role not used where a variant lacks it', () => {
    expect(comparison.rows.map((r) => [r.role, r.category, r.categoryLabel])).toEqual([
      ['relational-database', 'data', 'Data'],
      ['cache', 'data', 'Data'],
      ['search-engine', 'data', 'Data'],
      ['message-broker', 'data', 'Data'],
    ]);
    expect(comparison.rows.find((r) => r.role === 'message-broker')?.cells.map((c) => c.status)).toEqual(['required', 'not-used']);
  });
});

describe('footprint', () => {
  it('counts the HA figures of required components, lists per-user rules, and splits the unstated', () => {
    const [ha] = comparison.footprint;
    // Database 3 nodes x 2 vCPU x 8 GiB (HA entry) + Cache 1 GiB counted once; Search (100 nodes) is optional, so it
    // neither adds nor contributes; Queue states nothing.
    expect(ha?.totals).toEqual({ nodes: 3, vcpu: 6, memoryGiB: 25, storageGiB: null });
    expect(ha?.contributions).toMatchObject([
      { component: 'db', name: 'Database', nodes: 3, vcpu: 6, memoryGiB: 24, storageGiB: null, href: '/architectures/demo/#component-db' },
      { component: 'cache', name: 'Cache', nodes: null, vcpu: null, memoryGiB: 1, storageGiB: null },
    ]);
    expect(ha?.contributions[0]?.text).toBe('3 nodes × 2 vCPU, 8 GB memory, for high availability');
    expect(ha?.contributions[0]?.source.section).toBe('search-hint');
    expect(ha?.perUser).toMatchObject([{ text: 'Database: 2 MB of storage per user', href: '/architectures/demo/#component-db' }]);
    expect(ha?.unstatedPartly.map((u) => [u.component, u.resources])).toEqual([
      ['db', ['storageGiB']],
      ['cache', ['nodes', 'vcpu', 'storageGiB']],
    ]);
    expect(ha?.unstatedEntirely).toEqual(['Queue']);
  });

  it('labels and formats the footprint rows, not stated where nothing counted states a figure', () => {
    expect(listFootprintRows(comparison)).toEqual([
      { resource: 'nodes', label: 'Nodes', values: ['3', '3'] },
      { resource: 'vcpu', label: 'vCPU', values: ['6', '6'] },
      { resource: 'memoryGiB', label: 'Memory', values: ['25 GiB', '25 GiB'] },
      { resource: 'storageGiB', label: 'Storage', values: [NOT_STATED, NOT_STATED] },
    ]);
  });
});

describe('guidance rows', () => {
  it('collects zones, HA-scoped requirements and HA notes into the high-availability row', () => {
    expect(comparison.highAvailability[0]?.map((g) => [g.text, g.href])).toEqual([
      ['Run across at least 2 availability zones.', '/architectures/demo/'],
      ['Database: 3 nodes × 2 vCPU, 8 GB memory, for high availability', '/architectures/demo/#component-db'],
      ['Keep two replicas.', '/architectures/demo/'],
      ['Database: Use streaming replication.', '/architectures/demo/#component-db'],
    ]);
    expect(comparison.highAvailability[1]?.map((g) => g.text)).toEqual([
      'Database: 3 nodes × 2 vCPU, 8 GB memory, for high availability',
      'Keep two replicas.',
      'Database: Use streaming replication.',
    ]);
  });

  it('collects vendor-named services and recommendations that mention managed services into the managed row', () => {
    expect(comparison.managedServices[0]?.map((g) => [g.text, g.href, g.source.section])).toEqual([
      ['Database: Google Cloud Cloud SQL for PostgreSQL (named by the vendor)', '/architectures/demo/#component-db', 'search-hint'],
      ['Prefer a managed cache.', '/architectures/demo/', 'introduction'],
      ['Database: Prefer managed PostgreSQL.', '/architectures/demo/#component-db', 'introduction'],
    ]);
  });
});

describe('buildComparisonCells', () => {
  it('writes a Role column, a column per variant, each cell as status then components, then the footprint rows', () => {
    const cells = buildComparisonCells(comparison);
    expect(cells.header).toEqual(['Role', 'Demo: HA', 'Demo: Plain']);
    expect(cells.body[0]).toEqual([
      'Relational database',
      'Required\nDatabase (PostgreSQL): 1 node × 1 vCPU, minimum; 3 nodes × 2 vCPU, 8 GB memory, for high availability',
      'Required\nDatabase (PostgreSQL): 1 node × 1 vCPU, minimum; 3 nodes × 2 vCPU, 8 GB memory, for high availability',
    ]);
    // A technology equal to the name is not repeated; a component without requirements is its name alone.
    expect(cells.body[1]?.[1]).toBe('Required\nCache: 1 GB memory, minimum');
    expect(cells.body[2]?.[1]).toBe('Optional\nSearch (PostgreSQL): 100 nodes, minimum');
    expect(cells.body[3]?.slice(1)).toEqual(['Required\nQueue (PostgreSQL)', 'Not used']);
    expect(cells.body.slice(-4).map((row) => row[0])).toEqual([
      'Stated minimum footprint: Nodes',
      'Stated minimum footprint: vCPU',
      'Stated minimum footprint: Memory',
      'Stated minimum footprint: Storage',
    ]);
  });

  it('keeps a line break inside a text from splitting the cell', () => {
    const multiLine = buildArchitecture({ components: [buildComponentInput({ name: 'Two\nlines', technology: 'A\r\nB' })] });
    expect(buildComparisonCells(buildComparison([multiLine])).body[0]?.[1]).toBe('Required\nTwo lines (A B)');
  });
});
