import { describe, expect, it } from 'vitest';
import { applyLimitRule } from '../../../../src/lib/ask/compute/apply-limit-rule.ts';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture rules of the API: CPU limit = request × 2; memory limit = (request − 200 MB) ÷ 0.5.
const architecture = buildAskArchitecture();
const limit = (question: string, words = '') => {
  const subject = buildComputeSubject(architecture, question);
  const targets = words ? findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set()) : [];
  return applyLimitRule(subject, targets, subject.context.reading.numbers);
};

describe('applyLimitRule', () => {
  it("works the memory rule out in the question's unit", () => {
    expect(limit('Quillstack API memory limit if the request is 1000 MB?')).toEqual({
      text: 'Quillstack (Standard): Quill API: a memory request of 1,000 MB gives a limit of (1,000 MB − 200 MB) ÷ 0.5 = 1,600 MB. Memory limit: the request minus 200 MB, divided by 0.5.',
      components: ['quill-api'],
    });
  });

  it('converts the subtrahend into the unit the question uses (200 MB = 0.2 GiB, archkb reading MB as MiB)', () => {
    // (2 GiB − 0.195 GiB) ÷ 0.5 = 3.61 GiB, written to one decimal.
    expect(limit('Quillstack memory limit for a 2 GiB request')?.text).toContain('(2 GiB − 0.2 GiB) ÷ 0.5 = 3.6 GiB');
  });

  it('works the CPU rule out with no subtrahend', () => {
    expect(limit('Quillstack CPU limit for a request of 3 vCPU')?.text).toContain(
      'a CPU request of 3 vCPU gives a limit of 3 vCPU × 2 = 6 vCPU',
    );
  });

  it('gives no limit for a negative request, a number without a unit, or a rule no component has', () => {
    expect(limit('Quillstack memory limit for a -2 GiB request')).toBeNull();
    expect(limit('Quillstack memory limit for a request of 2')).toBeNull();
    const withoutRules = buildComputeSubject(buildArchitecture(), 'memory limit for 2 GiB');
    expect(applyLimitRule(withoutRules, [], withoutRules.context.reading.numbers)).toBeNull();
  });

  it("adds the vendor's own worked limit for the same request, with its rounding, and nothing for another request", () => {
    const cite = 'authgear-self-managed#resources-reference';
    const worked = buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        limits: [
          {
            resource: 'memory',
            minus: '200 MB',
            dividedBy: 0.5,
            text: 'Memory limit: the request minus 200 MB, divided by 0.5.',
            source: cite,
          },
        ],
        requirements: [
          { scope: 'minimum', memory: { request: '1000 MB' }, source: cite },
          { scope: 'example', nodes: 2, memory: { request: '1000 MB', limit: '1610 MB' }, source: cite },
        ],
      }),
    ]);
    const ask = (question: string) => {
      const subject = buildComputeSubject(worked, question);
      return applyLimitRule(subject, [], subject.context.reading.numbers)?.text;
    };
    expect(ask('Quillstack API memory limit if the request is 1000 MB?')).toContain(
      "= 1,600 MB. The vendor's own example figures for this request state a limit of 1610 MB.",
    );
    expect(ask('Quillstack API memory limit if the request is 1200 MB?')).not.toContain("vendor's own");
  });

  it('gives a limit of 0 for a request below what the rule subtracts, and writes back Mi as Mi', () => {
    expect(limit('Quillstack API memory limit if the request is 100 MB?')?.text).toContain('(100 MB − 200 MB) ÷ 0.5 = 0 MB.');
    expect(limit('Quillstack API memory limit if the request is 1000Mi?')?.text).toContain('(1,000 Mi − 200 Mi) ÷ 0.5 = 1,600 Mi.');
  });

  const cite = 'authgear-self-managed#resources-reference';
  /** An API with a CPU rule that subtracts millicores and a memory rule that multiplies, and a worker whose memory rule divides. */
  const twoRules = buildAskArchitectureWith([
    buildComponentInput({
      id: 'quill-api',
      name: 'Quill API',
      limits: [
        { resource: 'vcpu', minus: '250m', dividedBy: 0.5, text: 'CPU limit: the request minus 250m, divided by 0.5.', source: cite },
        { resource: 'memory', times: 1.5, text: 'Memory limit: one and a half times the request.', source: cite },
      ],
    }),
    buildComponentInput({
      id: 'quill-worker',
      name: 'Quill worker',
      role: 'job-worker',
      limits: [{ resource: 'memory', dividedBy: 0.8, text: 'Memory limit: the request divided by 0.8.', source: cite }],
    }),
  ]);
  const limitOf = (question: string, words = '') => {
    const subject = buildComputeSubject(twoRules, question);
    const targets = words ? findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set()) : [];
    return applyLimitRule(subject, targets, subject.context.reading.numbers);
  };

  it('subtracts a CPU amount in millicores and writes the answer in millicores', () => {
    // (2 vCPU − 0.25 vCPU) ÷ 0.5 = 3.5 vCPU.
    expect(limitOf('Quillstack CPU limit for a request of 2000 millicores')).toEqual({
      text: 'Quillstack (Standard): Quill API: a CPU request of 2,000 m CPU gives a limit of (2,000 m CPU − 250 m CPU) ÷ 0.5 = 3,500 m CPU. CPU limit: the request minus 250m, divided by 0.5.',
      components: ['quill-api'],
    });
  });

  it('takes the rule of the component named when several have one, and none when none is named', () => {
    expect(limitOf('Quillstack API memory limit for a 1000 MB request', 'api')?.text).toContain(
      'Quill API: a memory request of 1,000 MB gives a limit of 1,000 MB × 1.5 = 1,500 MB.',
    );
    expect(limitOf('Quillstack worker memory limit for a 1000 MB request', 'worker')?.text).toContain(
      'Quill worker: a memory request of 1,000 MB gives a limit of 1,000 MB ÷ 0.8 = 1,250 MB.',
    );
    expect(limitOf('Quillstack memory limit for a 1000 MB request')).toBeNull();
  });

  it('passes over a number without a unit to the request after it', () => {
    expect(limitOf('With 2 replicas, the Quillstack worker memory limit for a 1000 MB request', 'worker')?.components).toEqual([
      'quill-worker',
    ]);
  });
});

describe('applyLimitRule: the margin above the request', () => {
  const margin = (question: string, asksMargin: boolean) => {
    const subject = buildComputeSubject(architecture, question);
    return applyLimitRule(subject, [], subject.context.reading.numbers, asksMargin)?.text ?? '';
  };

  it('says how far the limit lies above the request when asked', () => {
    expect(margin('Quillstack CPU limit for a request of 3 vCPU, and how much above it?', true)).toContain(
      'gives a limit of 3 vCPU × 2 = 6 vCPU, 3 vCPU above the request.',
    );
  });

  it('leaves the margin out when not asked', () => {
    expect(margin('Quillstack CPU limit for a request of 3 vCPU', false)).not.toContain('above the request');
  });
});
