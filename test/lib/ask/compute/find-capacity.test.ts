import { describe, expect, it } from 'vitest';
import { findCapacity } from '../../../../src/lib/ask/compute/find-capacity.ts';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture rules: the API needs 1 vCPU per 10 sign-ins per second and a CPU limit of twice that; without the shared
// host, the ledger database's 2 × 4 vCPU stays the same at any load.
const architecture = buildAskArchitecture({ hosts: [] });
const capacity = (question: string, words = '') => {
  const subject = buildComputeSubject(architecture, question);
  const targets = words ? findTargets(subject.resolved, tokenizeText(words), subject.entry.nameTokens, new Set()) : [];
  return findCapacity(subject, targets, subject.context.reading.numbers, null);
};

describe('findCapacity', () => {
  it('finds the largest load a CPU budget holds for the named component, by requests and by limits', () => {
    // Requests: 8 vCPU ÷ 0.1 vCPU per sign-in per second = 80; limits: 8 ÷ 0.2 = 40.
    expect(capacity('How many sign-ins per second can the API take with 8 vCPU?', 'api')).toEqual({
      text: "Quillstack (Standard): 8 vCPU for Quill API holds up to 80 sign-ins per second by CPU requests and up to 40 sign-ins per second by CPU limits, by the vendor's sizing rules (the high end of any stated range).",
      components: ['quill-api'],
    });
  });

  it('counts the whole deployment when nothing is named, fixed figures included', () => {
    // Requests: 8 vCPU of the database leave 12 − 8 = 4 vCPU for the API, 40 sign-ins per second.
    expect(capacity('How many sign-ins per second fit in 12 vCPU?')?.text).toContain('holds up to 40 sign-ins per second by CPU requests');
  });

  it('says none fit when the load-free figures alone exceed the budget', () => {
    expect(capacity('How many sign-ins per second fit in 6 vCPU?')?.text).toContain(
      'none by CPU requests (even with no load it needs more)',
    );
  });

  it('says "more than" past the largest load it searches', () => {
    expect(capacity('How many sign-ins per second can the API take with 10000000 vCPU?', 'api')?.text).toContain(
      'more than 10,000,000 sign-ins per second by CPU requests',
    );
  });

  it('finds nothing without a budget with a unit, or for a resource nothing grows in', () => {
    expect(capacity('How many sign-ins per second fit in 8?')).toBeNull();
    expect(capacity('How many sign-ins per second fit in 64 GiB?')).toBeNull();
  });
});
