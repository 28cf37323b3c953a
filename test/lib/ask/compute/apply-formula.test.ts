import { describe, expect, it } from 'vitest';
import { applyFormula } from '../../../../src/lib/ask/compute/apply-formula.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

// Fixture setting of the API: the token cache grows by 3 × the number of tenants.
const architecture = buildAskArchitecture();
const apply = (question: string) => {
  const { context } = buildComputeSubject(architecture, question);
  return applyFormula(context.reading, context.ranked(), context.reading.numbers);
};

describe('applyFormula', () => {
  it('multiplies the count the question gives for what the formula counts', () => {
    const result = apply('Quillstack with 400 tenants: how much should the token cache grow?');
    expect(result?.text).toBe(
      'Quill API: token cache size (above 100 tenants) = increase by 3 × the number of tenants (recommended); for 400: 3 × 400 = 1,200.',
    );
    expect(result?.facts.map((fact) => fact.attribute)).toEqual(['setting']);
  });

  it('leaves numbers alone that count something else, carry a unit or are negative', () => {
    expect(apply('Quillstack with 400 sign-ins per second: how much should the token cache grow?')).toBeNull();
    expect(apply('Quillstack token cache with 400 GB of tenants')).toBeNull();
    expect(apply('Quillstack token cache for -400 tenants')).toBeNull();
  });
});
