import { describe, expect, it } from 'vitest';
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
