import { describe, expect, it } from 'vitest';
import { buildCloudMappingTable } from '../../../src/lib/cloud/index.ts';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { loadContentArchitecture } from '../../fixtures/load-real-content.ts';

describe('buildCloudMappingTable', () => {
  const authgear = loadContentArchitecture('authgear');

  it('shows every component on each of the three clouds', () => {
    const resolved = resolveVariant(authgear, 'self-managed');
    const table = buildCloudMappingTable(resolved);
    expect(table.clouds.map((c) => c.id)).toEqual(['aws', 'azure', 'gcp']);
    expect(table.rows.map((r) => r.id)).toEqual(resolved.components.map((c) => c.id));
    for (const row of table.rows) expect(row.cells.map((c) => c.cloud)).toEqual(['aws', 'azure', 'gcp']);
  });

  it("marks the vendor's own Azure choices and leaves the other clouds to the role mapping", () => {
    const kubernetes = buildCloudMappingTable(resolveVariant(authgear, 'azure')).rows.find((r) => r.id === 'kubernetes');
    expect(kubernetes?.cells.find((c) => c.cloud === 'azure')).toMatchObject({
      vendorNamed: true,
      instance: 'D2 v3 (vendor SKU)',
      source: expect.stringContaining('Azure'),
    });
    expect(kubernetes?.cells.find((c) => c.cloud === 'aws')).toMatchObject({
      vendorNamed: false,
      service: 'Amazon EKS',
      instance: 'm6i.large',
    });
  });

  it('says when a cloud has no managed equivalent', () => {
    const gateway = buildCloudMappingTable(resolveVariant(authgear, 'self-managed')).rows.find((r) => r.id === 'sms-email-gateway');
    expect(gateway?.cells.find((c) => c.cloud === 'gcp')).toMatchObject({
      hasService: false,
      service: expect.stringMatching(/^No managed equivalent/),
    });
  });
});
