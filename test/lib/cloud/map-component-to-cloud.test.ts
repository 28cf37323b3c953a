import { describe, expect, it } from 'vitest';
import { listSizingTargets, mapComponentToCloud, mapToCloud, SIZING_PRESETS } from '../../../src/lib/cloud/index.ts';
import { resolveVariant, type ResolvedComponent } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const figures = 'authgear-self-managed#resources-reference';
const hint = 'authgear-azure#search-hint';

/** The one component of a fixture built from these component fields. */
function component(fields: Parameters<typeof buildComponentInput>[0]): ResolvedComponent {
  const [only] = resolveVariant(buildArchitecture({ components: [buildComponentInput(fields)] }), 'default').components;
  if (!only) throw new Error('fixture has no component');
  return only;
}

describe('mapComponentToCloud: services', () => {
  it('runs nothing as a managed service on self-managed hardware, and says so', () => {
    expect(mapComponentToCloud(component({ requirements: [{ vcpu: 2, source: figures }] }), 'self-managed')).toEqual({
      target: 'self-managed',
      service: null,
      serviceReason: 'Self-managed: run it yourself.',
      instance: null,
      instanceReason: 'Your own hardware.',
    });
  });

  it("uses archkb's role mapping, with its caveat, when the vendor names no service", () => {
    expect(mapComponentToCloud(component({ role: 'document-database' }), 'aws').service).toEqual({
      id: 'amazon-documentdb',
      name: 'Amazon DocumentDB (MongoDB compatibility)',
      vendorNamed: false,
      source: null,
      note: 'MongoDB-compatible services; check feature compatibility with the vendor before relying on one.',
    });
    expect(mapComponentToCloud(component({}), 'gcp').service).toMatchObject({ id: 'cloud-sql-postgresql', vendorNamed: false, note: null });
  });

  it('prefers the service the vendor names on that cloud, citing it, and only on that cloud', () => {
    const named = component({ managed: [{ cloud: 'azure', service: 'azure-database-postgresql', source: hint }] });
    expect(mapComponentToCloud(named, 'azure').service).toMatchObject({
      id: 'azure-database-postgresql',
      vendorNamed: true,
      note: null,
      source: { doc: 'authgear-azure', section: 'search-hint' },
    });
    expect(mapComponentToCloud(named, 'aws').service).toMatchObject({ id: 'amazon-rds-postgresql', vendorNamed: false, source: null });
  });

  it("gives the role mapping's reason when a cloud has no equivalent", () => {
    const mapping = mapComponentToCloud(component({ role: 'frontend' }), 'aws');
    expect(mapping).toMatchObject({ service: null, serviceReason: 'Part of the product itself; it is served by the product.' });
  });
});

describe('mapComponentToCloud: instance types', () => {
  it('says why there is no instance when no per-node figure is stated', () => {
    expect(mapComponentToCloud(component({}), 'aws')).toMatchObject({
      instance: null,
      instanceReason: 'No per-node figures are stated to size an instance.',
    });
  });

  it('picks the smallest type meeting the stated per-node vCPU and memory, from the entry sizing uses', () => {
    const sized = component({
      requirements: [
        { scope: 'minimum', vcpu: 2, memory: '4 GB', source: figures },
        { scope: 'high-availability', nodes: 3, vcpu: 2, memory: '8 GB', source: figures },
      ],
    });
    expect(mapComponentToCloud(sized, 'aws').instance).toEqual({
      name: 'm6i.large',
      vcpu: 2,
      memoryGiB: 8,
      vendorNamed: false,
      source: null,
    });
    expect(mapComponentToCloud(component({ requirements: [{ memory: '12 GB', source: figures }] }), 'gcp').instance?.name).toBe(
      'n2-highmem-2',
    );
  });

  it('says when no registered type is large enough', () => {
    expect(mapComponentToCloud(component({ requirements: [{ vcpu: 96, source: figures }] }), 'gcp')).toMatchObject({
      instance: null,
      instanceReason: 'No registered Google Cloud instance type is large enough.',
    });
  });

  it('lets a caller-given need replace the stated one', () => {
    expect(mapComponentToCloud(component({}), 'aws', { memoryGiB: 20 }).instance?.name).toBe('r6i.xlarge');
  });

  it("takes the vendor's SKU on its cloud, with the registry's figures when the SKU is listed, else the stated ones", () => {
    const listed = component({ requirements: [{ nodes: 3, instance: { cloud: 'azure', sku: 'D2 v3' }, source: hint }] });
    expect(mapComponentToCloud(listed, 'azure').instance).toEqual({
      name: 'D2 v3',
      vcpu: 2,
      memoryGiB: 8,
      vendorNamed: true,
      source: expect.objectContaining({ doc: 'authgear-azure', section: 'search-hint' }),
    });
    const unlisted = component({ requirements: [{ vcpu: 6, memory: '24 GB', instance: { cloud: 'azure', sku: 'F6s' }, source: hint }] });
    expect(mapComponentToCloud(unlisted, 'azure').instance).toMatchObject({ name: 'F6s', vcpu: 6, memoryGiB: 24, vendorNamed: true });
    const bare = component({ requirements: [{ nodes: 1, instance: { cloud: 'azure', sku: 'F6s' }, source: hint }] });
    expect(mapComponentToCloud(bare, 'azure').instance).toMatchObject({ name: 'F6s', vcpu: null, memoryGiB: null });
    // On another cloud the SKU does not apply: the smallest fitting type is picked instead.
    expect(mapComponentToCloud(unlisted, 'aws').instance).toMatchObject({ name: 'm6i.2xlarge', vendorNamed: false });
  });
});

describe('mapToCloud and the sizing targets', () => {
  it('names each component and its role next to its placement', () => {
    const architecture = buildArchitecture({ components: [buildComponentInput({ id: 'db', name: 'Database' })] });
    expect(mapToCloud(resolveVariant(architecture, 'default'), 'aws')).toMatchObject([
      { id: 'db', name: 'Database', role: 'relational-database', target: 'aws' },
    ]);
  });

  it('lists every target with its label, marking the default', () => {
    expect(listSizingTargets('azure')).toEqual([
      { id: 'self-managed', label: 'Self-managed', isDefault: false },
      { id: 'aws', label: 'AWS', isDefault: false },
      { id: 'azure', label: 'Azure', isDefault: true },
      { id: 'gcp', label: 'Google Cloud', isDefault: false },
    ]);
    expect(SIZING_PRESETS).toEqual([1_000, 10_000, 100_000]);
  });
});
