import { describe, expect, it } from 'vitest';
import { findCloudService, resolveVariant } from '../../../src/lib/model/index.ts';
import { findArchitecture, findCloudCell, findComponent } from '../content-helpers.ts';

// Facts from 003_cf90c88cc9f87aa2.txt (content/sources/inrupt-ess-high-availability.yaml), "High Availability
// Architecture", section by section.

const VARIANT = 'aws-high-availability';

describe('Inrupt ESS high availability on AWS', () => {
  it('asks for at least three availability zones on AWS ("Availability Zones")', () => {
    const variant = resolveVariant(findArchitecture('inrupt-ess'), VARIANT).variant;
    expect({ cloud: variant.cloud, zones: variant.availabilityZones?.min }).toEqual({ cloud: 'aws', zones: 3 });
  });

  it('puts only the load balancers in the public subnets, with CNAMEs for the domain and its wildcard ("Load Balancers")', () => {
    const components = resolveVariant(findArchitecture('inrupt-ess'), VARIANT).components;
    expect(components.filter((c) => c.placement?.subnet === 'public').map((c) => c.id)).toEqual(['load-balancer']);
    expect(
      components
        .flatMap((c) => c.dns ?? [])
        .map((r) => `${r.type} ${r.name}`)
        .sort(),
    ).toEqual(['CNAME *.<DOMAIN>', 'CNAME <DOMAIN>']);
  });

  it('requires Kafka topic auto-creation, auto.create.topics.enable = true ("Messaging System (Kafka)")', () => {
    expect(findComponent('inrupt-ess', VARIANT, 'kafka').settings).toContainEqual(
      expect.objectContaining({ name: 'auto.create.topics.enable', value: 'true', status: 'required' }),
    );
  });

  it('names RDS for PostgreSQL, S3 and MSK, the services the guide assumes, in the cloud mapping', () => {
    const expected = { postgresql: 'amazon-rds-postgresql', 'object-storage': 'amazon-s3', kafka: 'amazon-msk' } as const;
    for (const [component, service] of Object.entries(expected)) {
      const cell = findCloudCell('inrupt-ess', VARIANT, component, 'aws');
      expect(cell.vendorNamed, component).toBe(true);
      expect(cell.service, component).toBe(findCloudService(service).name);
    }
  });

  it('needs the secrets manager and the container registry only at startup ("Secrets/Certificate Management", "Container Registry")', () => {
    expect(findComponent('inrupt-ess', VARIANT, 'secrets-manager').runtime?.needed).toBe('startup-only');
    expect(findComponent('inrupt-ess', VARIANT, 'container-registry').runtime?.needed).toBe('startup-only');
  });

  it('keeps the "critical security requirement" on secret files as a requirement, not a recommendation', () => {
    const notes = findComponent('inrupt-ess', VARIANT, 'secrets-manager').notes ?? [];
    expect(notes.find((note) => /never commit/i.test(note.text))?.kind).toBe('requirement');
  });

  it('keeps the optional gateway in front of the VPC, not inside AWS ("Gateway (Optional)")', () => {
    const resolved = resolveVariant(findArchitecture('inrupt-ess'), VARIANT);
    const gateway = resolved.components.find((c) => c.id === 'gateway');
    expect(gateway?.necessity.level).toBe('optional');
    const group = resolved.groups.find((g) => g.id === gateway?.group);
    expect(group?.parent).toBeUndefined();
  });
});
