import { describe, expect, it } from 'vitest';
import { collectCloudFacts } from '../../../src/lib/cloud/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';

describe('collectCloudFacts', () => {
  it('keeps the first variant that names a service or machine type, the largest per-node figures, and each exclusion once', () => {
    const architecture = buildArchitecture({
      variants: [
        { id: 'a', name: 'A', summary: 'First.', source },
        { id: 'b', name: 'B', summary: 'Second.', source },
      ],
      components: [
        buildComponentInput({
          managed: [{ cloud: 'aws', service: 'amazon-rds-postgresql', sku: 'db.m7g.large', source }],
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '16 GB', instances: { azure: 'D2s v5' }, source }],
          incompatible: [
            { with: 'Aurora', services: ['amazon-aurora-postgresql'], text: 'Not Aurora.', source },
            { with: 'Aurora again', services: ['amazon-aurora-postgresql'], text: 'Still not Aurora.', source },
          ],
          overrides: {
            b: {
              managed: [{ cloud: 'aws', service: 'amazon-aurora-postgresql', source }],
              requirements: [{ scope: 'minimum', nodes: 1, vcpu: 8, memory: '4 GB', instances: { azure: 'D8s v5' }, source }],
              source,
            },
          },
        }),
      ],
    } as never);
    const facts = collectCloudFacts(architecture).get('postgresql');
    expect(facts?.services.aws).toMatchObject({ service: 'amazon-rds-postgresql', sku: 'db.m7g.large', variantName: 'A' });
    expect(facts?.instances.azure).toMatchObject({ name: 'D2s v5', variantName: 'A' });
    expect(facts?.floors.vcpu).toMatchObject({ value: 8, variantName: 'B' });
    expect(facts?.floors.memoryGiB).toMatchObject({ value: 16, variantName: 'A' });
    expect(facts?.excluded.map((entry) => [entry.service, entry.text])).toEqual([['amazon-aurora-postgresql', 'Not Aurora.']]);
  });

  it('records no floor from figures for all nodes together, and a null SKU when the vendor names none', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          managed: [{ cloud: 'gcp', service: 'cloud-sql-postgresql', source }],
          requirements: [{ scope: 'minimum', perNode: false, vcpu: 4, source }],
        }),
      ],
    });
    const facts = collectCloudFacts(architecture).get('postgresql');
    expect(facts?.floors).toEqual({});
    expect(facts?.services.gcp?.sku).toBeNull();
  });

  it('records nothing for a component that names no service, machine, figure or excluded service', () => {
    const architecture = buildArchitecture({
      components: [buildComponentInput({ incompatible: [{ with: 'Old clients', text: 'They cannot connect.', source }] })],
    });
    expect(collectCloudFacts(architecture).get('postgresql')).toEqual({ services: {}, instances: {}, floors: {}, excluded: [] });
  });

  it('keeps the first variant as the source of a floor that a later variant only equals, and records only stated figures', () => {
    const architecture = buildArchitecture({
      variants: [
        { id: 'a', name: 'A', summary: 'First.', source },
        { id: 'b', name: 'B', summary: 'Second.', source },
      ],
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', nodes: 1, memory: '4 GB', source }] })],
    });
    const facts = collectCloudFacts(architecture).get('postgresql');
    expect(facts?.floors).toEqual({ memoryGiB: expect.objectContaining({ value: 4, variantName: 'A' }) });
  });
});
