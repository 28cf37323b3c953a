import { describe, expect, it } from 'vitest';
import { applyLimitRule } from '../../../../src/lib/ask/compute/apply-limit-rule.ts';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildArchitecture } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
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
});
