import { describe, expect, it } from 'vitest';
import { findScopeWithout } from '../../../../src/lib/ask/compute/find-scope-without.ts';
import { buildLeftOutArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

const subject = buildComputeSubject(buildLeftOutArchitecture(), 'Quillstack');

describe('findScopeWithout', () => {
  it('gives the scope whose note names what is left out, with the note', () => {
    expect(findScopeWithout(subject, ['log', 'shipping', 'metric'])).toEqual({
      scope: 'minimum',
      note: 'If you leave out extras such as log shipping and metrics.',
    });
    // Two of the left-out words are enough; one word of one is, when it is all that is left out.
    expect(findScopeWithout(subject, ['log', 'shipping'])?.scope).toBe('minimum');
    expect(findScopeWithout(subject, ['metric'])?.scope).toBe('minimum');
  });

  it('gives none when nothing is left out or no note names two of the words', () => {
    expect(findScopeWithout(subject, [])).toBeNull();
    expect(findScopeWithout(subject, ['log', 'cache', 'worker'])).toBeNull();
  });
});
