import { describe, expect, it } from 'vitest';
import { formatInstanceExamples, formatRequirements, formatVersionFloor, listRequirementFigures } from '../../../src/lib/model/index.ts';
import { buildRequirement } from '../../fixtures/build-requirement.ts';

describe('formatVersionFloor', () => {
  it('writes a lowest version alone as "<product> <min>+"', () => {
    expect(formatVersionFloor({ product: 'PostgreSQL', min: '13' })).toBe('PostgreSQL 13+');
  });

  it('writes a highest version alone as "up to <max>"', () => {
    expect(formatVersionFloor({ product: 'PostgreSQL', max: '18' })).toBe('PostgreSQL up to 18');
  });

  it('writes a range as "<min> to <max>"', () => {
    expect(formatVersionFloor({ product: 'PostgreSQL', min: '14', max: '18' })).toBe('PostgreSQL 14 to 18');
  });

  it('writes one version once when min and max are the same', () => {
    expect(formatVersionFloor({ product: 'Redis', min: '7', max: '7' })).toBe('Redis 7');
  });

  it('adds the note in brackets', () => {
    expect(formatVersionFloor({ product: 'PostgreSQL', min: '14', max: '18', note: '18 needs ZITADEL 4.11.0 or later' })).toBe(
      'PostgreSQL 14 to 18 (18 needs ZITADEL 4.11.0 or later)',
    );
  });
});

describe('listRequirementFigures', () => {
  it('lists CPU, memory, storage with its type, IOPS and bandwidth in that order, each with its noun', () => {
    const requirement = buildRequirement({
      bandwidth: '10 Gbps',
      iops: 3000,
      storageType: 'SSD',
      storage: '500 GB',
      memory: '8 GB',
      vcpu: 2,
    });
    expect(listRequirementFigures(requirement)).toEqual(['2 vCPU', '8 GB memory', '500 GB SSD storage', '3,000 IOPS', '10 Gbps network']);
  });

  it('writes storage without a type as plain storage', () => {
    expect(listRequirementFigures(buildRequirement({ storage: '20 GiB' }))).toEqual(['20 GiB storage']);
  });

  it('names the disk type alone when the vendor gives a type but no size', () => {
    expect(listRequirementFigures(buildRequirement({ storageType: 'NVMe SSD' }))).toEqual(['NVMe SSD storage']);
  });

  it('names read or write IOPS by their kind', () => {
    expect(listRequirementFigures(buildRequirement({ iops: 500, iopsKind: 'read' }))).toEqual(['500 read IOPS']);
    expect(listRequirementFigures(buildRequirement({ iops: 200, iopsKind: 'write' }))).toEqual(['200 write IOPS']);
  });

  it('puts the noun first when the vendor splits a figure into request and limit', () => {
    const requirement = buildRequirement({ vcpu: { request: '100m', limit: '1000m' }, memory: { request: '1250 MB', limit: '1360 MB' } });
    expect(listRequirementFigures(requirement)).toEqual(['CPU 100m CPU request, 1000m CPU limit', 'memory 1250 MB request, 1360 MB limit']);
  });

  it('reads a figure with only a limit, or only a request, as split', () => {
    const requirement = buildRequirement({ vcpu: { request: 3 }, memory: { limit: '4 GiB' } });
    expect(listRequirementFigures(requirement)).toEqual(['CPU 3 vCPU request', 'memory 4 GiB limit']);
  });

  it('lists nothing for an entry that states no figure (only an operating system)', () => {
    expect(listRequirementFigures(buildRequirement({ os: 'Ubuntu 22.04' }))).toEqual([]);
  });
});

describe('formatInstanceExamples', () => {
  it('is empty when the vendor names no machine type', () => {
    expect(formatInstanceExamples({})).toBe('');
    expect(formatInstanceExamples({ instances: {} })).toBe('');
  });

  it('names each machine type with its cloud, in the order written', () => {
    expect(formatInstanceExamples({ instances: { azure: 'D2 v3' } })).toBe('e.g. D2 v3 on Azure');
    expect(formatInstanceExamples({ instances: { gcp: 'n2-standard-4', aws: 'm5.xlarge' } })).toBe(
      'e.g. n2-standard-4 on Google Cloud, m5.xlarge on AWS',
    );
  });
});

describe('formatRequirements', () => {
  it('writes nodes times the per-node figures, then the scope', () => {
    const requirement = buildRequirement({ scope: 'high-availability', nodes: 3, vcpu: 2, memory: '8 GB' });
    expect(formatRequirements(requirement)).toBe('3 nodes × (2 vCPU, 8 GB memory), for high availability');
  });

  it('writes one node in the singular', () => {
    expect(formatRequirements(buildRequirement({ nodes: 1, vcpu: 4 }))).toBe('1 node × (4 vCPU), minimum');
  });

  it('says "in total" when the figures are for all nodes together', () => {
    const requirement = buildRequirement({ scope: 'recommended', nodes: 3, vcpu: 6, perNode: false });
    expect(formatRequirements(requirement)).toBe('3 nodes × (6 vCPU in total), recommended');
  });

  it('writes a node count alone, and figures alone, without the multiplication', () => {
    expect(formatRequirements(buildRequirement({ scope: 'production', nodes: 5 }))).toBe('5 nodes, for production');
    expect(formatRequirements(buildRequirement({ vcpu: 2, memory: '4 GB' }))).toBe('2 vCPU, 4 GB memory, minimum');
  });

  it('adds machine examples, operating system and version ranges after the figures, separated by semicolons', () => {
    const requirement = buildRequirement({
      nodes: 2,
      vcpu: 2,
      instances: { azure: 'D2 v3' },
      os: 'Ubuntu 22.04',
      versions: [
        { product: 'PostgreSQL', min: '13' },
        { product: 'Redis', max: '7' },
      ],
    });
    expect(formatRequirements(requirement)).toBe(
      '2 nodes × (2 vCPU); e.g. D2 v3 on Azure; Ubuntu 22.04; PostgreSQL 13+; Redis up to 7, minimum',
    );
  });

  it('writes an entry of versions only without an empty part before them', () => {
    expect(formatRequirements(buildRequirement({ scope: 'default', versions: [{ product: 'PostgreSQL', min: '13' }] }))).toBe(
      'PostgreSQL 13+, default',
    );
  });

  it('starts with the container or process the figures are for', () => {
    const requirement = buildRequirement({ scope: 'default', part: 'traefik', vcpu: { request: '100m', limit: '1000m' } });
    expect(formatRequirements(requirement)).toBe('traefik: CPU 100m CPU request, 1000m CPU limit, default');
  });
});

describe('formatRequirements: what the count counts', () => {
  it("writes the copies in the vendor's word, in the singular for one", () => {
    expect(formatRequirements(buildRequirement({ scope: 'example', nodes: 3, counts: 'pods', vcpu: 3 }))).toBe(
      '3 pods × (3 vCPU), example',
    );
    expect(formatRequirements(buildRequirement({ scope: 'default', nodes: 1, counts: 'replicas' }))).toBe('1 replica, default');
    expect(formatRequirements(buildRequirement({ scope: 'reference', nodes: 2, counts: 'tasks' }))).toBe(
      '2 tasks, in the reference architecture',
    );
  });
});
