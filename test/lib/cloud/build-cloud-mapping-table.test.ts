import { describe, expect, it } from 'vitest';
import { buildCloudMappingTable, describeInstance, describeInstanceBasis } from '../../../src/lib/cloud/index.ts';
import { resolveAllVariants, resolveVariant } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitecture, loadContentArchitectures } from '../../fixtures/load-real-content.ts';

describe('buildCloudMappingTable', () => {
  const authgear = loadContentArchitecture('authgear');

  it('shows every component on each of the three clouds', () => {
    const resolved = resolveVariant(authgear, 'self-managed');
    const table = buildCloudMappingTable(authgear, resolved);
    expect(table.clouds.map((c) => c.id)).toEqual(['aws', 'azure', 'gcp']);
    expect(table.rows.map((r) => r.id)).toEqual(resolved.components.map((c) => c.id));
    for (const row of table.rows) expect(row.cells.map((c) => c.cloud)).toEqual(['aws', 'azure', 'gcp']);
  });

  it("marks the vendor's own Azure choices, cites them, and leaves the other clouds to archkb's mapping", () => {
    const kubernetes = buildCloudMappingTable(authgear, resolveVariant(authgear, 'azure')).rows.find((r) => r.id === 'kubernetes');
    expect(kubernetes?.cells.find((c) => c.cloud === 'azure')).toMatchObject({
      vendorNamed: true,
      instance: 'D2 v3 (2 vCPU, 8 GiB)',
      instanceBasis: 'Named by the vendor.',
      source: expect.stringContaining('Azure'),
    });
    const aws = kubernetes?.cells.find((c) => c.cloud === 'aws');
    expect(aws).toMatchObject({ vendorNamed: false, service: 'Amazon EKS', serviceBasis: expect.stringMatching(/archkb's mapping/) });
    expect(aws?.instanceBasis).toMatch(/^Filled in by archkb: the smallest .* Catalogue: .*, read \d{4}-\d{2}-\d{2}\.$/);
  });

  it('says when a cloud has no managed equivalent', () => {
    const gateway = buildCloudMappingTable(authgear, resolveVariant(authgear, 'self-managed')).rows.find(
      (r) => r.id === 'sms-email-gateway',
    );
    expect(gateway?.cells.find((c) => c.cloud === 'gcp')).toMatchObject({
      hasService: false,
      service: expect.stringMatching(/^No managed equivalent/),
    });
  });

  it('shows components that share a machine once, as that machine, on every architecture', () => {
    for (const architecture of loadContentArchitectures()) {
      for (const resolved of resolveAllVariants(architecture)) {
        const table = buildCloudMappingTable(architecture, resolved);
        const hosted = new Set(resolved.hosts.flatMap((host) => host.components));
        const ids = table.rows.map((row) => row.id);
        for (const host of resolved.hosts) expect(ids, `${architecture.id}/${resolved.variant.id}`).toContain(host.id);
        for (const id of hosted) expect(ids, `${architecture.id}/${resolved.variant.id}`).not.toContain(id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    }
  });
});

describe('cloud mapping cells on fixtures', () => {
  const source = 'authgear-self-managed#resources-reference';

  it('describes a size with its figures, a cache by capacity, and a size with none by name alone', () => {
    const instance = { name: 'x', vcpu: null, memoryGiB: null, capacityGiB: null } as never;
    expect(describeInstance(instance)).toBe('x');
    expect(describeInstance({ ...(instance as object), vcpu: 2, memoryGiB: 8 } as never)).toBe('x (2 vCPU, 8 GiB)');
    expect(describeInstance({ ...(instance as object), capacityGiB: 3 } as never)).toBe('x (3 GiB cache)');
  });

  it('says which variant names a size, what archkb filled in, and which catalogue and date it read', () => {
    const named = { vendorNamed: true, namedIn: 'On Azure', filledIn: [], basis: 'unused', catalogue: null } as never;
    expect(describeInstanceBasis(named)).toBe('Named by the vendor (in On Azure).');
    expect(describeInstanceBasis({ ...(named as object), namedIn: null, filledIn: ['vCPU', 'memory'] } as never)).toBe(
      'Named by the vendor. Its vCPU and memory filled in by archkb from the catalogue.',
    );
    const chosen = {
      vendorNamed: false,
      namedIn: null,
      filledIn: [],
      basis: 'Filled in.',
      catalogue: { name: 'C', source: 's', retrieved: '2026-01-02' },
    };
    expect(describeInstanceBasis(chosen as never)).toBe('Filled in. Catalogue: C, read 2026-01-02.');
    expect(describeInstanceBasis({ ...chosen, catalogue: null } as never)).toBe('Filled in.');
  });

  it('shows a host as one machine named after its components, and the mapped cells of a component', () => {
    const architecture = buildArchitecture({
      hosts: [
        {
          id: 'box',
          name: 'Box',
          kind: 'vm',
          components: ['app', 'postgresql'],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '8 GB', source }],
          basis: 'stated',
          source,
        },
      ],
      components: [
        buildComponentInput({ id: 'app', name: 'App', role: 'application-service' }),
        buildComponentInput(),
        buildComponentInput({ id: 'files', name: 'Files', role: 'object-storage' }),
      ],
    } as never);
    const table = buildCloudMappingTable(architecture, resolveVariant(architecture, 'default'));
    expect(table.clouds).toEqual([
      { id: 'aws', label: 'AWS' },
      { id: 'azure', label: 'Azure' },
      { id: 'gcp', label: 'Google Cloud' },
    ]);
    expect(table.rows.map((row) => [row.id, row.name, row.roleLabel])).toEqual([
      ['box', 'Box', 'One vm: App, PostgreSQL'],
      ['files', 'Files', expect.any(String)],
    ]);
    // 2 vCPU and 8 GiB on EC2: the proposal prefers m7i.large.
    expect(table.rows[0]?.cells[0]).toMatchObject({
      cloud: 'aws',
      service: 'Amazon EC2',
      hasService: true,
      serviceBasis: "archkb's mapping for this role; the vendor names no service here.",
      instance: 'm7i.large (2 vCPU, 8 GiB)',
      vendorNamed: false,
      source: '',
    });
    expect(table.rows[1]?.cells[0]).toMatchObject({
      service: 'Amazon S3',
      instance: 'Sold by usage: there is no size to choose.',
      instanceBasis: '',
    });
  });

  it("names the vendor's service, where it is named and cites it; says when there is none", () => {
    const architecture = buildArchitecture({
      variants: [
        { id: 'a', name: 'A', summary: 'First.', source },
        { id: 'b', name: 'B', summary: 'Second.', source },
      ],
      components: [
        buildComponentInput({ overrides: { b: { managed: [{ cloud: 'aws', service: 'amazon-aurora-postgresql', source }], source } } }),
        buildComponentInput({ id: 'mail', name: 'Mail', role: 'email-sms-gateway' }),
      ],
    } as never);
    const [database, mail] = buildCloudMappingTable(architecture, resolveVariant(architecture, 'a')).rows;
    expect(database?.cells[0]).toMatchObject({
      service: 'Amazon Aurora PostgreSQL',
      serviceBasis: 'Named by the vendor (in B).',
      vendorNamed: true,
      source: expect.stringMatching(/^[^,]+, .+$/),
    });
    expect(mail?.cells[2]).toMatchObject({
      service: 'No managed equivalent: Google Cloud has no first-party email or SMS sending service; use a third-party provider.',
      hasService: false,
      serviceBasis: '',
    });
  });

  it('says only "Named by the vendor." when the variant being shown names the service itself', () => {
    const architecture = buildArchitecture({
      components: [buildComponentInput({ managed: [{ cloud: 'aws', service: 'amazon-aurora-postgresql', source }] })],
    });
    const [database] = buildCloudMappingTable(architecture, resolveVariant(architecture, 'default')).rows;
    expect(database?.cells[0]).toMatchObject({
      service: 'Amazon Aurora PostgreSQL',
      serviceBasis: 'Named by the vendor.',
      vendorNamed: true,
    });
  });
});
