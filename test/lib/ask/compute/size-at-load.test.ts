import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { sizeAtLoad } from '../../../../src/lib/ask/compute/size-at-load.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture rules: the API needs 1 vCPU per 10 sign-ins per second, its CPU limit twice the request; without the shared
// host the ledger database states 2 × 4 vCPU for high availability, which does not grow with the load.
const atFifty = [{ driver: 'sign-ins-per-second', value: 50 }];
const onHost = buildComputeSubject(buildAskArchitecture(), 'Quillstack');
const noHost = buildComputeSubject(buildAskArchitecture({ hosts: [] }), 'Quillstack');
const cite = 'authgear-self-managed#resources-reference';
const signIns = { id: 'sign-ins-per-second', label: 'sign-ins per second', singular: 'sign-in per second', source: cite };
const users = { id: 'users', label: 'users', singular: 'user', source: cite };
/** A ledger database stating a minimum of 1 × (2 vCPU, 8 GB, 100 GB), which does not grow with the load. */
const ledgerStating = buildComponentInput({
  id: 'ledger-db',
  name: 'Ledger database',
  requirements: [{ scope: 'minimum', nodes: 1, vcpu: 2, memory: '8 GB', storage: '100 GB', source: cite }],
});
const size = (subject: typeof noHost, options: Partial<Parameters<typeof sizeAtLoad>[3]> = {}, words = '') =>
  sizeAtLoad(subject, atFifty, words ? findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set()) : [], {
    resources: ['vcpu'],
    side: null,
    whole: false,
    ...options,
  });

describe('sizeAtLoad', () => {
  it('sizes nothing at a load of a driver the product does not size by', () => {
    const elsewhere = sizeAtLoad(noHost, [{ driver: 'users', value: 500 }], [], { resources: ['vcpu'], side: null, whole: true });
    expect(elsewhere).toBeNull();
  });

  it('sizes what grows with the load by its rule and head-room, and shows the arithmetic', () => {
    const sized = size(noHost);
    expect(sized?.text).toContain('Quill API: 5 vCPU requested, limit 10 vCPU.');
    expect(sized?.text).toContain('at 50 sign-ins per second: 5 vCPU');
  });

  it("adds the whole deployment's totals when figures that do not grow make them differ", () => {
    const sized = size(noHost);
    // 5 vCPU for the API at this load + 2 × 4 vCPU stated for the ledger database = 13 vCPU.
    expect(sized?.text).toContain('Whole deployment (every required and recommended component at this load): 13 vCPU requested');
    expect(sized?.totals).toEqual([{ resource: 'vcpu', value: { low: 13, high: 13 }, text: '13 vCPU' }]);
    expect(sized?.components).toEqual(['quill-api', 'ledger-db']);
  });

  it('gives CPU at the load in cores when the rule counts cores, in vCPU when it writes a bare number', () => {
    const cored = buildComputeSubject(
      buildAskArchitectureWith(
        [
          buildComponentInput({
            id: 'quill-api',
            name: 'Quill API',
            requirements: [],
            sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: '1 core', source: cite }],
          }),
        ],
        { hosts: [] },
      ),
      'Quillstack',
    );
    expect(size(cored, {}, 'api')?.text).toContain('Quill API: 5 cores');
    expect(size(noHost, {}, 'api')?.text).toContain('Quill API: 5 vCPU requested');
  });

  it('reports only the side asked for', () => {
    expect(size(noHost, { side: 'request' })?.text).not.toContain('limit 10');
    expect(size(noHost, { side: 'limit' })?.text).not.toContain('5 vCPU requested');
  });

  it("totals only the named components' rows when the deployment is not asked for", () => {
    const sized = size(noHost, {}, 'api');
    expect(sized?.text).not.toContain('Whole deployment');
    expect(sized?.totals).toEqual([{ resource: 'vcpu', value: { low: 5, high: 5 }, text: '5 vCPU', stated: ['1 vCPU'] }]);
    // The API states no memory at this load, so no memory total is given.
    expect(size(noHost, { resources: ['vcpu', 'memoryGiB'] }, 'api')?.totals).toEqual([
      { resource: 'vcpu', value: { low: 5, high: 5 }, text: '5 vCPU', stated: ['1 vCPU'] },
    ]);
  });

  it('leaves an excluded component out of the totals and says so', () => {
    const sized = size(noHost, { whole: true, excluded: ['ledger-db'] });
    expect(sized?.text).toContain('leaving out Ledger database): 5 vCPU requested, 10 vCPU limit.');
    expect(sized?.components).toEqual(['quill-api']);
  });

  it('keeps a component the vendor sizes with its host in, and says why', () => {
    const sized = size(onHost, { whole: true, excluded: ['quill-worker'] });
    expect(sized?.text).toContain('Quill worker shares a host whose figures the vendor states as a whole, so they stay in.');
    expect(sized?.text).not.toContain('leaving out');
  });

  it('gives nothing to report when no figure grows and nothing is named or totalled', () => {
    const still = buildComputeSubject(
      buildArchitecture({
        loadDrivers: [{ id: 'tenants', label: 'tenants', singular: 'tenant', source: 'authgear-self-managed#introduction' }],
      }),
      'How much CPU for 50 tenants?',
    );
    expect(sizeAtLoad(still, [{ driver: 'tenants', value: 50 }], [], { resources: ['vcpu'], side: null, whole: false })).toBeNull();
  });

  it("writes a size in the unit the vendor's figures use: 2GB per 10 sign-ins per second at 50 is 10 GB", () => {
    const withMemoryRule = (memory: string) =>
      buildComputeSubject(
        buildAskArchitectureWith([
          buildComponentInput({
            id: 'quill-api',
            name: 'Quill API',
            sizing: [{ driver: 'sign-ins-per-second', per: 10, memory, source: 'authgear-self-managed#resources-reference' }],
          }),
        ]),
        'Quillstack',
      );
    expect(size(withMemoryRule('2GB'), { resources: ['memoryGiB'] })?.text).toContain('Quill API: 10 GB.');
    expect(size(withMemoryRule('2Gi'), { resources: ['memoryGiB'] })?.text).toContain('Quill API: 10 GiB.');
  });

  it('adds up the named rows that grow, with no asked resource falling back on what grows', () => {
    const twoRules = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
        }),
        buildComponentInput({
          id: 'quill-worker',
          name: 'Quill worker',
          sizing: [{ driver: 'sign-ins-per-second', per: 20, vcpu: 1, source: cite }],
        }),
      ]),
      'Quillstack',
    );
    // 50 ÷ 10 = 5 vCPU and 50 ÷ 20 = 2.5 vCPU: together 7.5 vCPU.
    const sized = size(twoRules, { resources: [] }, 'api worker');
    expect(sized?.text).toContain('Quill API: 5 vCPU.');
    expect(sized?.text).toContain('Quill worker: 2.5 vCPU.');
    expect(sized?.text).toContain('Together: 7.5 vCPU.');
    expect(sized?.totals).toEqual([{ resource: 'vcpu', value: { low: 7.5, high: 7.5 }, text: '7.5 vCPU', stated: ['1 vCPU', '1 vCPU'] }]);
  });

  it('reports only the resources that grow when none is asked, not what a growing row also states', () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, memory: '2 GB', source: cite }],
          sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
        }),
      ]),
      'Quillstack',
    );
    // 1 vCPU stated + 50 ÷ 10 × 1 vCPU = 6 vCPU; the stated 2 GB and the one node do not grow.
    const sized = size(subject, { resources: [] });
    expect(sized?.text).toContain('Quill API: 6 vCPU.');
    expect(sized?.text).not.toMatch(/GB|GiB|node/);
    expect(sized?.totals).toEqual([{ resource: 'vcpu', value: { low: 6, high: 6 }, text: '6 vCPU', stated: ['1 vCPU', '1 vCPU'] }]);
  });

  it('totals every resource the deployment states when nothing grows and the whole deployment is asked', () => {
    const apiStating = buildComponentInput({
      id: 'quill-api',
      name: 'Quill API',
      requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }],
    });
    const subject = buildComputeSubject(buildAskArchitectureWith([apiStating, ledgerStating]), 'Quillstack');
    // 1 + 1 nodes, 1 + 2 vCPU; only the ledger database states memory and storage.
    const sized = size(subject, { resources: [], whole: true });
    expect(sized?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Whole deployment (every required and recommended component at this load): 2 nodes, 3 vCPU, 8 GiB, 100 GiB.',
    );
    expect(sized?.totals.map((total) => total.text)).toEqual(['2 nodes', '3 vCPU', '8 GiB', '100 GiB']);
    expect(sized?.components).toEqual(['quill-api', 'ledger-db']);
  });

  it('gives nothing when nothing grows and the deployment is not asked, though figures are stated', () => {
    const subject = buildComputeSubject(buildAskArchitectureWith([ledgerStating]), 'Quillstack');
    expect(size(subject, { resources: [] })).toBeNull();
  });

  it("reports what a named component that does not grow states, in the vendor's units, and nothing of what others grow", () => {
    // The ledger database's high-availability figures: 2 nodes × (4 vCPU, 16 GB, 200 GB).
    expect(size(noHost, { resources: [] }, 'ledger')?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Ledger database: 2 nodes; 8 vCPU; 32 GB; 400 GB.',
    );
  });

  it("writes the vendor's unit only from the figures of the scope used and the rules of the loads given", () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith(
        [
          buildComponentInput({
            id: 'quill-api',
            name: 'Quill API',
            requirements: [
              { scope: 'high-availability', nodes: 1, memory: '4 GB', source: cite },
              { scope: 'minimum', nodes: 1, memory: '2Gi', source: cite },
            ],
            sizing: [
              { driver: 'sign-ins-per-second', per: 10, memory: '1GB', source: cite },
              { driver: 'users', per: 100, memory: '1Gi', source: cite },
            ],
          }),
        ],
        { loadDrivers: [signIns, users] },
      ),
      'Quillstack',
    );
    // 4 GB stated for high availability + 50 ÷ 10 × 1 GB = 9 GB; the minimum's 2Gi and the users rule are not used.
    expect(size(subject, { resources: ['memoryGiB'] })?.text).toContain('Quill API: 9 GB.');
  });

  it("writes the vendor's unit for a component listed after others, when its scope states no figure of that resource", () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({ id: 'ledger-db', name: 'Ledger database' }),
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }],
          sizing: [{ driver: 'sign-ins-per-second', per: 10, memory: '1Gi', storage: '10GB', source: cite }],
        }),
      ]),
      'Quillstack',
    );
    // 50 ÷ 10 × 1 GiB = 5 GiB of memory and 50 ÷ 10 × 10 GB = 50 GB of storage, each in the unit its rule uses.
    expect(size(subject, { resources: ['memoryGiB', 'storageGiB'] })?.text).toContain('Quill API: 5 GiB; 50 GB.');
  });

  it('gives the memory limit a head-room rule derives, with its rule, only when memory is asked', () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, memory: '1GB', source: cite }],
          limits: [
            {
              resource: 'memory',
              minus: '256 MB',
              dividedBy: 0.5,
              text: 'Memory limit: the request minus 256 MB, divided by 0.5.',
              source: cite,
            },
            { resource: 'vcpu', times: 2, text: 'Twice the request is the CPU limit.', source: cite },
          ],
        }),
      ]),
      'Quillstack',
    );
    // 50 ÷ 10 × 1 GB = 5 GB requested; (5 GiB − 0.25 GiB) ÷ 0.5 = 9.5 GiB limit.
    const memory = size(subject, { resources: ['memoryGiB'] })?.text;
    expect(memory).toContain('Quill API: 5 GB requested, limit 9.5 GiB.');
    expect(memory).toContain('Memory limit: the request minus 256 MB, divided by 0.5.');
    // A head-room note shows only when it opens with the limit it sets.
    const cpu = size(subject, { resources: ['vcpu'] })?.text;
    expect(cpu).toContain('Quill API: 5 vCPU requested, limit 10 vCPU.');
    expect(cpu).not.toContain('Memory limit');
    expect(cpu).not.toContain('Twice the request');
    const otherWording = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'quill-api',
          name: 'Quill API',
          sizing: [{ driver: 'sign-ins-per-second', per: 10, memory: '1GB', source: cite }],
          limits: [{ resource: 'memory', times: 2, text: 'Twice the request is the memory limit.', source: cite }],
        }),
      ]),
      'Quillstack',
    );
    expect(size(otherWording, { resources: ['memoryGiB'] })?.text).not.toContain('Twice the request');
  });

  it("gives the deployment's totals on the side asked for", () => {
    // Requests: 5 vCPU for the API + 2 × 4 vCPU for the ledger database; limits: only the API's 2 × 5 vCPU.
    const request = size(noHost, { side: 'request', whole: true })?.text;
    expect(request).toContain('at this load): 13 vCPU requested.');
    expect(request).not.toContain('vCPU limit');
    const limit = size(noHost, { side: 'limit', whole: true })?.text;
    expect(limit).toContain('at this load): 10 vCPU limit.');
    expect(limit).not.toContain('requested');
  });

  it('names every component left out, and every one that stays in on its host', () => {
    expect(size(noHost, { whole: true, excluded: ['ledger-db', 'session-cache'] })?.text).toContain(
      'leaving out Ledger database and Session cache):',
    );
    expect(size(onHost, { whole: true, excluded: ['quill-api', 'quill-worker'] })?.text).toContain(
      'Quill API and Quill worker share a host whose figures the vendor states as a whole, so they stay in.',
    );
    expect(size(noHost, { whole: true, excluded: ['ledger-db'] })?.text).not.toContain('host');
  });

  it('adds no totals when a component is left out but the question names another', () => {
    expect(size(noHost, { excluded: ['ledger-db'] }, 'api')?.text).not.toContain('Whole deployment');
  });

  it('adds no totals when every other component is optional, states nothing, or sits on a host', () => {
    const growing = buildComponentInput({
      id: 'quill-api',
      name: 'Quill API',
      requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }],
      sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
    });
    const optional = buildComponentInput({
      id: 'session-cache',
      name: 'Session cache',
      role: 'cache',
      necessity: { level: 'optional', source: cite },
      requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }],
    });
    const unstated = buildComponentInput({ id: 'ledger-db', name: 'Ledger database' });
    const hosted = buildComponentInput({
      id: 'quill-worker',
      name: 'Quill worker',
      role: 'job-worker',
      requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, source: cite }],
    });
    const host = {
      id: 'app-box',
      name: 'Application box',
      kind: 'server' as const,
      components: ['quill-api', 'quill-worker'],
      source: cite,
    };
    for (const architecture of [
      buildAskArchitectureWith([growing, optional]),
      buildAskArchitectureWith([growing, unstated]),
      buildAskArchitectureWith([growing, hosted], { hosts: [host] }),
    ]) {
      expect(size(buildComputeSubject(architecture, 'Quillstack'))?.text).not.toContain('Whole deployment');
    }
  });

  it('shows at most four growing components', () => {
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    const subject = buildComputeSubject(
      buildAskArchitectureWith(
        names.map((name) =>
          buildComponentInput({
            id: name.toLowerCase(),
            name,
            role: 'application-service',
            sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
          }),
        ),
      ),
      'Quillstack',
    );
    const sized = size(subject);
    // Four rows of 50 ÷ 10 = 5 vCPU each.
    expect(sized?.text).toContain('Delta: 5 vCPU.');
    expect(sized?.text).not.toContain('Echo');
    expect(sized?.text).toContain('Together: 20 vCPU.');
    expect(sized?.components).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
  });

  it('adds up a resource only when at least two rows state it, and each such resource', () => {
    const rowWith = (id: string, name: string, rule: { vcpu?: number; memory?: string }) =>
      buildComponentInput({
        id,
        name,
        role: 'application-service',
        sizing: [{ driver: 'sign-ins-per-second', per: 10, ...rule, source: cite }],
      });
    const apart = buildComputeSubject(
      buildAskArchitectureWith([
        rowWith('quill-api', 'Quill API', { vcpu: 1 }),
        rowWith('quill-worker', 'Quill worker', { memory: '1GB' }),
      ]),
      'Quillstack',
    );
    const split = size(apart, { resources: [] })?.text;
    expect(split).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Quill API: 5 vCPU. 1 vCPU per 10 sign-ins per second, at 50 sign-ins per second: 5 vCPU. ' +
        'Quill worker: 5 GB. 1GB of memory per 10 sign-ins per second, at 50 sign-ins per second: 5 GiB memory.',
    );
    const both = buildComputeSubject(
      buildAskArchitectureWith([
        rowWith('quill-api', 'Quill API', { vcpu: 1, memory: '1GB' }),
        rowWith('quill-worker', 'Quill worker', { vcpu: 1, memory: '1GB' }),
      ]),
      'Quillstack',
    );
    expect(size(both, { resources: [] })?.text).toContain('Together: 10 vCPU, 10 GiB.');
  });

  it('adds up the side the rows show: limits when limits are asked, requests and limits when both are shown', () => {
    const limited = (id: string, name: string) =>
      buildComponentInput({
        id,
        name,
        role: 'application-service',
        sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
        limits: [{ resource: 'vcpu', times: 3, text: 'CPU limit: three times the request.', source: cite }],
      });
    const pair = buildComputeSubject(
      buildAskArchitectureWith([limited('quill-api', 'Quill API'), limited('quill-worker', 'Quill worker')]),
      'Quillstack',
    );
    // Each row: 50 ÷ 10 = 5 vCPU requested, limit 15 vCPU.
    expect(size(pair, { side: 'limit' }, 'api worker')?.text).toContain('Together: limit 30 vCPU.');
    expect(size(pair, { side: null }, 'api worker')?.text).toContain('Together: 10 vCPU requested, limit 30 vCPU.');
    expect(size(pair, { side: 'request' }, 'api worker')?.text).toContain('Together: 10 vCPU.');
  });

  it('names every load given, and warns past each load the variant is rated or tested for', () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith(
        [
          buildComponentInput({
            id: 'quill-api',
            name: 'Quill API',
            sizing: [
              { driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite },
              { driver: 'users', per: 1000, vcpu: 1, source: cite },
            ],
          }),
        ],
        {
          loadDrivers: [signIns, users],
          variants: [
            {
              id: 'standard',
              name: 'Standard',
              summary: 'One API.',
              rated: [
                { driver: 'sign-ins-per-second', max: 40, basis: 'rated', source: cite },
                { driver: 'users', max: 1000, basis: 'tested', source: cite },
              ],
              source: cite,
            },
          ],
        },
      ),
      'Quillstack',
    );
    const sized = sizeAtLoad(
      subject,
      [
        { driver: 'sign-ins-per-second', value: 50 },
        { driver: 'users', value: 2000 },
      ],
      [],
      { resources: ['vcpu'], side: null, whole: false },
    );
    // 50 ÷ 10 + 2,000 ÷ 1,000 = 7 vCPU.
    expect(sized?.text).toMatch(/^Quillstack at 50 sign-ins per second and 2,000 users: Quill API: 7 vCPU\. /);
    expect(sized?.text).toMatch(
      / 50 sign-ins per second is outside what Standard is rated for \(up to 40 sign-ins per second\); the figures below are the vendor's for its rated range and may not hold\. 2,000 users is outside what Standard is tested for \(up to 1,000 users\); the figures below are the vendor's for its tested range and may not hold\.$/,
    );
  });
});
