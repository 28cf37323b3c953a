import { describe, expect, it } from 'vitest';
import { buildComparison, type Comparison } from '../../../src/lib/compare/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

// Every value below is read off the fixture by hand: the figures are distinct per component (1, 10, 100, 1000 nodes),
// so a component counted by mistake shows in the totals and the contributions.
const reference = 'authgear-self-managed#resources-reference';
const options = 'authgear-self-managed#deployment-options';
const azure = 'authgear-azure#cloud-resources-requirements';
const anchor = (ref: string) => `src-${ref.replace('#', '-')}`;

/**
 * A stack with a shared VM (no figures of its own), a shared pod (figures of its own), components that state all,
 * some or no figures, an optional one, a load rule, managed services, notes of several kinds and a zone count.
 */
function buildStack() {
  return buildArchitecture({
    id: 'stack',
    product: 'Stack',
    loadDrivers: [
      { id: 'logins', label: 'logins per second', singular: 'login per second', source: reference },
      { id: 'users', label: 'users', singular: 'user', source: reference },
    ],
    variants: [
      {
        id: 'default',
        name: 'Default',
        summary: 'The only variant.',
        source: 'authgear-self-managed#introduction',
        availabilityZones: { min: 3, source: azure },
      },
    ],
    hosts: [
      { id: 'box', name: 'Shared box', kind: 'vm', components: ['api', 'worker'], source: options },
      {
        id: 'pod',
        name: 'Shared pod',
        kind: 'pod',
        components: ['cron', 'mailer'],
        requirements: [
          { scope: 'minimum', nodes: 10, vcpu: '2 vCPU', source: reference },
          { scope: 'recommended', memory: '4 GiB', source: azure },
        ],
        source: options,
      },
    ],
    notes: [
      { kind: 'recommendation', text: 'Run the database as a managed service.', source: azure },
      { kind: 'recommendation', text: 'Keep nightly backups.', source: reference },
      { kind: 'high-availability', text: 'Run two replicas of every service.', source: options },
      { kind: 'warning', text: 'A managed cache is not supported.', source: reference },
    ],
    components: [
      buildComponentInput({
        id: 'db',
        name: 'Database',
        requirements: [
          { scope: 'high-availability', nodes: 100, vcpu: '4 vCPU', memory: '16 GiB', source: reference },
          { scope: 'tested', nodes: 1000, vcpu: '64 vCPU', source: reference },
        ],
        managed: [
          { cloud: 'azure', service: 'azure-database-postgresql', sku: 'GP_Standard_D4s_v3', source: azure },
          { cloud: 'aws', service: 'amazon-rds-postgresql', source: reference },
        ],
        notes: [{ kind: 'high-availability', text: 'Replicate it to a standby.', source: azure }],
      }),
      buildComponentInput({
        id: 'redis',
        name: 'Redis cache',
        role: 'cache',
        technology: 'Redis',
        sizing: [{ driver: 'users', memory: '30 kB', approximate: true, source: reference }],
        notes: [
          { kind: 'recommendation', text: 'A MANAGED Redis saves upgrades.', source: azure },
          { kind: 'recommendation', text: 'Give it its own node.', source: reference },
        ],
      }),
      buildComponentInput({
        id: 'files',
        name: 'Files',
        role: 'object-storage',
        technology: undefined,
        // Production memory with the minimum's vCPU, as an architect reads it: two entries in one contribution.
        requirements: [
          { scope: 'production', memory: '8 GiB', source: azure },
          { scope: 'minimum', vcpu: '1 vCPU', source: reference },
        ],
      }),
      buildComponentInput({
        id: 'search',
        name: 'Search',
        role: 'search-engine',
        necessity: { level: 'optional', source: reference },
        requirements: [{ scope: 'minimum', nodes: 1000, vcpu: '8 vCPU', source: reference }],
      }),
      buildComponentInput({
        id: 'api',
        name: 'API',
        role: 'application-service',
        requirements: [{ scope: 'minimum', vcpu: '1 vCPU', memory: '1 GiB', source: reference }],
      }),
      buildComponentInput({ id: 'worker', name: 'Worker', role: 'job-worker' }),
      buildComponentInput({ id: 'cron', name: 'Cron', role: 'job-worker' }),
      buildComponentInput({ id: 'mailer', name: 'Mailer', role: 'email-sms-gateway' }),
    ],
  });
}

/** The stack's one column. */
function buildStackComparison(): Comparison {
  return buildComparison([buildStack()], ['stack.default']);
}

describe('buildComparison footprint cell (fixture with hosts)', () => {
  it('counts each host once and each counted component off a host with its own stated figures, hosts first', () => {
    const cell = buildStackComparison().footprint[0];
    expect(
      cell?.contributions.map((c) => ({ component: c.component, name: c.name, href: c.href, text: c.text, nodes: c.amounts.nodes })),
    ).toEqual([
      // A host without figures of its own: the sum of its members, on one machine, linked to its first member.
      {
        component: 'box',
        name: 'Shared box',
        href: '/architectures/stack/#component-api',
        text: 'the sum of 2 components on one vm',
        nodes: { low: 1, high: 1 },
      },
      {
        component: 'pod',
        name: 'Shared pod',
        href: '/architectures/stack/#component-cron',
        text: '10 nodes × (2 vCPU), minimum; 4 GiB memory, recommended',
        nodes: { low: 10, high: 10 },
      },
      // The tested figures (1000 nodes) are not what the vendor asks for, so the HA ones stand alone.
      {
        component: 'db',
        name: 'Database',
        href: '/architectures/stack/#component-db',
        text: '100 nodes × (4 vCPU, 16 GiB memory), for high availability',
        nodes: { low: 100, high: 100 },
      },
      {
        component: 'files',
        name: 'Files',
        href: '/architectures/stack/#component-files',
        text: '8 GiB memory, for production; 1 vCPU, minimum',
        // No node count stated: unstated, not one node.
        nodes: null,
      },
    ]);
  });

  it('cites the host document for a host without figures, and the figures themselves otherwise', () => {
    const cell = buildStackComparison().footprint[0];
    expect(cell?.contributions.map((c) => c.source.map((s) => s.anchor))).toEqual([
      [anchor(options)],
      [anchor(reference), anchor(azure)],
      [anchor(reference)],
      [anchor(azure), anchor(reference)],
    ]);
  });

  it('adds up the footprint: box 1 + pod 10 + db 100 nodes (files states none); the optional search (1000) is left out', () => {
    const totals = buildStackComparison().footprint[0]?.totals;
    // box: the API's 1 vCPU and 1 GiB; pod: 10 × (2 vCPU, 4 GiB); db: 100 × (4 vCPU, 16 GiB); files: 1 vCPU, 8 GiB.
    expect(totals).toEqual({
      nodes: { low: 111, high: 111 },
      vcpu: { low: 1 + 20 + 400 + 1, high: 1 + 20 + 400 + 1 },
      memoryGiB: { low: 1 + 40 + 1600 + 8, high: 1 + 40 + 1600 + 8 },
      storageGiB: null,
      iops: null,
    });
  });

  it('lists counted components off a host that state some figures, and those that state none by name', () => {
    const cell = buildStackComparison().footprint[0];
    expect(cell?.unstatedPartly).toEqual([
      { component: 'db', name: 'Database', resources: ['storageGiB'] },
      { component: 'files', name: 'Files', resources: ['nodes', 'storageGiB'] },
    ]);
    expect(cell?.unstatedEntirely).toEqual(['Redis cache']);
  });

  it('phrases each load rule with its component, its driver and a link to the component', () => {
    const cell = buildStackComparison().footprint[0];
    expect(cell?.loadRules).toEqual([
      {
        text: 'Redis cache: about 30 kB of memory per user',
        href: '/architectures/stack/#component-redis',
        source: [expect.objectContaining({ anchor: anchor(reference) })],
      },
    ]);
  });

  it('leaves out a host whose members are all optional, and a component that states only tested figures', () => {
    const architecture = buildArchitecture({
      id: 'spare',
      hosts: [{ id: 'spare-box', name: 'Spare box', kind: 'server', components: ['a', 'b'], source: options }],
      components: [
        buildComponentInput({ id: 'db', name: 'Database', requirements: [{ scope: 'tested', nodes: 1000, source: reference }] }),
        ...['a', 'b'].map((id) =>
          buildComponentInput({
            id,
            name: id.toUpperCase(),
            role: 'application-service',
            necessity: { level: 'optional', source: reference },
            requirements: [{ scope: 'minimum', nodes: 10, source: reference }],
          }),
        ),
      ],
    });
    const cell = buildComparison([architecture], ['spare.default']).footprint[0];
    expect(cell?.contributions).toEqual([]);
    expect(cell?.totals.nodes).toBeNull();
    expect(cell?.unstatedEntirely).toEqual(['Database']);
  });

  it('leaves the footprint empty when no counted component states a figure', () => {
    const bare = buildArchitecture({ id: 'bare', components: [buildComponentInput({ id: 'db' })] });
    expect(buildComparison([bare], ['bare.default']).footprint[0]).toEqual({
      totals: { nodes: null, vcpu: null, memoryGiB: null, storageGiB: null, iops: null },
      contributions: [],
      unstatedPartly: [],
      unstatedEntirely: ['PostgreSQL'],
      loadRules: [],
    });
  });
});

describe('buildComparison guidance rows (fixture)', () => {
  it('lists the zone count, HA-scoped requirements, then HA notes of the product and of its components', () => {
    const items = buildStackComparison().highAvailability[0];
    expect(items?.map(({ text, href }) => ({ text, href }))).toEqual([
      { text: 'Run across at least 3 availability zones.', href: '/architectures/stack/' },
      { text: 'Database: 100 nodes × (4 vCPU, 16 GiB memory), for high availability', href: '/architectures/stack/#component-db' },
      { text: 'Run two replicas of every service.', href: '/architectures/stack/' },
      { text: 'Database: Replicate it to a standby.', href: '/architectures/stack/#component-db' },
    ]);
    expect(items?.map((item) => item.source.map((s) => s.anchor))).toEqual([
      [anchor(azure)],
      [anchor(reference)],
      [anchor(options)],
      [anchor(azure)],
    ]);
  });

  it('lists the managed services the vendor names, then only the recommendations that mention a managed service', () => {
    const items = buildStackComparison().managedServices[0];
    expect(items?.map(({ text, href }) => ({ text, href }))).toEqual([
      {
        text: 'Database: Azure Azure Database for PostgreSQL flexible server, GP_Standard_D4s_v3 (named by the vendor)',
        href: '/architectures/stack/#component-db',
      },
      { text: 'Database: AWS Amazon RDS for PostgreSQL (named by the vendor)', href: '/architectures/stack/#component-db' },
      { text: 'Run the database as a managed service.', href: '/architectures/stack/' },
      { text: 'Redis cache: A MANAGED Redis saves upgrades.', href: '/architectures/stack/#component-redis' },
    ]);
    expect(items?.map((item) => item.source.map((s) => s.anchor))).toEqual([
      [anchor(azure)],
      [anchor(reference)],
      [anchor(azure)],
      [anchor(azure)],
    ]);
  });

  it('gives a variant without zones, HA figures, managed services or notes empty guidance rows', () => {
    const bare = buildArchitecture({ id: 'bare', components: [buildComponentInput({ id: 'db' })] });
    const comparison = buildComparison([bare], ['bare.default']);
    expect(comparison.highAvailability).toEqual([[]]);
    expect(comparison.managedServices).toEqual([[]]);
  });
});

describe('buildComparison cell components (fixture)', () => {
  it('describes each component of a cell: technology, necessity, condition, requirements, managed services, link', () => {
    const comparison = buildStackComparison();
    const db = comparison.rows.find((row) => row.role === 'relational-database')?.cells[0]?.components;
    expect(db?.map(({ sources: _sources, ...rest }) => rest)).toEqual([
      {
        id: 'db',
        name: 'Database',
        technology: 'PostgreSQL',
        necessity: 'required',
        condition: null,
        requirements: ['100 nodes × (4 vCPU, 16 GiB memory), for high availability', '1,000 nodes × (64 vCPU), as tested'],
        managed: ['Azure: Azure Database for PostgreSQL flexible server, GP_Standard_D4s_v3', 'AWS: Amazon RDS for PostgreSQL'],
        href: '/architectures/stack/#component-db',
      },
    ]);
    const files = comparison.rows.find((row) => row.role === 'object-storage')?.cells[0]?.components[0];
    expect(files).toMatchObject({ technology: null, managed: [], requirements: ['8 GiB memory, for production', '1 vCPU, minimum'] });
  });

  it('keeps the condition of a conditional component and gives a component without figures no requirements', () => {
    const architecture = buildArchitecture({
      id: 'cond',
      components: [
        buildComponentInput({ id: 'db', necessity: { level: 'conditional', condition: 'when you scale out', source: reference } }),
      ],
    });
    const [component] = buildComparison([architecture], ['cond.default']).rows[0]?.cells[0]?.components ?? [];
    expect(component).toMatchObject({ necessity: 'conditional', condition: 'when you scale out', requirements: [], managed: [] });
  });

  it('cites where the component is described and where its necessity is stated', () => {
    const architecture = buildArchitecture({
      id: 'cited',
      components: [buildComponentInput({ id: 'db', source: options, necessity: { level: 'required', source: azure } })],
    });
    const [component] = buildComparison([architecture], ['cited.default']).rows[0]?.cells[0]?.components ?? [];
    expect(component?.sources.map((s) => s.anchor)).toEqual(expect.arrayContaining([anchor(options), anchor(azure)]));
  });
});
