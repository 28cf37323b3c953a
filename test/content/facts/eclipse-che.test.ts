import { describe, expect, it } from 'vitest';
import { buildSizingPage } from '../../../src/lib/sizing/index.ts';
import { findArchitecture, findComponent, findSized, mebibytes, sizeVariant } from '../content-helpers.ts';

// Figures from eclipse-che-sizing-and-scale.txt (content/sources/eclipse-che-sizing.yaml), page "Size your cluster
// for Che" (its two tables) and page "Scalability limits and multi-cluster deployments"; platform versions from
// eclipse-che-architecture.txt, "Supported platforms". Memory is in MiB/GiB as the tables write it.

const WORKSPACES = 'concurrent-workspaces';

// "Workspace requirements for the example devfile": memory limit, memory request (MiB), CPU limit, CPU request (m).
const workspaceRows = [
  { part: 'developer tools', memoryLimit: 6 * 1024, memoryRequest: 512, cpuLimit: 4000, cpuRequest: 1000 },
  { part: 'che-gateway', memoryLimit: 256, memoryRequest: 64, cpuLimit: 500, cpuRequest: 50 },
  { part: 'Visual Studio Code', memoryLimit: 1024, memoryRequest: 256, cpuLimit: 500, cpuRequest: 30 },
];
// The table's "Total" row: 7.3 GiB, 832 MiB, 5000 m, 1080 m.
const perWorkspace = { memoryLimitGiB: 7.3, memoryRequestMiB: 832, cpuLimit: 5, cpuRequest: 1.08 };

// "Default requirements for the Che Operator, Operands, and DevWorkspace Controller", every row with figures (the
// kube-rbac-proxy rows of the DevWorkspace pods are N/A throughout; the catalog's limits are N/A).
const controlPlaneRows = [
  { container: 'che-operator', memoryLimit: 256, memoryRequest: 64, cpuLimit: 500, cpuRequest: 100 },
  { container: 'che-server', memoryLimit: 1024, memoryRequest: 512, cpuLimit: 1000, cpuRequest: 100 },
  { container: 'che-dashboard', memoryLimit: 256, memoryRequest: 32, cpuLimit: 500, cpuRequest: 100 },
  { container: 'traefik', memoryLimit: 4 * 1024, memoryRequest: 128, cpuLimit: 1000, cpuRequest: 100 },
  { container: 'configbump', memoryLimit: 256, memoryRequest: 64, cpuLimit: 500, cpuRequest: 50 },
  { container: 'oauth-proxy', memoryLimit: 512, memoryRequest: 64, cpuLimit: 500, cpuRequest: 100 },
  { container: 'kube-rbac-proxy', memoryLimit: 512, memoryRequest: 64, cpuLimit: 500, cpuRequest: 100 },
  { container: 'plugin-registry', memoryLimit: 256, memoryRequest: 32, cpuLimit: 500, cpuRequest: 100 },
  { container: 'devworkspace-controller', memoryLimit: 5 * 1024, memoryRequest: 100, cpuLimit: 3000, cpuRequest: 250 },
  { container: 'registry-server', memoryLimit: 0, memoryRequest: 50, cpuLimit: 0, cpuRequest: 10 },
  { container: 'webhook-server', memoryLimit: 300, memoryRequest: 20, cpuLimit: 200, cpuRequest: 100 },
];
const sum = (key: keyof (typeof controlPlaneRows)[number] & keyof (typeof workspaceRows)[number], rows: readonly Record<string, number | string>[]) =>
  rows.reduce((total, row) => total + Number(row[key]), 0);
const controlPlane = {
  memoryLimitMiB: sum('memoryLimit', controlPlaneRows),
  memoryRequestMiB: sum('memoryRequest', controlPlaneRows),
  cpuLimit: sum('cpuLimit', controlPlaneRows) / 1000,
  cpuRequest: sum('cpuRequest', controlPlaneRows) / 1000,
};

describe('Eclipse Che: one workspace of the example devfile ("Size your cluster for Che", step 2)', () => {
  it('adds up the three rows of the table to the stated requests: 832 MiB and 1080 m', () => {
    expect(sum('memoryRequest', workspaceRows)).toBe(perWorkspace.memoryRequestMiB);
    expect(sum('cpuRequest', workspaceRows) / 1000).toBeCloseTo(perWorkspace.cpuRequest, 9);
    expect(sum('cpuLimit', workspaceRows) / 1000).toBe(perWorkspace.cpuLimit);
    // The memory limits add up to 7.25 GiB; the table's total says 7.3 GiB (one decimal).
    expect(sum('memoryLimit', workspaceRows) / 1024).toBe(7.25);
  });

  it('models the three rows as the workspace parts, figure for figure', () => {
    const parts = (findComponent('eclipse-che', 'kubernetes', 'workspace').requirements ?? []).filter((r) => r.scope === 'example');
    expect(parts).toHaveLength(workspaceRows.length);
    for (const row of workspaceRows) {
      const part = parts.find((candidate) => candidate.part?.includes(row.part));
      expect(part, row.part).toBeDefined();
      expect([part?.memory?.limit?.low, part?.memory?.request?.low, part?.vcpu?.limit?.low, part?.vcpu?.request?.low]).toEqual([
        mebibytes(row.memoryLimit),
        mebibytes(row.memoryRequest),
        row.cpuLimit / 1000,
        row.cpuRequest / 1000,
      ]);
    }
  });

  it('sizes each concurrent workspace at the total row: 832 MiB and 1080 m requested, 7.3 GiB and 5000 m limit', () => {
    const workspace = findSized(sizeVariant('eclipse-che', 'kubernetes', { [WORKSPACES]: 1 }), 'workspace');
    expect(workspace.amounts.memoryGiB?.low).toBe(mebibytes(perWorkspace.memoryRequestMiB));
    expect(workspace.amounts.vcpu?.low).toBeCloseTo(perWorkspace.cpuRequest, 9);
    expect(workspace.limits.memoryGiB?.low).toBeCloseTo(perWorkspace.memoryLimitGiB, 9);
    expect(workspace.limits.vcpu?.low).toBeCloseTo(perWorkspace.cpuLimit, 9);
  });
});

describe('Eclipse Che: the control plane ("Size your cluster for Che", step 4)', () => {
  it('sums the rows to 12,588 MiB and 1,130 MiB of memory, 8.2 and 1.11 CPU, which the table rounds to 12.3 GiB, 1.1 GiB, 8.2 and 1.1', () => {
    expect(controlPlane).toEqual({ memoryLimitMiB: 12_588, memoryRequestMiB: 1_130, cpuLimit: 8.2, cpuRequest: 1.11 });
    const oneDecimal = (value: number) => Math.round(value * 10) / 10;
    expect([oneDecimal(controlPlane.memoryLimitMiB / 1024), oneDecimal(controlPlane.memoryRequestMiB / 1024), controlPlane.cpuLimit, oneDecimal(controlPlane.cpuRequest)]).toEqual([
      12.3, 1.1, 8.2, 1.1,
    ]);
  });

  it('sizes the control plane alone, with no workspace running, at those sums', () => {
    const result = sizeVariant('eclipse-che', 'kubernetes', { [WORKSPACES]: 0 });
    expect((result.totals.memoryGiB?.low ?? 0) * 1024).toBeCloseTo(controlPlane.memoryRequestMiB, 6);
    expect(result.totals.vcpu?.low).toBeCloseTo(controlPlane.cpuRequest, 9);
    expect((result.limitTotals.memoryGiB?.low ?? 0) * 1024).toBeCloseTo(controlPlane.memoryLimitMiB, 6);
    expect(result.limitTotals.vcpu?.low).toBeCloseTo(controlPlane.cpuLimit, 9);
  });
});

describe('Eclipse Che: cluster totals, per workspace times the workspaces plus the control plane (step 5)', () => {
  for (const variant of findArchitecture('eclipse-che').variants) {
    it(`matches the vendor's method at each load the ${variant.id} sizing page precomputes (1, 10 and 100 workspaces)`, () => {
      const presets = buildSizingPage(findArchitecture('eclipse-che'), variant.id).presets;
      expect(presets.map((preset) => preset.loads[WORKSPACES])).toEqual([1, 10, 100]);
      for (const preset of presets) {
        const workspaces = preset.loads[WORKSPACES] ?? Number.NaN;
        const result = sizeVariant('eclipse-che', variant.id, preset.loads);
        expect((result.totals.memoryGiB?.low ?? 0) * 1024, `${workspaces} memory request`).toBeCloseTo(
          workspaces * perWorkspace.memoryRequestMiB + controlPlane.memoryRequestMiB,
          6,
        );
        expect(result.totals.vcpu?.low, `${workspaces} CPU request`).toBeCloseTo(workspaces * perWorkspace.cpuRequest + controlPlane.cpuRequest, 9);
        expect(result.limitTotals.memoryGiB?.low, `${workspaces} memory limit`).toBeCloseTo(
          workspaces * perWorkspace.memoryLimitGiB + controlPlane.memoryLimitMiB / 1024,
          9,
        );
        expect(result.limitTotals.vcpu?.low, `${workspaces} CPU limit`).toBeCloseTo(workspaces * perWorkspace.cpuLimit + controlPlane.cpuLimit, 9);
      }
    });
  }
});

describe('Eclipse Che: platforms and scale limits', () => {
  it('runs on Kubernetes 1.21+ or OpenShift Container Platform 4.18+ ("Supported platforms")', () => {
    const floors = (variant: string) => findComponent('eclipse-che', variant, 'kubernetes').requirements?.flatMap((r) => r.versions ?? []);
    expect(floors('kubernetes')).toContainEqual(expect.objectContaining({ product: 'Kubernetes', min: '1.21' }));
    expect(floors('openshift')).toContainEqual(expect.objectContaining({ product: 'OpenShift Container Platform', min: '4.18' }));
  });

  it('keeps etcd at 2 GB by default with 8 GB as the recommended maximum, and measured 2.5GB for 6,000 DevWorkspaces', () => {
    // "Why etcd is the primary scaling bottleneck" and "How DevWorkspace objects affect etcd storage".
    const kubernetes = findComponent('eclipse-che', 'kubernetes', 'kubernetes');
    expect(kubernetes.settings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'etcd size', value: '2 GB', status: 'default' }),
        expect.objectContaining({ value: '8 GB', status: 'recommended' }),
      ]),
    );
    expect(kubernetes.requirements?.find((r) => r.part?.includes('6,000 DevWorkspace'))?.storage?.amount.low).toBe(2.5);
  });

  it('prunes DevWorkspaces unused for 30 days (2592000 s) once a month by default, from DevWorkspace Operator 0.34.0', () => {
    const operator = findComponent('eclipse-che', 'kubernetes', 'devworkspace-operator');
    expect(operator.settings).toContainEqual(expect.objectContaining({ name: 'config.workspace.cleanupCronJob.retainTime', value: String(30 * 24 * 3600) }));
    expect(operator.requirements?.flatMap((r) => r.versions ?? [])).toContainEqual(expect.objectContaining({ product: 'DevWorkspace Operator', min: '0.34.0' }));
  });
});
