import { describe, expect, it } from 'vitest';
import { findTargets } from '../../../../src/lib/ask/compute/find-targets.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

describe('findTargets: a word only one candidate has', () => {
  it('names a candidate by one word only it has, though its other word used is shared and it covers under half its name', () => {
    const subject = buildComputeSubject(
      buildAskArchitectureWith([
        buildComponentInput({ id: 'alpha-relay', name: 'Alpha beta gamma delta echo' }),
        buildComponentInput({ id: 'beta-store', name: 'Beta store' }),
      ]),
      'Quillstack',
    );
    const found = findTargets(subject.resolved, tokenizeText('alpha beta'), subject.entry.nameTokens, new Set());
    // The store: "beta" of its two name words (1/2); the relay: "alpha" and "beta" of its six (the id adds "relay"), 2/6,
    // kept because "alpha" is its alone.
    expect(found.map(({ id, coverage }) => ({ id, coverage }))).toEqual([
      { id: 'beta-store', coverage: 0.5 },
      { id: 'alpha-relay', coverage: 2 / 6 },
    ]);
  });
});
