import { describe, expect, it } from 'vitest';
import { cloudServices, clouds, roleMappings } from '../../../data/clouds.ts';
import { findSmallestInstance, mapToCloud } from '../../../src/lib/cloud/index.ts';
import { resolveAllVariants, resolveVariant } from '../../../src/lib/model/index.ts';
import { targetIds } from '../../../src/schemas/cloud-ref.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitecture, loadContentArchitectures } from '../../fixtures/load-real-content.ts';

describe('findSmallestInstance', () => {
  it('returns the smallest type meeting every stated figure', () => {
    expect(findSmallestInstance('aws', { vcpu: 2, memoryGiB: 8 })?.name).toBe('m6i.large');
    expect(findSmallestInstance('aws', { vcpu: 2 })?.name).toBe('t3.medium');
    expect(findSmallestInstance('gcp', { vcpu: 3, memoryGiB: 8 })?.name).toBe('n2-standard-4');
    expect(findSmallestInstance('azure', { memoryGiB: 8.5 })?.name).toBe('E2s v5');
  });

  it('returns undefined when nothing is large enough', () => {
    expect(findSmallestInstance('aws', { vcpu: 64 })).toBeUndefined();
  });
});

describe('mapToCloud', () => {
  const authgear = loadContentArchitecture('authgear');

  it('keeps the same components on every target', () => {
    const resolved = resolveVariant(authgear, 'self-managed');
    for (const target of targetIds) {
      expect(mapToCloud(resolved, target).map((c) => c.id)).toEqual(resolved.components.map((c) => c.id));
    }
  });

  it('maps nothing to a managed service when self-managed', () => {
    const mapped = mapToCloud(resolveVariant(authgear, 'self-managed'), 'self-managed');
    expect(mapped.every((c) => c.service === null && c.instance === null && c.serviceReason)).toBe(true);
  });

  it("prefers the vendor's named service over the role mapping and marks it", () => {
    const mapped = mapToCloud(resolveVariant(authgear, 'azure'), 'azure');
    const storage = mapped.find((c) => c.id === 'object-storage');
    // The role mapping says Azure Blob Storage; the vendor names Azure Storage.
    expect(storage?.service).toMatchObject({
      id: 'azure-storage',
      vendorNamed: true,
      source: expect.objectContaining({ doc: 'authgear-azure' }),
    });
  });

  it('gives a reason when a role has no managed equivalent', () => {
    const architecture = buildArchitecture({ components: [buildComponentInput({ id: 'mail', role: 'email-sms-gateway' })] });
    const [mail] = mapToCloud(resolveVariant(architecture, 'default'), 'gcp');
    expect(mail?.service).toBeNull();
    expect(mail?.serviceReason).toMatch(/third-party/);
  });
});

describe('cloud registry consistency', () => {
  const usedRoles = new Set(
    loadContentArchitectures().flatMap((a) => resolveAllVariants(a).flatMap((v) => v.components.map((c) => c.role))),
  );

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
});
