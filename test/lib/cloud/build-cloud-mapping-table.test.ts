import { beforeEach, describe, expect, it } from 'vitest';
import { buildCloudMappingTable } from '../../../src/lib/cloud/index.ts';
import { resolveAllVariants, resolveVariant } from '../../../src/lib/model/index.ts';
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

describe('buildCloudMappingTable cells on a fixture', () => {
  const figures = 'authgear-self-managed#resources-reference';
  const hint = 'authgear-azure#search-hint';
  // Built in beforeEach, not while the file loads: Stryker switches a mutant on per test.
  let table: ReturnType<typeof buildCloudMappingTable>;
  beforeEach(() => {
    table = buildCloudMappingTable(
      resolveVariant(
        buildArchitecture({
          components: [
            buildComponentInput({
              id: 'db',
              requirements: [{ nodes: 2, vcpu: 2, memory: '8 GB', instance: { cloud: 'azure', sku: 'D2s v3' }, source: hint }],
            }),
            buildComponentInput({ id: 'ui', name: 'UI', role: 'frontend' }),
            buildComponentInput({
              id: 'named',
              name: 'Named',
              managed: [{ cloud: 'gcp', service: 'cloud-sql-postgresql', source: figures }],
            }),
          ],
        }),
        'default',
      ),
    );
  });
  const cell = (id: string, cloud: string) => table.rows.find((r) => r.id === id)?.cells.find((c) => c.cloud === cloud);

  it("marks the vendor's SKU and cites it; elsewhere the smallest fitting type, uncited", () => {
    expect(cell('db', 'azure')).toEqual({
      cloud: 'azure',
      service: 'Azure Database for PostgreSQL flexible server',
      hasService: true,
      vendorNamed: true,
      instance: 'D2s v3 (vendor SKU)',
      source: expect.stringMatching(/, .+/),
    });
    expect(cell('db', 'aws')).toEqual({
      cloud: 'aws',
      service: 'Amazon RDS for PostgreSQL',
      hasService: true,
      vendorNamed: false,
      instance: 'm6i.large',
      source: '',
    });
  });

  it('cites a vendor-named service, and says why a cloud has none', () => {
    expect(cell('named', 'gcp')).toMatchObject({
      service: 'Cloud SQL for PostgreSQL',
      vendorNamed: true,
      instance: '',
      source: expect.stringMatching(/, .+/),
    });
    expect(cell('ui', 'aws')).toEqual({
      cloud: 'aws',
      service: 'No managed equivalent: Part of the product itself; it is served by the product.',
      hasService: false,
      vendorNamed: false,
      instance: '',
      source: '',
    });
    expect(table.rows.map((r) => [r.id, r.roleLabel])).toEqual([
      ['db', 'Relational database'],
      ['ui', 'Frontend'],
      ['named', 'Relational database'],
    ]);
  });
});
