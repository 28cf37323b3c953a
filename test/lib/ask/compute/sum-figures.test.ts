import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { describeScopes, selectEntries, sumFigures, writeSum, writeTotal } from '../../../../src/lib/ask/compute/sum-figures.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture, buildAskArchitectureWith, buildLedgerInput } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture figures: the application box (API and worker) 1 × 2 vCPU, 4 GB minimum and 3 × 4 vCPU, 16 GB for high
// availability; the ledger database 1 × 2 vCPU, 8 GB, 100 GB minimum and 2 × 4 vCPU, 16 GB, 200 GB for high
// availability; the API's example 2 × 500m/1000m CPU, 512Mi/1Gi memory; the worker's 1 × 250m CPU, 256Mi memory.
const architecture = buildAskArchitecture();
const subject = buildComputeSubject(architecture, 'Quillstack');
const targets = (words: string) => findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set());
const sum = (words: string, request: Partial<Parameters<typeof sumFigures>[2]> = {}) =>
  sumFigures(subject, words === '' ? [] : targets(words), {
    resources: ['vcpu', 'memoryGiB', 'nodes', 'storageGiB'],
    side: null,
    scopes: [],
    counts: new Map(),
    ...request,
  });
const requirementsOf = (id: string) =>
  architecture.hosts.find((host) => host.id === id)?.requirements ?? architecture.components.find((c) => c.id === id)?.requirements;

describe('selectEntries', () => {
  it('takes the scope the question names, else the one sizing prefers', () => {
    expect(selectEntries(requirementsOf('app-box'), ['minimum'], false).map((entry) => entry.scope)).toEqual(['minimum']);
    expect(selectEntries(requirementsOf('app-box'), [], false).map((entry) => entry.scope)).toEqual(['high-availability']);
  });

  it('leaves out what does not state a named scope, unless the thing itself was named', () => {
    expect(selectEntries(requirementsOf('quill-api'), ['minimum'], false)).toEqual([]);
    expect(selectEntries(requirementsOf('quill-api'), ['minimum'], true).map((entry) => entry.scope)).toEqual(['example']);
  });

  it('falls back on example figures only for something named', () => {
    expect(selectEntries(requirementsOf('quill-api'), [], false)).toEqual([]);
    expect(selectEntries(requirementsOf('quill-api'), [], true).map((entry) => entry.scope)).toEqual(['example']);
    expect(selectEntries(undefined, [], true)).toEqual([]);
  });
});

describe('sumFigures', () => {
  it('sums the whole variant with hosts counted once, per node times nodes', () => {
    const sums = sum('');
    expect(sums.scopes).toEqual(['high-availability']);
    expect(sums.sums.map((s) => [s.resource, s.side, s.total.high])).toEqual([
      ['vcpu', 'request', 3 * 4 + 2 * 4],
      // archkb reads a vendor's GB as GiB (src/schemas/quantity.ts), so 80 GB is 80 GiB.
      ['memoryGiB', 'request', 3 * 16 + 2 * 16],
      ['nodes', 'request', 5],
      ['storageGiB', 'request', 2 * 200],
    ]);
    expect(sums.used.sort()).toEqual(['ledger-db', 'quill-api', 'quill-worker']);
  });

  it('uses the scope the question names', () => {
    const sums = sum('', { resources: ['vcpu'], scopes: ['minimum'] });
    expect(sums.scopes).toEqual(['minimum']);
    expect(sums.sums[0]?.total).toEqual({ low: 2 + 2, high: 2 + 2 });
  });

  it('takes the counts the question sets over the stated ones, on both sides unless one is asked', () => {
    const sums = sum('api worker', { resources: ['vcpu'], counts: new Map([['quill-api', 3]]) });
    expect(sums.sums.map((s) => [s.side, s.total.high])).toEqual([
      ['request', 3 * 0.5 + 0.25],
      ['limit', 3 * 1],
    ]);
    expect(sum('api', { resources: ['vcpu'], side: 'limit' }).sums.map((s) => [s.side, s.total.high])).toEqual([['limit', 2 * 1]]);
  });

  it('names what was asked for and states no figure', () => {
    expect(sum('session cache', { resources: ['vcpu'] })).toEqual({ sums: [], scopes: [], used: [], unstated: ['Session cache'] });
  });

  it('counts nodes only where a count is stated or set', () => {
    expect(sum('api worker', { resources: ['nodes'] }).sums[0]?.terms.map((term) => [term.name, term.count])).toEqual([
      ['Quill API', 2],
      ['Quill worker', 1],
    ]);
  });
});

describe('sumFigures: nodes the question counts where the vendor states none', () => {
  it('counts the nodes the question sets for a part whose figures give no count, and none when the question sets none', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const uncounted = buildAskArchitectureWith([
      buildLedgerInput({ requirements: [{ scope: 'minimum', vcpu: 2, memory: '8 GB', source: cite }] }),
    ]);
    const uncountedSubject = buildComputeSubject(uncounted, 'Quillstack');
    const found = findTargets(uncountedSubject.resolved, tokenizeText('ledger'), uncountedSubject.entry.nameTokens, new Set());
    const request = { resources: ['nodes' as const], side: null, scopes: [], counts: new Map([['ledger-db', 4]]) };
    // Four set by the question, one node each: 4 nodes, written without machine types since the vendor names none.
    const [nodes] = sumFigures(uncountedSubject, found, request).sums;
    expect(nodes?.terms.map((term) => [term.name, term.count])).toEqual([['Ledger database', 4]]);
    expect(nodes?.total).toEqual({ low: 4, high: 4 });
    expect(sumFigures(uncountedSubject, found, { ...request, counts: new Map() }).sums).toEqual([]);
  });
});

describe('writeSum and writeTotal', () => {
  it("writes each term as the vendor wrote it and the total in the vendor's unit", () => {
    const [cpu, memory, nodes, storage] = sum('').sums;
    expect(cpu && writeSum(cpu, false)).toBe('CPU: 3 × 4 vCPU (Application box) + 2 × 4 vCPU (Ledger database) = 20 vCPU');
    expect(memory && writeSum(memory, false)).toBe('memory: 3 × 16 GB (Application box) + 2 × 16 GB (Ledger database) = 80 GB');
    expect(nodes && writeSum(nodes, true)).toBe('nodes: 3 nodes (Application box) + 2 nodes (Ledger database) = 5 nodes');
    expect(storage && writeSum(storage, true)).toBe('storage: 2 × 200 GB (Ledger database) = 400 GB');
  });

  it('writes CPU terms and their total in cores when the vendor counts cores, and in vCPU otherwise', () => {
    const term = (stated: string) => ({
      name: 'Application box',
      count: 3,
      perNode: { low: 4, high: 4 },
      total: { low: 12, high: 12 },
      components: ['app-box'],
      stated,
    });
    const cpu = (stated: string) => ({
      resource: 'vcpu' as const,
      side: 'request' as const,
      terms: [term(stated)],
      total: { low: 12, high: 12 },
    });
    expect(writeSum(cpu('4 CPU cores'), false)).toBe('CPU: 3 × 4 CPU cores (Application box) = 12 cores');
    expect(writeSum(cpu('4'), false)).toBe('CPU: 3 × 4 vCPU (Application box) = 12 vCPU');
  });

  it('names the side only for CPU and memory and only when both sides are shown', () => {
    const [request, limit] = sum('api', { resources: ['vcpu'] }).sums;
    expect(request && writeSum(request, true)).toBe('CPU requests: 2 × 0.5 vCPU (Quill API) = 1 vCPU');
    expect(limit && writeSum(limit, true)).toBe('CPU limits: 2 × 1 vCPU (Quill API) = 2 vCPU');
    expect(request && writeSum(request, false)).toBe('CPU: 2 × 0.5 vCPU (Quill API) = 1 vCPU');
  });

  it('gives binary-written sizes in binary units (512Mi + 256Mi = 0.75 GiB = 768 MiB)', () => {
    const [memory] = sum('api worker', { resources: ['memoryGiB'], side: 'request', counts: new Map([['quill-api', 1]]) }).sums;
    expect(memory && writeTotal(memory)).toBe('768 MiB');
    expect(memory && writeSum(memory, false)).toBe('memory: 512Mi (Quill API) + 256Mi (Quill worker) = 768 MiB');
  });

  it('writes one term with one node as that figure alone', () => {
    const [cpu] = sum('worker', { resources: ['vcpu'], side: 'request' }).sums;
    expect(cpu && writeSum(cpu, false)).toBe('CPU: 0.25 vCPU (Quill worker)');
  });
});

describe('describeScopes', () => {
  it('joins the scopes in words', () => {
    expect(describeScopes(['minimum', 'high-availability'])).toBe('minimum and for high availability');
    expect(describeScopes([])).toBe('');
  });
});

describe('sumFigures: disk operations', () => {
  // Two ledger nodes, each with 100 GB of storage and 3000 IOPS.
  const ledger = buildAskArchitectureWith([
    buildLedgerInput({
      requirements: [{ scope: 'minimum', nodes: 2, storage: '100 GB', iops: 3000, source: 'authgear-self-managed#resources-reference' }],
    }),
  ]);

  it('sums IOPS per node times the nodes, apart from storage, and writes them as IOPS', () => {
    const sums = sumFigures(buildComputeSubject(ledger, 'Quillstack'), [], {
      resources: ['iops'],
      side: null,
      scopes: [],
      counts: new Map(),
    }).sums;
    expect(sums.map((s) => [s.resource, s.side, s.total])).toEqual([['iops', 'request', { low: 2 * 3000, high: 2 * 3000 }]]);
    const [iops] = sums;
    // A term keeps the figure as the schema wrote it (no unit); the total is converted and named.
    expect(iops && writeSum(iops, false)).toBe('IOPS: 2 × 3,000 (Ledger database) = 6,000 IOPS');
  });
});

describe('sumFigures: a named host that states no figures of its own', () => {
  const bare = buildAskArchitecture({
    hosts: [
      {
        id: 'app-box',
        name: 'Application box',
        kind: 'server',
        components: ['quill-api', 'quill-worker'],
        source: 'authgear-self-managed#resources-reference',
      },
    ],
  });
  const bareSubject = buildComputeSubject(bare, 'Quillstack');

  it('sums the host’s members, each with its own figures', () => {
    const hostTargets = findTargets(bareSubject.resolved, tokenizeText('application box'), bareSubject.entry.nameTokens, new Set());
    const sums = sumFigures(bareSubject, hostTargets, { resources: ['vcpu'], side: 'request', scopes: [], counts: new Map() });
    // The API's example: 2 × 500m; the worker's: 1 × 250m.
    expect(sums.sums.map((s) => [s.terms.map((term) => term.name), s.total.high])).toEqual([
      [['Quill API', 'Quill worker'], 2 * 0.5 + 0.25],
    ]);
    expect(sums.used.sort()).toEqual(['quill-api', 'quill-worker']);
    expect(sums.unstated).toEqual([]);
  });
});

describe('writeSum: the machine types of counted nodes', () => {
  it('names the types the vendor gives per cloud beside the nodes they count', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const typed = buildAskArchitectureWith([
      buildLedgerInput({
        requirements: [
          { scope: 'minimum', nodes: 3, vcpu: 2, memory: '8 GB', instances: { azure: 'D2 v3', aws: 'm6i.large' }, source: cite },
        ],
      }),
    ]);
    const typedSubject = buildComputeSubject(typed, 'Quillstack');
    const found = findTargets(typedSubject.resolved, tokenizeText('ledger'), typedSubject.entry.nameTokens, new Set());
    const [nodes] = sumFigures(typedSubject, found, { resources: ['nodes'], side: null, scopes: [], counts: new Map() }).sums;
    expect(nodes && writeSum(nodes, true)).toBe('nodes: 3 nodes (Ledger database, D2 v3 on Azure, m6i.large on AWS)');
  });
});

describe('sumFigures: several named scopes', () => {
  it('takes a figure the first named scope leaves unstated from the next one the question names, and none it does not name', () => {
    const cite = 'authgear-self-managed#resources-reference';
    // The cache states 1 vCPU and 512 MB at minimum and only 1 GB of memory for production.
    const cached = buildAskArchitectureWith([
      buildLedgerInput({
        requirements: [
          { scope: 'minimum', vcpu: 1, memory: '512 MB', source: cite },
          { scope: 'production', memory: '1 GB', source: cite },
        ],
      }),
    ]);
    const cachedSubject = buildComputeSubject(cached, 'Quillstack');
    const found = findTargets(cachedSubject.resolved, tokenizeText('ledger'), cachedSubject.entry.nameTokens, new Set());
    const request = { resources: ['vcpu' as const, 'memoryGiB' as const], side: null, counts: new Map() };
    const both = sumFigures(cachedSubject, found, { ...request, scopes: ['production', 'minimum'] });
    // Production memory (1 GB), and the minimum's 1 vCPU where production states no CPU.
    expect(both.sums.map((sum) => [sum.resource, sum.total.low])).toEqual([
      ['vcpu', 1],
      ['memoryGiB', 1],
    ]);
    // Production alone states no CPU, so there is no CPU sum.
    expect(sumFigures(cachedSubject, found, { ...request, scopes: ['production'] }).sums.map((sum) => sum.resource)).toEqual(['memoryGiB']);
  });
});

describe('writeSum: counts of copies', () => {
  const term = (name: string, count: number, copies: 'nodes' | 'pods' | 'replicas' | 'instances') => ({
    name,
    count,
    perNode: null,
    total: { low: count, high: count },
    components: [name],
    copies,
  });
  const counts = (...terms: ReturnType<typeof term>[]) =>
    writeSum(
      {
        resource: 'nodes',
        side: 'request',
        terms,
        total: { low: terms.reduce((total, t) => total + t.count, 0), high: terms.reduce((total, t) => total + t.count, 0) },
      },
      false,
    );

  it('adds counts of one kind of copy and names them by it', () => {
    expect(counts(term('A', 1, 'replicas'), term('B', 2, 'replicas'))).toBe('replicas: 1 replica (A) + 2 replicas (B) = 3 replicas');
    expect(counts(term('A', 3, 'pods'))).toBe('pods: 3 pods (A)');
  });

  it('lists counts of unlike copies without adding them', () => {
    expect(counts(term('A', 6, 'pods'), term('B', 3, 'nodes'), term('C', 2, 'instances'))).toBe(
      'counts: 6 pods (A), 3 nodes (B), 2 instances (C)',
    );
  });
});
