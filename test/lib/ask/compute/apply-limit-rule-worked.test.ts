import { describe, expect, it } from 'vitest';
import { applyLimitRule } from '../../../../src/lib/ask/compute/apply-limit-rule.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

/**
 * The API with a CPU rule (limit = twice the request) and the vendor's example worked figures: 2 vCPU requested with a
 * 4 vCPU limit, and 1 GiB of memory requested with a 3 GiB limit; a minimum entry first states memory only.
 */
const worked = buildAskArchitectureWith([
  buildComponentInput({
    id: 'quill-api',
    name: 'Quill API',
    limits: [{ resource: 'vcpu', times: 2, text: 'CPU limit: twice the request.', source: cite }],
    requirements: [
      { scope: 'minimum', memory: '2 GB', source: cite },
      { scope: 'example', nodes: 1, vcpu: { request: 2, limit: 4 }, memory: { request: '1Gi', limit: '3Gi' }, source: cite },
    ],
  }),
]);
const ask = (question: string) => {
  const subject = buildComputeSubject(worked, question);
  return applyLimitRule(subject, [], subject.context.reading.numbers)?.text;
};

describe("applyLimitRule: the vendor's worked CPU figures", () => {
  it("adds the vendor's CPU limit for the same CPU request, read from its CPU figures, not its memory ones", () => {
    expect(ask('Quillstack API CPU limit if the request is 2 vCPU?')).toBe(
      "Quillstack (Standard): Quill API: a CPU request of 2 vCPU gives a limit of 2 vCPU × 2 = 4 vCPU. The vendor's own example " +
        'figures for this request state a limit of 4 vCPU. CPU limit: twice the request.',
    );
  });

  it('adds nothing for a CPU request that only equals the memory request in number', () => {
    expect(ask('Quillstack API CPU limit if the request is 1 vCPU?')).toBe(
      'Quillstack (Standard): Quill API: a CPU request of 1 vCPU gives a limit of 1 vCPU × 2 = 2 vCPU. CPU limit: twice the request.',
    );
  });

  it("ends on the rule's own sentence, without the space the vendor's text trails", () => {
    const trailing = buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        limits: [{ resource: 'vcpu', times: 2, text: 'CPU limit: twice the request.  ', source: cite }],
      }),
    ]);
    const subject = buildComputeSubject(trailing, 'Quillstack API CPU limit if the request is 3 vCPU?');
    expect(applyLimitRule(subject, [], subject.context.reading.numbers)?.text).toBe(
      'Quillstack (Standard): Quill API: a CPU request of 3 vCPU gives a limit of 3 vCPU × 2 = 6 vCPU. CPU limit: twice the request.',
    );
  });
});
