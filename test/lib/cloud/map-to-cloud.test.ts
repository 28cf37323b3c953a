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
  const facts = collectCloudFacts(authgear);

  it('keeps the same components on every target', () => {
    const resolved = resolveVariant(authgear, 'self-managed');
    for (const target of targetIds)
      expect(mapToCloud(resolved, target, facts).map((c) => c.id)).toEqual(resolved.components.map((c) => c.id));
  });

  it('maps nothing to a managed service when self-managed, and says why', () => {
    const mapped = mapToCloud(resolveVariant(authgear, 'self-managed'), 'self-managed', facts);
    expect(mapped.every((c) => c.service === null && c.instance === null && c.serviceReason)).toBe(true);
  });

  it("prefers the vendor's named service over the role mapping and cites it", () => {
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
  const rows = architectures.flatMap((architecture) => {
    const facts = collectCloudFacts(architecture);
    return resolveAllVariants(architecture).flatMap((resolved) =>
      cloudIds.flatMap((cloud) => mapToCloud(resolved, cloud, facts).map((mapped) => ({ architecture, resolved, cloud, mapped, facts }))),
    );
  });

  it.each(cloudIds)('on %s, every proposed size is one its service sells', (cloud) => {
    for (const { architecture, resolved, mapped } of rows.filter((row) => row.cloud === cloud)) {
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
    for (const { architecture, resolved, mapped } of rows.filter((row) => row.cloud === cloud)) {
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
    for (const { architecture, resolved, mapped, facts } of rows.filter((row) => row.cloud === cloud)) {
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
    for (const { architecture, resolved, mapped } of rows) {
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
    for (const { architecture, resolved, mapped, facts } of rows) {
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
