import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { sizeAtLoad } from '../../../../src/lib/ask/compute/size-at-load.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

/** The API needs 1 vCPU per 10 sign-ins per second and states no limit; the ledger database states the figures given. */
const subjectWith = (ledger: Parameters<typeof buildComponentInput>[0]) =>
  buildComputeSubject(
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        sizing: [{ driver: 'sign-ins-per-second', per: 10, vcpu: 1, source: cite }],
      }),
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', ...ledger }),
    ]),
    'Quillstack',
  );
const spread = { count: 5, noun: 'pod' };
const atFifty = [{ driver: 'sign-ins-per-second', value: 50 }];

describe("sizeAtLoad: one copy's share of a load spread over several", () => {
  it('gives the share of the one named row with a figure of the resource, beside a named row with none', () => {
    const subject = subjectWith({ requirements: [{ scope: 'minimum', nodes: 1, memory: '8 GB', source: cite }] });
    const targets = findTargets(subject.resolved, tokenizeText('api ledger'), subject.entry.nameTokens, new Set());
    const sized = sizeAtLoad(subject, atFifty, targets, { resources: ['vcpu'], side: null, whole: false, spread });
    // 50 ÷ 10 × 1 vCPU = 5 vCPU over 5 pods: 1 vCPU per pod; the ledger database states no CPU.
    expect(sized?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Quill API: 5 vCPU. 1 vCPU per 10 sign-ins per second, at 50 sign-ins per ' +
        'second: 5 vCPU. Spread over 5 pods, per pod: 1 vCPU.',
    );
  });

  it('gives no share when only limits are asked and the one growing row states none', () => {
    const subject = subjectWith({ requirements: [{ scope: 'minimum', nodes: 1, vcpu: { request: 2, limit: 4 }, source: cite }] });
    const sized = sizeAtLoad(subject, atFifty, [], { resources: ['vcpu'], side: 'limit', whole: false, spread });
    // The API states no CPU limit, so its row is empty on this side; only the ledger database's 1 × 4 vCPU limit is totalled.
    expect(sized?.text).toBe(
      'Quillstack (Standard) at 50 sign-ins per second: Whole deployment (every required and recommended component at this load): ' +
        '4 vCPU limit.',
    );
  });
});
