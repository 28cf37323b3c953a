import { describe, expect, it } from 'vitest';
import { findCloudService } from '../../../src/lib/model/index.ts';
import { findArchitecture, findCloudCell, findComponent, findRequirement, findSized, mebibytes, sizeVariant } from '../content-helpers.ts';

// Figures from budibase-helm-chart-deployment.txt (content/sources/budibase-helm-chart.yaml): the chart README's
// "Configuring" values table, "Prerequisites" and "Upgrading: 2.x to 3.0.0". Kubernetes quantities (Gi, Mi) are binary.

const SERVICES = ['apps', 'worker', 'proxy', 'automation-workers'] as const;

describe('Budibase: storage defaults ("Configuring")', () => {
  const result = sizeVariant('budibase', 'helm-defaults', {});

  it('gives MinIO a 2Gi volume (services.objectStore.storage) and Redis 100Mi (services.redis.storage)', () => {
    expect(findRequirement(findComponent('budibase', 'helm-defaults', 'object-store'), 'default').storage?.amount.low).toBe(2);
    expect(findRequirement(findComponent('budibase', 'helm-defaults', 'redis'), 'default').storage?.amount.low).toBe(mebibytes(100));
    expect(findSized(result, 'object-store').amounts.storageGiB?.low).toBe(2);
    expect(findSized(result, 'redis').amounts.storageGiB?.low).toBe(mebibytes(100));
    expect(result.totals.storageGiB?.low).toBeCloseTo(2 + mebibytes(100), 12);
  });

  it('states no CPU or memory for any service (every resources value is {}), so sizing totals none and lists them unstated', () => {
    expect(result.totals.vcpu).toBeNull();
    expect(result.totals.memoryGiB).toBeNull();
    const unstated = new Map(result.unstated.map((entry) => [entry.component, entry.resources]));
    for (const id of ['apps', 'worker', 'proxy', 'couchdb', 'object-store', 'redis']) expect(unstated.get(id), id).toEqual(expect.arrayContaining(['vcpu', 'memoryGiB']));
  });
});

describe('Budibase: replicas and autoscaling ("Configuring", "Upgrading: 2.x to 3.0.0")', () => {
  it('runs one replica of each service and autoscales, when enabled, between 1 and 10 pods at 80 % CPU', () => {
    for (const id of SERVICES) {
      const settings = findComponent('budibase', 'helm-defaults', id).settings ?? [];
      const key = id === 'automation-workers' ? 'automationWorkers' : id;
      const value = (name: string) => settings.find((setting) => setting.name === `services.${key}.${name}` && setting.status === 'default')?.value;
      expect([value('replicaCount'), value('autoscaling.enabled'), value('autoscaling.minReplicas'), value('autoscaling.maxReplicas')], id).toEqual([
        '1',
        'false',
        '1',
        '10',
      ]);
      expect(value('autoscaling.targetCPUUtilizationPercentage'), id).toBe('80');
    }
  });

  it('records that the upgrade notes count three HPAs where the values table has four', () => {
    const conflict = findArchitecture('budibase').conflicts.find((c) => c.component === 'autoscaling');
    expect(conflict?.statements.flatMap((s) => s.source.map((ref) => ref.section)).sort()).toEqual(['configuring-automation-workers', 'upgrading-3-0-0']);
  });
});

describe('Budibase: CouchDB ("Configuring", "Chart dependencies")', () => {
  it('runs one CouchDB node by default and three in the high-availability variant (couchdb.clusterSize)', () => {
    expect(findSized(sizeVariant('budibase', 'helm-defaults', {}), 'couchdb').amounts.nodes?.low).toBe(1);
    expect(findSized(sizeVariant('budibase', 'couchdb-ha', {}), 'couchdb').amounts.nodes?.low).toBe(3);
  });

  it('never maps CouchDB to a MongoDB-compatible service, since only the custom CouchDB image is supported', () => {
    for (const cloud of ['aws', 'azure', 'gcp'] as const) {
      const cell = findCloudCell('budibase', 'helm-defaults', 'couchdb', cloud);
      expect(cell.hasService, cloud).toBe(false);
    }
  });

  it('names Amazon S3 as the alternative to MinIO in the cloud mapping', () => {
    const cell = findCloudCell('budibase', 'helm-defaults', 'object-store', 'aws');
    expect(cell.vendorNamed).toBe(true);
    expect(cell.service).toBe(findCloudService('amazon-s3').name);
  });
});
