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

  it('reports only the side asked for', () => {
    expect(size(noHost, { side: 'request' })?.text).not.toContain('limit 10');
    expect(size(noHost, { side: 'limit' })?.text).not.toContain('5 vCPU requested');
  });

  it("totals only the named components' rows when the deployment is not asked for", () => {
    const sized = size(noHost, {}, 'api');
    expect(sized?.text).not.toContain('Whole deployment');
    expect(sized?.totals).toEqual([{ resource: 'vcpu', value: { low: 5, high: 5 }, text: '5 vCPU' }]);
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
    const cite = 'authgear-self-managed#resources-reference';
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
    expect(sized?.totals).toEqual([{ resource: 'vcpu', value: { low: 7.5, high: 7.5 }, text: '7.5 vCPU' }]);
  });
});
