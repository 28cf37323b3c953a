import { describe, expect, it } from 'vitest';
import { buildFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import { readConfidenceFeatures, scoreConfidence } from '../../../src/lib/ask/score-confidence.ts';
import type { Draft } from '../../../src/lib/ask/types.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

const index = buildFactIndex([buildAskArchitecture()]);

/** A draft with the text given and no facts. */
const draftOf = (text: string, extra: Partial<Draft> = {}): Draft => ({
  kind: 'lookup',
  text,
  facts: [],
  coverage: 0.9,
  strength: 0.8,
  ...extra,
});

describe('readConfidenceFeatures', () => {
  it('marks an answer with no digit to a question asking for a number', () => {
    const reading = readQuestion('How many API nodes does Quillstack run?', index);
    expect(readConfidenceFeatures(draftOf('Quillstack runs API nodes behind a balancer.'), reading).unnumbered).toBe(1);
    expect(readConfidenceFeatures(draftOf('Quillstack runs 2 API nodes.'), reading).unnumbered).toBe(0);
    const open = readQuestion('What does the Quillstack API do?', index);
    expect(readConfidenceFeatures(draftOf('It serves the sign-in API.'), open).unnumbered).toBe(0);
  });

  it('marks a yes or no read by the weakest rule, and nothing else', () => {
    const reading = readQuestion('Does Quillstack cache sessions?', index);
    expect(readConfidenceFeatures(draftOf('Yes.', { guessed: true }), reading).guessed).toBe(1);
    expect(readConfidenceFeatures(draftOf('Yes.'), reading).guessed).toBe(0);
    expect(readConfidenceFeatures(null, reading)).toMatchObject({ guessed: 0, unnumbered: 0, coverage: 0, strength: 0 });
  });
});

describe('scoreConfidence', () => {
  it('gives a probability rounded to three decimals for any features', () => {
    const reading = readQuestion('How many API nodes does Quillstack run?', index);
    for (const coverage of [0, 0.5, 1]) {
      const score = scoreConfidence({ ...readConfidenceFeatures(draftOf('2 nodes', { coverage }), reading), route: 'lookup' });
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
      expect(Math.round(score * 1000) / 1000).toBe(score);
    }
  });

  it('scores the same evidence differently by the route it took, as the fitted route weights say', () => {
    const reading = readQuestion('How many API nodes does Quillstack run?', index);
    const features = readConfidenceFeatures(draftOf('2 nodes'), reading);
    const scores = new Set(
      (['lookup', 'compute', 'compare', 'declined-unstated'] as const).map((route) => scoreConfidence({ ...features, route })),
    );
    expect(scores.size).toBeGreaterThan(1);
  });
});
