import { describe, expect, it } from 'vitest';
import { findCloudService } from '../../../src/lib/model/index.ts';
import { findArchitecture, findCloudCell, findComponent, findRequirement, findSized, mebibytes, sizeVariant } from '../content-helpers.ts';

// Figures from keycloak-high-availability-sizing.txt (content/sources/keycloak-high-availability.yaml), PART 3
// "Concepts for sizing CPU and memory resources" and PART 2 "Single-cluster deployments". Each expected value below is
// typed from the section named in its comment; MB is read as MiB (archkb's binary convention).

const LOGINS = 'password-logins-per-second';
const GRANTS = 'client-credential-grants-per-second';
const REFRESHES = 'refresh-token-requests-per-second';
const DATABASE = 'database-requests-per-second';

// "Calculation example (single cluster)": 45 logins and logouts, 360 client credential grants and 360 refresh token
// requests per second on 3 Pods; for the database "45 logins per second, 5 logouts per second, 360 refresh tokens per
// seconds. This sums up to 410 requests per second."
const exampleLoads = { [LOGINS]: 45, [GRANTS]: 360, [REFRESHES]: 360, [DATABASE]: 410 };

describe('Keycloak: CPU per load ("Performance recommendations")', () => {
  const single = sizeVariant('keycloak', 'single-cluster', exampleLoads);

  it('allocates 1 vCPU per 15 password logins, per 120 client credential grants and per 120 refresh token requests per second', () => {
    expect(findSized(sizeVariant('keycloak', 'single-cluster', { [LOGINS]: 15 }), 'keycloak').amounts.vcpu).toEqual({ low: 1, high: 1 });
    expect(findSized(sizeVariant('keycloak', 'single-cluster', { [GRANTS]: 120 }), 'keycloak').amounts.vcpu).toEqual({ low: 1, high: 1 });
    expect(findSized(sizeVariant('keycloak', 'single-cluster', { [REFRESHES]: 120 }), 'keycloak').amounts.vcpu).toEqual({ low: 1, high: 1 });
    // Linear up to the tested 300 logins per second: 300 / 15 = 20 vCPU.
    expect(findSized(sizeVariant('keycloak', 'single-cluster', { [LOGINS]: 300 }), 'keycloak').amounts.vcpu).toEqual({ low: 20, high: 20 });
  });

  it('needs 9 vCPU for the cluster at the example load (3 + 3 + 3, "Calculation example")', () => {
    expect(findSized(single, 'keycloak').amounts.vcpu).toEqual({ low: 9, high: 9 });
  });

  it('splits it over 3 Pods as 3 vCPU requested and 7.5 vCPU limit each, the limit adding 150 % head-room', () => {
    // "CPU requested per Pod: 3 vCPU" ... "CPU limit per Pod: 7.5 vCPU" ... "Leave 150% extra head-room".
    const example = findRequirement(findComponent('keycloak', 'single-cluster', 'keycloak'), 'example');
    expect(example.nodes).toBe(3);
    expect([example.vcpu?.request?.low, example.vcpu?.limit?.low]).toEqual([3, 7.5]);
    // Sizing derives the limit from the rule: the 9 vCPU requested plus 150 % is 3 Pods × 7.5 vCPU.
    expect(findSized(single, 'keycloak').limits.vcpu?.low).toBeCloseTo(3 * 7.5, 9);
    expect(single.limitTotals.vcpu?.low).toBeCloseTo(3 * 7.5, 9);
  });
});

describe('Keycloak: memory per Pod ("Performance recommendations", "Calculation example")', () => {
  const single = sizeVariant('keycloak', 'single-cluster', exampleLoads);

  it('requests 1250 MB per Pod, the base memory with realm data and 10,000 cached sessions', () => {
    expect(findRequirement(findComponent('keycloak', 'single-cluster', 'keycloak'), 'recommended').memory?.request?.low).toBe(mebibytes(1250));
    expect(findSized(single, 'keycloak').amounts.memoryGiB?.low).toBe(mebibytes(1250));
  });

  it('limits it at (1250 MB − 300 MB non-heap) ÷ 0.7 ≈ 1357 MB by the rule, where the example states 1360 MB', () => {
    expect((findSized(single, 'keycloak').limits.memoryGiB?.low ?? 0) * 1024).toBeCloseTo((1250 - 300) / 0.7, 6);
    expect(Math.round((findSized(single, 'keycloak').limits.memoryGiB?.low ?? 0) * 1024)).toBe(1357);
    const example = findRequirement(findComponent('keycloak', 'single-cluster', 'keycloak'), 'example');
    expect([example.memory?.request?.low, example.memory?.limit?.low]).toEqual([mebibytes(1250), mebibytes(1360)]);
    // The gap between the rule and the example's figure is recorded, not resolved.
    const conflict = findArchitecture('keycloak').conflicts.find((c) => c.component === 'keycloak' && /memory limit/i.test(c.topic));
    expect(conflict?.statements.map((s) => s.text).join(' ')).toMatch(/1357 MB[\s\S]*1360 MB/);
  });
});

describe('Keycloak: database per 100 login, logout and refresh requests per second', () => {
  const single = sizeVariant('keycloak', 'single-cluster', exampleLoads);

  it('budgets 1400 write IOPS per 100 requests per second: 5740 at the example 410', () => {
    // "Performance recommendations" (database): "Budget for 1400 Write IOPS."
    const database = findSized(single, 'database');
    expect(database.amounts.iops?.low).toBeCloseTo((1400 * 410) / 100, 9);
    expect(Math.round(database.amounts.iops?.low ?? 0)).toBe(5740);
    expect(findComponent('keycloak', 'single-cluster', 'database').sizing?.find((rule) => rule.iops)?.iopsKind).toBe('write');
  });

  it('allocates 0.35 to 0.7 vCPU per 100 requests per second: 1.435 to 2.87 vCPU at 410', () => {
    // "Allocate between 0.35 and 0.7 vCPU." The example rounds this to "1.4 to 2.8 vCPU" (recorded as a conflict).
    const vcpu = findSized(single, 'database').amounts.vcpu;
    expect(vcpu?.low).toBeCloseTo(0.35 * 4.1, 9);
    expect(vcpu?.high).toBeCloseTo(0.7 * 4.1, 9);
    expect([vcpu?.low, vcpu?.high].map((value) => Number(value?.toFixed(3)))).toEqual([1.435, 2.87]);
    expect(findArchitecture('keycloak').conflicts.some((c) => c.component === 'database' && /vCPU/.test(c.topic))).toBe(true);
  });

  it('names Aurora PostgreSQL with db.t4g.large (2 vCPU) or db.t4g.xlarge (4 vCPU), and 0.3 vCPU idle load', () => {
    // "Aurora Database instance: either db.t4g.large or db.t4g.xlarge" ... "a 2 vCPU db.t4g.large instance or a 4 vCPU
    // db.t4g.xlarge instance" ... "with a DB idle load of 0.3 vCPU".
    const database = findComponent('keycloak', 'single-cluster', 'database');
    expect(findRequirement(database, 'example', (r) => r.instances?.aws === 'db.t4g.large').vcpu?.amount.low).toBe(2);
    expect(findRequirement(database, 'example', (r) => r.instances?.aws === 'db.t4g.xlarge').vcpu?.amount.low).toBe(4);
    expect(findRequirement(database, 'example', (r) => r.instances === undefined).vcpu?.amount.low).toBe(0.3);
    const cell = findCloudCell('keycloak', 'single-cluster', 'database', 'aws');
    expect(cell.vendorNamed).toBe(true);
    expect(cell.service).toBe(findCloudService('amazon-aurora-postgresql').name);
    expect(cell.instance).toMatch(/^db\.t4g\.large\b/);
  });

  it('keeps the database sizing unchanged for two sites sharing one writer ("Sizing a multi-cluster setup")', () => {
    const multi = sizeVariant('keycloak', 'multi-cluster', exampleLoads);
    expect(findSized(multi, 'database').amounts).toEqual(findSized(single, 'database').amounts);
  });
});

describe('Keycloak: tested loads and setups', () => {
  it('warns past the tested 300 logins, 2000 grants and 435 refreshes per second, not at them', () => {
    // "tested with up to 300 per second", "up to 2000 per second", "up to 435 refresh token requests per second".
    expect(sizeVariant('keycloak', 'single-cluster', { [LOGINS]: 300, [GRANTS]: 2000, [REFRESHES]: 435 }).warnings).toEqual([]);
    const past = sizeVariant('keycloak', 'single-cluster', { [LOGINS]: 301, [GRANTS]: 2001, [REFRESHES]: 436 }).warnings.map((w) => w.driver);
    expect(past.sort()).toEqual([GRANTS, LOGINS, REFRESHES].sort());
  });

  it('records the scaled-to setup: 6 Pods with limits of 40 vCPU and 8 GB, 1,000 logins and 20,000 refreshes ("Tested load")', () => {
    const tested = findRequirement(findComponent('keycloak', 'single-cluster', 'keycloak'), 'tested', (r) => r.nodes !== undefined);
    expect([tested.nodes, tested.vcpu?.limit?.low, tested.memory?.limit?.low]).toEqual([6, 40, 8]);
    const rated = findArchitecture('keycloak').variants.find((v) => v.id === 'single-cluster')?.rated ?? [];
    expect(rated.filter((r) => r.basis === 'tested').map((r) => `${r.driver}:${r.max}`)).toEqual(
      expect.arrayContaining([`${LOGINS}:300`, `${GRANTS}:2000`, `${REFRESHES}:435`, `${LOGINS}:1000`, `${REFRESHES}:20000`]),
    );
  });

  it('names ROSA on AWS for the platform the vendor tests on ("Tested Configuration", "Reference architecture")', () => {
    const cell = findCloudCell('keycloak', 'single-cluster', 'platform', 'aws');
    expect(cell.vendorNamed).toBe(true);
    expect(cell.service).toBe(findCloudService('red-hat-openshift-aws').name);
  });
});

describe('Keycloak: the second site ("Sizing a multi-cluster setup")', () => {
  const multi = sizeVariant('keycloak', 'multi-cluster', exampleLoads);

  it('gives site 2 the same 1250 MB per Pod and between half and all of site 1 CPU: 4.5 to 9 vCPU at the example load', () => {
    expect(findSized(multi, 'keycloak').amounts.vcpu).toEqual({ low: 9, high: 9 });
    expect(findSized(multi, 'keycloak-second-site').amounts.vcpu).toEqual({ low: 9 / 2, high: 9 });
    expect(findSized(multi, 'keycloak-second-site').amounts.memoryGiB?.low).toBe(mebibytes(1250));
  });

  it('adds the external load balancer and an Infinispan cluster on each site as required ("Multi-cluster deployments")', () => {
    for (const id of ['load-balancer', 'infinispan-site-1', 'infinispan-site-2']) expect(findSized(multi, id).necessity).toBe('required');
  });
});
