import { describe, expect, it } from 'vitest';
import { joinWords, listArchitectureFacts, listComponentFacts, listVariantFacts, resolveVariant } from '../../../src/lib/model/index.ts';
import type { ArchitectureInput } from '../../../src/schemas/architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const intro = 'authgear-self-managed#introduction';
const resources = 'authgear-self-managed#resources-reference';
const options = 'authgear-self-managed#deployment-options';

/** A component stating one fact of every kind a component fact can have, each with text that tells it apart. */
function buildDetailedComponent(): ArchitectureInput['components'][number] {
  return buildComponentInput({
    examples: ['Amazon RDS', 'Cloud SQL', 'Azure Database'],
    necessity: { level: 'conditional', condition: 'only with the audit log', source: resources, basis: 'inferred' },
    edition: { name: 'Enterprise edition', text: 'Audit logs need it.', source: options },
    requirements: [{ scope: 'minimum', nodes: 2, vcpu: 2, note: 'Per replica. ', source: resources }],
    sizing: [{ driver: 'users', per: 1000, memory: '30 MB', approximate: true, note: 'Measured on 14.', source: resources }],
    limits: [{ resource: 'memory', times: 2, text: 'The limit is twice the request.', source: resources }],
    thresholds: [{ driver: 'users', above: 100000, level: 'required', text: 'Above that, run a replica.', source: resources }],
    managed: [
      { cloud: 'aws', service: 'amazon-rds-postgresql', sku: 'db.m7g.large', note: 'Multi-AZ.', source: resources },
      { cloud: 'azure', service: 'azure-database-postgresql', source: resources },
    ],
    incompatible: [{ with: 'PgBouncer in transaction mode', text: 'Prepared statements break.', source: resources }],
    placement: { subnet: 'private', source: resources },
    runtime: { needed: 'startup-only', source: resources },
    ports: [{ port: 5432, purpose: 'SQL clients.', source: resources }],
    settings: [
      { name: 'max_connections', value: '200', status: 'recommended', text: 'One per worker.', source: resources },
      { name: 'wal_level', value: 'logical', status: 'required', source: resources },
    ],
    dns: [{ type: 'CNAME', name: 'db.<DOMAIN>', target: 'the load balancer', source: resources }],
    notes: [{ kind: 'warning', text: 'Back it up daily.', source: resources }],
  });
}

/** The architecture around the detailed component: a users driver, a Redis component and a variant with its own facts. */
function buildDetailedArchitecture() {
  return buildArchitecture({
    loadDrivers: [
      { id: 'users', label: 'users', singular: 'user', description: 'Monthly active users.', source: intro },
      { id: 'logins', label: 'logins per second', singular: 'login per second', source: intro },
    ],
    variants: [
      {
        id: 'default',
        name: 'Production',
        summary: 'Two nodes behind a balancer.',
        edition: { name: 'Business plan', source: options },
        rated: [
          { driver: 'users', min: 1000, max: 50000, basis: 'rated', source: intro },
          { driver: 'users', max: 1, basis: 'tested', text: 'One user only.', source: intro },
          { driver: 'users', min: 200000, basis: 'rated', source: intro },
          { driver: 'logins', max: 5, basis: 'rated', source: intro },
        ],
        availabilityZones: { min: 3, source: options },
        regions: { min: 2, source: options },
        notes: [{ kind: 'limitation', text: 'One region only.', source: options }],
        source: intro,
      },
    ],
    groups: [
      { id: 'data', label: 'Data tier' },
      { id: 'empty', label: 'Empty tier' },
    ],
    components: [
      { ...buildDetailedComponent(), group: 'data' },
      buildComponentInput({
        id: 'redis',
        name: 'Redis',
        role: 'cache',
        technology: undefined,
        necessity: { level: 'optional', source: intro },
        source: intro,
        group: 'data',
      }),
    ],
    hosts: [
      {
        id: 'db-host',
        name: 'Database server',
        kind: 'vm',
        components: ['postgresql', 'redis'],
        requirements: [{ scope: 'recommended', vcpu: 4, source: options }],
        source: options,
      },
    ],
    connections: [
      { from: 'postgresql', to: 'redis', label: 'cache reads', basis: 'stated', source: resources },
      { from: 'redis', to: 'postgresql', basis: 'inferred', source: intro },
    ],
    conflicts: [
      {
        topic: 'Required PostgreSQL version',
        statements: [
          { text: 'Version 13 or later.', source: resources },
          { text: 'Version 14 or later', source: options },
        ],
      },
    ],
  });
}

describe('joinWords', () => {
  it('joins none, one, two and three items as a sentence would', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b'])).toBe('a and b');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('listComponentFacts', () => {
  it('lists one fact per stated item, in the fixed order, each in its own words', () => {
    const resolved = resolveVariant(buildDetailedArchitecture(), 'default');
    const component = resolved.components[0]!;
    const facts = listComponentFacts(resolved, component);
    expect(facts.map((f) => [f.attribute, f.text])).toEqual([
      ['purpose', 'Stores the product state.'],
      ['role', 'Role: Relational database'],
      ['technology', 'Technology: PostgreSQL'],
      ['examples', 'Examples the vendor names: Amazon RDS, Cloud SQL and Azure Database'],
      ['necessity', 'Conditional: only with the audit log'],
      ['edition', 'Needs the Enterprise edition: Audit logs need it'],
      ['requirement', '2 nodes × (2 vCPU), minimum. Per replica'],
      ['sizing-rule', 'about 30 MB of memory per 1,000 users. Measured on 14'],
      ['limit-rule', 'The limit is twice the request'],
      ['threshold', 'Above 100,000 users, required: Above that, run a replica'],
      ['managed-service', 'AWS: Amazon RDS for PostgreSQL, db.m7g.large (Multi-AZ)'],
      ['managed-service', 'Azure: Azure Database for PostgreSQL flexible server'],
      ['incompatibility', 'Not supported: PgBouncer in transaction mode. Prepared statements break'],
      ['placement', 'Runs in a private subnet'],
      ['runtime', 'Needed only when containers or services start or restart'],
      ['port', 'Port 5432/tcp: SQL clients'],
      ['setting', 'max_connections = 200 (recommended): One per worker'],
      ['setting', 'wal_level = logical (required)'],
      ['dns', 'DNS CNAME db.<DOMAIN> pointing at the load balancer'],
      ['note', 'Warning: Back it up daily'],
    ]);
  });

  it('numbers fact ids by position and keeps the basis, the kind of a note and the sources of each item', () => {
    const resolved = resolveVariant(buildDetailedArchitecture(), 'default');
    const facts = listComponentFacts(resolved, resolved.components[0]!);
    expect(facts[0]).toMatchObject({
      id: 'fixture/default/postgresql/purpose/0',
      architecture: 'fixture',
      variant: 'default',
      component: 'postgresql',
      subject: 'PostgreSQL',
      basis: 'stated',
    });
    expect(facts[0]).not.toHaveProperty('kind');
    expect(facts[1]).toMatchObject({ id: 'fixture/default/postgresql/role/1', basis: 'inferred' });
    expect(facts[4]).toMatchObject({ attribute: 'necessity', basis: 'inferred' });
    expect(facts[4]?.sources.map((s) => s.anchor)).toEqual(['src-authgear-self-managed-resources-reference']);
    expect(facts[5]?.sources.map((s) => s.anchor)).toEqual(['src-authgear-self-managed-deployment-options']);
    const note = facts.find((f) => f.attribute === 'note');
    expect(note).toMatchObject({ id: 'fixture/default/postgresql/note/19', kind: 'warning' });
  });

  it('writes a runtime dependency needed at all times, and an edition without text, plainly', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          runtime: { needed: 'always', source: resources },
          edition: { name: 'Pro plan', source: resources },
        }),
      ],
    });
    const resolved = resolveVariant(architecture, 'default');
    const texts = listComponentFacts(resolved, resolved.components[0]!).map((f) => f.text);
    expect(texts).toContain('Needed at all times');
    expect(texts).toContain('Needs the Pro plan');
  });

  it('lists only purpose, role and necessity for a component that states nothing else', () => {
    const architecture = buildArchitecture({ components: [buildComponentInput({ technology: undefined, examples: [] })] });
    const resolved = resolveVariant(architecture, 'default');
    expect(listComponentFacts(resolved, resolved.components[0]!).map((f) => f.attribute)).toEqual(['purpose', 'role', 'necessity']);
  });
});

describe('listArchitectureFacts', () => {
  it('names every variant in one fact, citing each variant section once', () => {
    const architecture = buildArchitecture({
      variants: [
        { id: 'small', name: 'Small', summary: 'One node.', source: intro },
        { id: 'large', name: 'Large', summary: 'Three nodes.', source: [intro, options] },
        { id: 'azure', name: 'Azure', summary: 'On Azure.', source: options },
      ],
    });
    const [fact, ...rest] = listArchitectureFacts(architecture, 'large');
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({
      id: 'fixture/large/-/variants/0',
      variant: 'large',
      component: null,
      subject: 'Fixture',
      attribute: 'variants',
      text: 'Deployment variants archkb describes for Fixture: Small, Large and Azure',
      basis: 'stated',
    });
    expect(fact?.sources.map((s) => s.anchor)).toEqual([
      'src-authgear-self-managed-introduction',
      'src-authgear-self-managed-deployment-options',
    ]);
  });
});

describe('listVariantFacts', () => {
  it('lists the variant facts first, in order, each in its own words', () => {
    const facts = listVariantFacts(resolveVariant(buildDetailedArchitecture(), 'default')).filter((f) => f.component === null);
    expect(facts.map((f) => [f.attribute, f.text])).toEqual([
      ['summary', 'Two nodes behind a balancer.'],
      ['components', 'Components of Production: PostgreSQL (conditional) and Redis (optional)'],
      ['group', 'Data tier: PostgreSQL and Redis'],
      ['edition', 'Needs the Business plan'],
      ['load-driver', 'Sized by users: Monthly active users'],
      ['load-driver', 'Sized by logins per second'],
      ['rated-load', 'Rated for 1,000 users to 50,000 users'],
      ['rated-load', 'Tested for up to 1 user: One user only'],
      ['rated-load', 'Rated for from 200,000 users'],
      ['rated-load', 'Rated for up to 5 logins per second'],
      ['zones', 'The vendor recommends at least 3 availability zones'],
      ['regions', 'Spans at least 2 regions'],
      ['host', 'PostgreSQL and Redis run together on one vm (Database server)'],
      ['requirement', 'Database server: 4 vCPU, recommended'],
      ['note', 'Limitation: One region only'],
      ['conflict', 'The sources disagree on required PostgreSQL version: Version 13 or later / Version 14 or later'],
    ]);
  });

  it('numbers variant fact ids by position and cites the sections of the components a list fact names, each once', () => {
    const facts = listVariantFacts(resolveVariant(buildDetailedArchitecture(), 'default'));
    expect(facts[0]).toMatchObject({ id: 'fixture/default/-/summary/0', component: null, subject: 'Fixture', basis: 'stated' });
    expect(facts[1]?.id).toBe('fixture/default/-/components/1');
    expect(facts[1]?.sources.map((s) => s.anchor)).toEqual([
      'src-authgear-self-managed-resources-reference',
      'src-authgear-self-managed-introduction',
    ]);
    expect(facts[2]).toMatchObject({ attribute: 'group', basis: 'inferred' });
    const note = facts.find((f) => f.attribute === 'note' && f.component === null);
    expect(note).toMatchObject({ kind: 'limitation', id: 'fixture/default/-/note/14' });
    const conflict = facts.find((f) => f.attribute === 'conflict');
    expect(conflict?.sources.map((s) => s.anchor)).toEqual([
      'src-authgear-self-managed-resources-reference',
      'src-authgear-self-managed-deployment-options',
    ]);
  });

  it('follows the variant facts with each component facts, then the connections', () => {
    const facts = listVariantFacts(resolveVariant(buildDetailedArchitecture(), 'default'));
    const tail = facts.filter((f) => f.component !== null).map((f) => [f.component, f.attribute]);
    expect(tail[0]).toEqual(['postgresql', 'purpose']);
    expect(tail.slice(-5)).toEqual([
      ['redis', 'purpose'],
      ['redis', 'role'],
      ['redis', 'necessity'],
      ['postgresql', 'connection'],
      ['redis', 'connection'],
    ]);
  });

  it('writes a connection with its label, and marks an inferred one', () => {
    const facts = listVariantFacts(resolveVariant(buildDetailedArchitecture(), 'default')).filter((f) => f.attribute === 'connection');
    expect(facts).toEqual([
      expect.objectContaining({
        id: 'fixture/default/-/connection/0',
        subject: 'PostgreSQL',
        text: 'PostgreSQL to Redis: cache reads',
        basis: 'stated',
      }),
      expect.objectContaining({
        id: 'fixture/default/-/connection/1',
        subject: 'Redis',
        text: 'Redis to PostgreSQL (inferred)',
        basis: 'inferred',
      }),
    ]);
    expect(facts[1]?.sources.map((s) => s.anchor)).toEqual(['src-authgear-self-managed-introduction']);
  });
});

describe('listComponentFacts and listVariantFacts, optional parts', () => {
  it('writes a requirement and a load rule without a note, and an edition with its text', () => {
    const architecture = buildArchitecture({
      loadDrivers: [{ id: 'users', label: 'users', singular: 'user', source: intro }],
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'One.',
          edition: { name: 'Enterprise plan', text: 'SSO needs it.', source: options },
          source: intro,
        },
      ],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', vcpu: 2, source: resources }],
          sizing: [{ driver: 'users', vcpu: 1, source: resources }],
        }),
      ],
    });
    const facts = listVariantFacts(resolveVariant(architecture, 'default'));
    expect(facts.filter((f) => ['requirement', 'sizing-rule', 'edition'].includes(f.attribute)).map((f) => f.text)).toEqual([
      'Needs the Enterprise plan: SSO needs it',
      '2 vCPU, minimum',
      '1 vCPU per user',
    ]);
  });

  it('names a group only by the components directly in it, so an outer tier holding only a nested one has no fact', () => {
    const architecture = buildArchitecture({
      groups: [
        { id: 'outer', label: 'Outer' },
        { id: 'inner', label: 'Inner', parent: 'outer' },
      ],
      components: [buildComponentInput({ group: 'inner' })],
    });
    const groups = listVariantFacts(resolveVariant(architecture, 'default')).filter((f) => f.attribute === 'group');
    expect(groups.map((f) => f.text)).toEqual(['Inner: PostgreSQL']);
  });
});
