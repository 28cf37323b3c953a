import { describe, expect, it } from 'vitest';
import {
  collectCloudFacts,
  findServiceCatalogue,
  findSizeByName,
  findStatedNeed,
  findVmCatalogue,
  mapComponentToCloud,
  mapToCloud,
  proposeSize,
  SELF_MANAGED_REASON,
  type ComponentCloudFacts,
} from '../../../src/lib/cloud/index.ts';
import { resolveAllVariants, resolveVariant } from '../../../src/lib/model/index.ts';
import { computeSizing } from '../../../src/lib/sizing/index.ts';
import { cloudIds, targetIds } from '../../../src/schemas/cloud-ref.ts';
import { cloudServices, clouds, roleMappings, serviceCatalogues } from '../../../src/schemas/registries.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitecture, loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const source = 'authgear-self-managed#resources-reference';
const architectures = loadContentArchitectures();

/** The catalogue a mapped size must come from: the service's own, or the cloud's VMs for a machine. */
function catalogueFor(serviceId: string, cloud: (typeof cloudIds)[number]) {
  return findServiceCatalogue(serviceId) ?? findVmCatalogue(cloud);
}

describe('proposeSize', () => {
  const rds = serviceCatalogues.find((c) => c.service === 'aws-rds-postgresql')!;

  it('returns the smallest non-burstable size holding every stated figure', () => {
    const size = proposeSize(rds, { vcpu: 2, memoryGiB: 8 })!;
    expect(size.vcpu).toBeGreaterThanOrEqual(2);
    expect(size.memoryGiB).toBeGreaterThanOrEqual(8);
    expect(size.category).not.toBe('burstable');
  });

  // Expected sizes read off data/catalogues/aws-rds-postgresql.json by hand: the 2-vCPU classes are m6g/m6i/m7g.large
  // (8 GiB) and r6g/r6i/r7g.large (16 GiB); the proposal prefers m7g, then r7g, m6g, r6g, m6i, r6i.
  it.each([
    [{ vcpu: 2, memoryGiB: 8 }, 'db.m7g.large'],
    [{ vcpu: 2 }, 'db.m7g.large'],
    [{ memoryGiB: 9 }, 'db.r7g.large'],
    [{ vcpu: 2, memoryGiB: 16 }, 'db.r7g.large'],
    [{ vcpu: 3, memoryGiB: 8 }, 'db.m7g.xlarge'],
  ])('picks fewer vCPU first, then less memory, then the preferred family: %o gives %s', (need, expected) => {
    expect(proposeSize(rds, need)?.name).toBe(expected);
  });

  it('returns undefined when nothing is large enough', () => {
    expect(proposeSize(rds, { vcpu: 100_000 })).toBeUndefined();
  });

  it('finds a size by the name a vendor writes, ignoring case, spaces and the Standard_ prefix', () => {
    const azureVms = findVmCatalogue('azure')!;
    expect(findSizeByName(azureVms, 'Standard_D2s_v3')?.name).toBe(findSizeByName(azureVms, 'd2s v3')?.name);
  });
});

describe('mapToCloud', () => {
  const authgear = loadContentArchitecture('authgear');

  it('keeps the same components on every target', () => {
    const facts = collectCloudFacts(authgear);
    const resolved = resolveVariant(authgear, 'self-managed');
    for (const target of targetIds)
      expect(mapToCloud(resolved, target, facts).map((c) => c.id)).toEqual(resolved.components.map((c) => c.id));
  });

  it('maps nothing to a managed service when self-managed, and says why', () => {
    const facts = collectCloudFacts(authgear);
    const mapped = mapToCloud(resolveVariant(authgear, 'self-managed'), 'self-managed', facts);
    expect(mapped.every((c) => c.service === null && c.instance === null && c.serviceReason)).toBe(true);
  });

  it("prefers the vendor's named service over the role mapping and cites it", () => {
    const facts = collectCloudFacts(authgear);
    const storage = mapToCloud(resolveVariant(authgear, 'azure'), 'azure', facts).find((c) => c.id === 'object-storage');
    expect(storage?.service).toMatchObject({ id: 'azure-storage', vendorNamed: true });
    expect(storage?.service?.source?.[0]).toMatchObject({ doc: 'authgear-azure' });
  });

  it('gives a reason when a role has no managed equivalent', () => {
    const architecture = buildArchitecture({ components: [buildComponentInput({ id: 'mail', name: 'Mail', role: 'email-sms-gateway' })] });
    const [mail] = mapToCloud(resolveVariant(architecture, 'default'), 'gcp', collectCloudFacts(architecture));
    expect(mail?.service).toBeNull();
    expect(mail?.serviceReason).toMatch(/\w/);
  });

  it('never proposes a size below a figure the vendor states for the component in another variant, and says which', () => {
    const architecture = buildArchitecture({
      variants: [
        { id: 'a', name: 'A', summary: 'First.', source },
        { id: 'b', name: 'B', summary: 'Second.', source },
      ],
      components: [
        buildComponentInput({
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, source }],
          overrides: { b: { requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '16 GB', source }], source } },
        }),
      ],
    });
    const [db] = mapToCloud(resolveVariant(architecture, 'a'), 'aws', collectCloudFacts(architecture));
    expect(db?.instance?.memoryGiB).toBeGreaterThanOrEqual(16);
    expect(db?.instance?.basis).toMatch(/as the vendor states for it in B/);
  });

  it('maps a host as one machine from the cloud’s VM catalogue', () => {
    const placed = mapComponentToCloud({ role: 'server-host' }, 'gcp', { vcpu: 2, memoryGiB: 4 }, { asHost: true });
    const vms = findVmCatalogue('gcp')!;
    expect(placed.instance).not.toBeNull();
    expect(vms.sizes.map((s) => s.name)).toContain(placed.instance!.name);
  });
});

describe('mapping over every real architecture, variant and cloud', () => {
  /** Every component of every real variant on every cloud, mapped inside the test that reads it (see TESTING.md). */
  const mapEverything = () =>
    architectures.flatMap((architecture) => {
      const facts = collectCloudFacts(architecture);
      return resolveAllVariants(architecture).flatMap((resolved) =>
        cloudIds.flatMap((cloud) => mapToCloud(resolved, cloud, facts).map((mapped) => ({ architecture, resolved, cloud, mapped, facts }))),
      );
    });

  it.each(cloudIds)('on %s, every proposed size is one its service sells', (cloud) => {
    for (const { architecture, resolved, mapped } of mapEverything().filter((row) => row.cloud === cloud)) {
      const label = `${architecture.id}/${resolved.variant.id}/${mapped.id} on ${cloud}`;
      if (!mapped.instance || mapped.instance.vendorNamed) continue;
      const catalogue = catalogueFor(mapped.service!.id, cloud);
      expect(catalogue, label).toBeDefined();
      const sold = catalogue!.sizes.map((size) => size.name);
      if (catalogue!.capacityRule) expect(mapped.instance.capacityGiB ?? 0, label).toBeGreaterThanOrEqual(catalogue!.capacityRule.min);
      else expect(sold, label).toContain(mapped.instance.name);
    }
  });

  it.each(cloudIds)('on %s, every proposed size meets every per-node figure the vendor states', (cloud) => {
    for (const { architecture, resolved, mapped } of mapEverything().filter((row) => row.cloud === cloud)) {
      if (!mapped.instance || mapped.instance.vendorNamed) continue;
      const component = resolved.components.find((c) => c.id === mapped.id)!;
      const need = findStatedNeed(component);
      const label = `${architecture.id}/${resolved.variant.id}/${mapped.id} on ${cloud}`;
      if (need.vcpu !== undefined) expect(mapped.instance.vcpu ?? Number.POSITIVE_INFINITY, label).toBeGreaterThanOrEqual(need.vcpu);
      if (need.memoryGiB !== undefined)
        expect(mapped.instance.memoryGiB ?? mapped.instance.capacityGiB ?? 0, label).toBeGreaterThanOrEqual(need.memoryGiB);
    }
  });

  it.each(cloudIds)("on %s, the vendor's named service and size win in every variant of that product", (cloud) => {
    for (const { architecture, resolved, mapped, facts } of mapEverything().filter((row) => row.cloud === cloud)) {
      const named = facts.get(mapped.id);
      const label = `${architecture.id}/${resolved.variant.id}/${mapped.id} on ${cloud}`;
      const component = resolved.components.find((c) => c.id === mapped.id)!;
      const own = (component.managed ?? []).find((option) => option.cloud === cloud);
      const expectedService = own?.service ?? named?.services[cloud]?.service;
      if (expectedService) expect(mapped.service, label).toMatchObject({ id: expectedService, vendorNamed: true });
      else if (mapped.service) expect(mapped.service.vendorNamed, label).toBe(false);
      const namedSize = own?.sku ?? named?.services[cloud]?.sku ?? named?.instances[cloud]?.name;
      if (namedSize && mapped.instance) expect(mapped.instance.name, label).toBe(namedSize);
    }
  });

  it('marks as the vendor’s only what the vendor names: a size it names but gives no figures for says which figures archkb filled in', () => {
    for (const { architecture, resolved, mapped } of mapEverything()) {
      if (!mapped.instance?.vendorNamed) continue;
      const component = resolved.components.find((c) => c.id === mapped.id)!;
      const need = findStatedNeed(component);
      const label = `${architecture.id}/${resolved.variant.id}/${mapped.id} on ${mapped.target}`;
      expect(mapped.instance.source?.length, label).toBeGreaterThan(0);
      if (mapped.instance.catalogue && need.memoryGiB === undefined && mapped.instance.memoryGiB !== null)
        expect(mapped.instance.filledIn, label).toContain('memory');
    }
  });

  it('never maps a service the vendor excludes', () => {
    for (const { architecture, resolved, mapped, facts } of mapEverything()) {
      const excluded = (facts.get(mapped.id)?.excluded ?? []).map((entry) => entry.service);
      if (mapped.service) expect(excluded, `${architecture.id}/${resolved.variant.id}/${mapped.id}`).not.toContain(mapped.service.id);
    }
  });

  it('sizes a grown load with a size that holds it, even past what the vendor names', () => {
    for (const architecture of architectures) {
      for (const variant of architecture.variants) {
        const resolved = resolveVariant(architecture, variant.id);
        const loads = Object.fromEntries(resolved.loadDrivers.map((driver) => [driver.id, 1_000_000]));
        for (const cloud of cloudIds) {
          for (const row of computeSizing(architecture, variant.id, { loads, cloud }).components) {
            const nodes = row.amounts.nodes?.high ?? 1;
            const memory = row.amounts.memoryGiB?.high;
            if (!row.instance || memory === undefined || row.amounts.nodes === null) continue;
            const held = row.instance.memoryGiB ?? row.instance.capacityGiB;
            if (held !== null)
              expect(held, `${architecture.id}/${variant.id}/${row.id} on ${cloud}`).toBeGreaterThanOrEqual(memory / nodes - 1e-9);
          }
        }
      }
    }
  });
});

describe('cloud registry consistency', () => {
  const usedRoles = new Set(architectures.flatMap((a) => resolveAllVariants(a).flatMap((v) => v.components.map((c) => c.role))));

  it('maps every role used by any architecture on each cloud, or says why not', () => {
    for (const role of usedRoles) {
      const mapping = roleMappings.find((m) => m.role === role);
      expect(mapping, `role ${role} has no entry in roleMappings`).toBeDefined();
      for (const cloud of clouds) {
        const service = mapping?.[cloud.id];
        if (service === null)
          expect(mapping && 'reason' in mapping && mapping.reason, `${role} on ${cloud.id} needs a reason`).toBeTruthy();
        else expect(cloudServices.find((s) => s.id === service)?.cloud, `${role} on ${cloud.id} maps to ${service}`).toBe(cloud.id);
      }
    }
  });

  it('gives every catalogue a dated source and sizes with figures', () => {
    for (const catalogue of serviceCatalogues) {
      expect(catalogue.source.retrieved, catalogue.service).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (!catalogue.sameSizesAs && !catalogue.capacityRule) expect(catalogue.sizes.length, catalogue.service).toBeGreaterThan(0);
    }
  });
});

const cite = [{ doc: 'authgear-self-managed', section: 'resources-reference' }] as never;
const database = { role: 'relational-database' as const };
// Sizes and names below are read off data/catalogues/*.json and data/clouds.ts by hand.
const rdsCatalogue = {
  name: 'Amazon RDS for PostgreSQL',
  source: expect.stringMatching(/^Amazon RDS User Guide: DB instance classes/),
  retrieved: '2026-11-29',
};

/** Cloud facts with nothing named, stated or excluded; override any part. */
function buildFacts(overrides: Partial<ComponentCloudFacts> = {}): ComponentCloudFacts {
  return { services: {}, instances: {}, floors: {}, excluded: [], ...overrides };
}

describe('mapComponentToCloud: the service', () => {
  it('places nothing on self-managed hardware and says so twice', () => {
    expect(mapComponentToCloud(database, 'self-managed', { vcpu: 2 })).toEqual({
      target: 'self-managed',
      service: null,
      serviceReason: SELF_MANAGED_REASON,
      instance: null,
      instanceReason: SELF_MANAGED_REASON,
    });
  });

  it("takes archkb's role mapping when the vendor names nothing, with no source and no note", () => {
    const placed = mapComponentToCloud(database, 'aws', { vcpu: 2, memoryGiB: 8 });
    expect(placed.service).toEqual({
      id: 'amazon-rds-postgresql',
      name: 'Amazon RDS for PostgreSQL',
      vendorNamed: false,
      source: null,
      namedIn: null,
      note: null,
    });
    expect(placed.serviceReason).toBeNull();
    expect(placed.instance).toEqual({
      name: 'db.m7g.large',
      sizeLabel: 'DB instance class',
      vcpu: 2,
      memoryGiB: 8,
      capacityGiB: null,
      vendorNamed: false,
      source: null,
      namedIn: null,
      filledIn: [],
      basis: 'Filled in by archkb: the smallest DB instance class holding 2 vCPU and 8 GiB memory.',
      catalogue: rdsCatalogue,
    });
    expect(placed.instanceReason).toBeNull();
  });

  it("carries the role mapping's caveat", () => {
    expect(mapComponentToCloud({ role: 'search-engine' }, 'aws', {}).service?.note).toBe(
      'OpenSearch is a fork of Elasticsearch; Elastic Cloud is offered through each cloud marketplace.',
    );
  });

  it("gives the role mapping's reason when a cloud has no equivalent, for the service and the size", () => {
    const reason = 'Google Cloud has no first-party email or SMS sending service; use a third-party provider.';
    expect(mapComponentToCloud({ role: 'email-sms-gateway' }, 'gcp', {})).toEqual({
      target: 'gcp',
      service: null,
      serviceReason: reason,
      instance: null,
      instanceReason: reason,
    });
  });

  it('never proposes a service the vendor excludes, and quotes why', () => {
    const facts = buildFacts({ excluded: [{ service: 'amazon-rds-postgresql', text: 'RDS lacks an extension it needs.', source: cite }] });
    const placed = mapComponentToCloud(database, 'aws', { vcpu: 2 }, { facts });
    expect(placed.service).toBeNull();
    expect(placed.serviceReason).toBe('The vendor excludes Amazon RDS for PostgreSQL: RDS lacks an extension it needs.');
    const other = buildFacts({ excluded: [{ service: 'amazon-aurora-postgresql', text: 'Not Aurora.', source: cite }] });
    expect(mapComponentToCloud(database, 'aws', { vcpu: 2 }, { facts: other }).service?.id).toBe('amazon-rds-postgresql');
  });

  it("takes the component's own managed service and SKU, with the figures from the catalogue it does not state", () => {
    const component = {
      ...database,
      managed: [{ cloud: 'aws' as const, service: 'amazon-aurora-postgresql' as const, sku: 'db.r7g.large', source: cite }],
    };
    const placed = mapComponentToCloud(component, 'aws', {});
    expect(placed.service).toEqual({
      id: 'amazon-aurora-postgresql',
      name: 'Amazon Aurora PostgreSQL',
      vendorNamed: true,
      source: cite,
      namedIn: null,
      note: null,
    });
    expect(placed.instance).toMatchObject({
      name: 'db.r7g.large',
      vcpu: 2,
      memoryGiB: 16,
      vendorNamed: true,
      source: cite,
      namedIn: null,
      filledIn: ['vCPU', 'memory'],
      basis: "The size the vendor names; its vCPU and memory come from archkb's catalogue.",
    });
    expect(placed.instance?.catalogue?.name).toBe('Amazon Aurora PostgreSQL-Compatible Edition');
  });

  it('fills in only the figure the need leaves open, and none when both are stated', () => {
    const component = {
      ...database,
      managed: [{ cloud: 'aws' as const, service: 'amazon-rds-postgresql' as const, sku: 'db.m7g.large', source: cite }],
    };
    expect(mapComponentToCloud(component, 'aws', { vcpu: 2 }).instance?.filledIn).toEqual(['memory']);
    expect(mapComponentToCloud(component, 'aws', { memoryGiB: 4 }).instance?.filledIn).toEqual(['vCPU']);
    const both = mapComponentToCloud(component, 'aws', { vcpu: 1, memoryGiB: 4 }).instance;
    expect(both).toMatchObject({ filledIn: [], basis: 'The size the vendor names.', vcpu: 2, memoryGiB: 8 });
  });

  it("keeps a named size archkb's catalogue lacks, with the need's figures and no catalogue", () => {
    const component = {
      ...database,
      managed: [{ cloud: 'aws' as const, service: 'amazon-rds-postgresql' as const, sku: 'db.x9.huge', source: cite }],
    };
    expect(mapComponentToCloud(component, 'aws', { vcpu: 3 }).instance).toMatchObject({
      name: 'db.x9.huge',
      vcpu: 3,
      memoryGiB: null,
      capacityGiB: null,
      filledIn: [],
      catalogue: null,
      basis: "The size the vendor names; it is not in archkb's catalogue, so its figures are the vendor's.",
    });
  });

  it('proposes a larger size when the named one is too small at this load, and says why', () => {
    const component = {
      ...database,
      managed: [{ cloud: 'aws' as const, service: 'amazon-rds-postgresql' as const, sku: 'db.m7g.large', source: cite }],
    };
    // 20 GiB: no 2-vCPU class holds it; of the 4-vCPU, 32 GiB classes the proposal prefers r7g.
    expect(mapComponentToCloud(component, 'aws', { memoryGiB: 20 }).instance).toMatchObject({
      name: 'db.r7g.xlarge',
      vendorNamed: false,
      basis:
        'Filled in by archkb: the smallest DB instance class holding 20 GiB memory (the vendor names db.m7g.large, which is too small at this load).',
    });
  });

  it('uses a machine type the component names in its own requirements', () => {
    const component = {
      ...database,
      requirements: [{ scope: 'minimum', perNode: true, instances: { aws: 'db.r6g.large' }, source: cite }],
    };
    expect(mapComponentToCloud(component as never, 'aws', {}).instance).toMatchObject({
      name: 'db.r6g.large',
      vendorNamed: true,
      source: cite,
      namedIn: null,
    });
  });

  it('uses a service, SKU or machine type the vendor names in another variant, and says which variant', () => {
    const facts = buildFacts({
      services: { aws: { service: 'amazon-aurora-postgresql', sku: 'db.r6g.large', variantName: 'On AWS', source: cite } },
    });
    const placed = mapComponentToCloud(database, 'aws', {}, { facts, variantName: 'Default' });
    expect(placed.service).toMatchObject({ id: 'amazon-aurora-postgresql', vendorNamed: true, namedIn: 'On AWS', source: cite });
    expect(placed.instance).toMatchObject({ name: 'db.r6g.large', namedIn: 'On AWS', source: cite });
    expect(mapComponentToCloud(database, 'aws', {}, { facts, variantName: 'On AWS' }).instance?.namedIn).toBeNull();
    const instances = buildFacts({ instances: { aws: { name: 'db.m6i.large', variantName: 'Big', source: cite } } });
    expect(mapComponentToCloud(database, 'aws', {}, { facts: instances, variantName: 'Default' }).instance).toMatchObject({
      name: 'db.m6i.large',
      namedIn: 'Big',
      vendorNamed: true,
    });
  });

  it('maps a host from the VM catalogue, ignoring the managed services of the component passed in', () => {
    const component = { ...database, managed: [{ cloud: 'aws' as const, service: 'amazon-aurora-postgresql' as const, source: cite }] };
    const placed = mapComponentToCloud(component, 'aws', { vcpu: 2, memoryGiB: 8 }, { asHost: true });
    // 2 vCPU, 8 GiB EC2 types: m6i, m7g, m7i, m8g .large; the proposal prefers m7i.
    expect(placed.service).toMatchObject({ id: 'amazon-ec2', vendorNamed: false });
    expect(placed.instance).toMatchObject({ name: 'm7i.large', sizeLabel: 'Instance type' });
  });
});

describe('mapComponentToCloud: the size', () => {
  it('says a service sold by usage has no size', () => {
    expect(mapComponentToCloud({ role: 'object-storage' }, 'aws', { vcpu: 2 })).toMatchObject({
      service: { id: 'amazon-s3' },
      instance: null,
      instanceReason: 'Sold by usage: there is no size to choose.',
    });
  });

  it('says when no per-node figure is stated to size it', () => {
    expect(mapComponentToCloud(database, 'aws', {}).instanceReason).toBe('No per-node figures are stated to size it.');
  });

  it('says when nothing in the catalogue is large enough', () => {
    expect(mapComponentToCloud(database, 'aws', { vcpu: 1000 }).instanceReason).toBe(
      "No Amazon RDS for PostgreSQL size in archkb's catalogue is large enough.",
    );
  });

  it('raises the need to a floor stated in another variant, and not when the need already meets it', () => {
    const facts = buildFacts({
      floors: { vcpu: { value: 4, variantName: 'Large', source: cite }, memoryGiB: { value: 32, variantName: 'Large', source: cite } },
    });
    expect(mapComponentToCloud(database, 'aws', { vcpu: 2 }, { facts }).instance).toMatchObject({
      name: 'db.r7g.xlarge',
      basis:
        'Filled in by archkb: the smallest DB instance class holding 4 vCPU and 32 GiB memory (at least 4 vCPU, as the vendor states for it in Large; at least 32 GiB memory, as the vendor states for it in Large).',
    });
    expect(mapComponentToCloud(database, 'aws', { vcpu: 4, memoryGiB: 32 }, { facts }).instance?.basis).toBe(
      'Filled in by archkb: the smallest DB instance class holding 4 vCPU and 32 GiB memory.',
    );
  });
});

describe('findStatedNeed', () => {
  it('adds up the per-node parts and leaves out figures for all nodes together', () => {
    const architecture = buildArchitecture({
      components: [
        buildComponentInput({
          requirements: [
            { scope: 'minimum', part: 'api', vcpu: 1, memory: '2 GB', source },
            { scope: 'minimum', part: 'worker', vcpu: 0.5, source },
            { scope: 'minimum', part: 'disk', perNode: false, memory: '64 GB', source },
          ],
        }),
      ],
    });
    expect(findStatedNeed(resolveVariant(architecture, 'default').components[0]!)).toEqual({ vcpu: 1.5, memoryGiB: 2 });
    expect(findStatedNeed({ requirements: undefined })).toEqual({ vcpu: undefined, memoryGiB: undefined });
  });
});

describe('mapComponentToCloud details', () => {
  it("maps the server-host role to each cloud's VM service, whose catalogue is the VM catalogue a host is sized from", () => {
    const mapping = roleMappings.find((entry) => entry.role === 'server-host');
    for (const cloud of cloudIds) {
      const service = mapping?.[cloud];
      expect(typeof service, cloud).toBe('string');
      expect(findServiceCatalogue(service as string), cloud).toBe(findVmCatalogue(cloud));
    }
  });

  it('names only the vCPU it sized for when no memory is stated', () => {
    const placed = mapComponentToCloud(buildArchitecture().components[0]!, 'aws', { vcpu: 2 });
    expect(placed.instance?.vendorNamed).toBe(false);
    expect(placed.instance?.basis).toMatch(/ holding 2 vCPU\.$/);
  });

  it('finds a machine type the vendor names in the VM catalogue when the service catalogue lacks it', () => {
    // m7i.large is an EC2 instance type (data/catalogues/aws-ec2.json: 2 vCPU, 8 GiB); RDS classes all start with "db.".
    const component = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', instances: { aws: 'm7i.large' }, source }] })],
    }).components[0]!;
    const placed = mapComponentToCloud(component, 'aws', {});
    expect(placed.service?.id).toBe('amazon-rds-postgresql');
    expect(placed.instance).toMatchObject({ name: 'm7i.large', vcpu: 2, memoryGiB: 8, vendorNamed: true, filledIn: ['vCPU', 'memory'] });
    expect(placed.instance?.basis).toBe("The size the vendor names; its vCPU and memory come from archkb's catalogue.");
    // The figures come from the EC2 list, so the size cites that list and its label, not the RDS one the service has.
    expect(placed.instance?.catalogue?.name).toBe('Amazon EC2');
    expect(placed.instance?.catalogue?.source).toMatch(/^Karpenter reference: Instance Types/);
    expect(placed.instance?.sizeLabel).toBe('Instance type');
  });

  it('cites the service catalogue for a size the vendor names from it', () => {
    // db.m6g.large is an RDS class (data/catalogues/aws-rds-postgresql.json: 2 vCPU, 8 GiB).
    const component = buildArchitecture({
      components: [buildComponentInput({ requirements: [{ scope: 'minimum', instances: { aws: 'db.m6g.large' }, source }] })],
    }).components[0]!;
    const placed = mapComponentToCloud(component, 'aws', {});
    expect(placed.instance).toMatchObject({ name: 'db.m6g.large', vcpu: 2, memoryGiB: 8, vendorNamed: true });
    expect(placed.instance?.catalogue?.name).toBe('Amazon RDS for PostgreSQL');
  });

  it('keeps a need above the floor another variant states, and says nothing about the floor', () => {
    const facts: ComponentCloudFacts = {
      services: {},
      instances: {},
      floors: { vcpu: { value: 2, variantName: 'Small', source: [] } },
      excluded: [],
    };
    const placed = mapComponentToCloud(buildArchitecture().components[0]!, 'aws', { vcpu: 4 }, { facts });
    expect(placed.instance?.vcpu).toBeGreaterThanOrEqual(4);
    expect(placed.instance?.basis).toMatch(/ holding 4 vCPU\.$/);
  });

  it("names the service the vendor names in this variant with that entry's sources, and no other variant", () => {
    const component = buildArchitecture({
      components: [buildComponentInput({ managed: [{ cloud: 'gcp', service: 'cloud-sql-postgresql', source }] })],
    }).components[0]!;
    const placed = mapComponentToCloud(component, 'gcp', {});
    expect(placed.service).toMatchObject({ id: 'cloud-sql-postgresql', vendorNamed: true, namedIn: null, note: null });
    expect(placed.service?.source?.map((ref) => ref.anchor)).toEqual(['src-authgear-self-managed-resources-reference']);
  });
});
