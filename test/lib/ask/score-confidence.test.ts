import { describe, expect, it } from 'vitest';
import { buildFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import { readConfidenceFeatures, scoreConfidence, type ConfidenceFeatures } from '../../../src/lib/ask/score-confidence.ts';
import type { Draft, IndexedFact } from '../../../src/lib/ask/types.ts';
import { askCalibration } from '../../../src/lib/model/index.ts';
import { buildAskArchitecture, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

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

/** The one fact of the index about a component with an attribute. */
const factOf = (component: string | null, attribute: string): IndexedFact => {
  const fact = index.facts.find((candidate) => candidate.component === component && candidate.attribute === attribute);
  if (!fact) throw new Error(`no ${attribute} fact for ${String(component)}`);
  return fact;
};

describe('readConfidenceFeatures, one feature at a time', () => {
  it('takes the surest product link, 0.6 for a category alone and 0 for neither', () => {
    const reading = readQuestion('How many API nodes does Quillstack run?', index);
    const two = {
      ...reading,
      products: [
        { id: 'quillstack', certainty: 0.4 },
        { id: 'frobcore', certainty: 0.9 },
      ],
    };
    expect(readConfidenceFeatures(null, two).linked).toBe(0.9);
    expect(readConfidenceFeatures(null, { ...reading, products: [], category: 'identity' }).linked).toBe(0.6);
    expect(readConfidenceFeatures(null, { ...reading, products: [], category: null }).linked).toBe(0);
  });

  it('copies the draft’s coverage and strength, its lead (the coverage when unset) and its margin (1 when unset)', () => {
    const reading = readQuestion('How many API nodes does Quillstack run?', index);
    expect(readConfidenceFeatures(draftOf('2 nodes', { coverage: 0.7, strength: 0.3 }), reading)).toMatchObject({
      coverage: 0.7,
      strength: 0.3,
      lead: 0.7,
      margin: 1,
    });
    expect(readConfidenceFeatures(draftOf('2 nodes', { lead: 0.25, margin: 0.4 }), reading)).toMatchObject({ lead: 0.25, margin: 0.4 });
    expect(readConfidenceFeatures(null, { ...reading, corrected: 0.5 })).toMatchObject({ lead: 0, margin: 0, corrected: 0.5 });
  });

  it('counts the different things the facts are about, over five and at most 1', () => {
    const reading = readQuestion('What does Quillstack run?', index);
    const facts = (pairs: [string | null, string][]) => pairs.map(([component, attribute]) => factOf(component, attribute));
    // Two facts about the API and one about the worker: two things of five.
    const two = facts([
      ['quill-api', 'purpose'],
      ['quill-api', 'role'],
      ['quill-worker', 'purpose'],
    ]);
    expect(readConfidenceFeatures(draftOf('x', { facts: two }), reading).scatter).toBe(0.4);
    // Two parts of the same name are still two things.
    const worker = factOf('quill-worker', 'purpose');
    const twins = [worker, { ...worker, component: 'quill-worker-2' }];
    expect(readConfidenceFeatures(draftOf('x', { facts: twins }), reading).scatter).toBe(0.4);
    // Facts about no component count by their subject: the summary and the load driver are both about Quillstack.
    const wholes = facts([
      ['quill-api', 'purpose'],
      [null, 'summary'],
      [null, 'load-driver'],
    ]);
    expect(readConfidenceFeatures(draftOf('x', { facts: wholes }), reading).scatter).toBe(0.4);
    // Four components and the product itself: five things, the most the feature counts; a sixth adds nothing.
    const five = facts([
      ['quill-api', 'purpose'],
      ['quill-worker', 'purpose'],
      ['ledger-db', 'purpose'],
      ['session-cache', 'purpose'],
      [null, 'summary'],
    ]);
    expect(readConfidenceFeatures(draftOf('x', { facts: five }), reading).scatter).toBe(1);
    const canvas = buildFactIndex([buildLanternpad()]).facts.find((fact) => fact.component === 'canvas');
    expect(readConfidenceFeatures(draftOf('x', { facts: [...five, ...(canvas ? [canvas] : [])] }), reading).scatter).toBe(1);
    expect(readConfidenceFeatures(null, reading).scatter).toBe(0);
  });

  it('measures the answer as the log of one more than its characters, over eight', () => {
    const reading = readQuestion('What does Quillstack run?', index);
    // ln(1 + 3) / 8 = 1.386294 / 8
    expect(readConfidenceFeatures(draftOf('abc'), reading).length).toBeCloseTo(0.173287, 6);
    expect(readConfidenceFeatures(null, reading).length).toBe(0);
    expect(readConfidenceFeatures(draftOf('', { text: null }), reading).length).toBe(0);
  });

  it('measures the question in words over forty, at most 1', () => {
    // Seven words: 7 / 40.
    expect(readConfidenceFeatures(null, readQuestion('How many API nodes does Quillstack run?', index)).words).toBe(0.175);
    // Words, not gaps: two spaces between words still part two words.
    expect(readConfidenceFeatures(null, { ...readQuestion('How many API nodes?', index), text: 'API  nodes' }).words).toBe(0.05);
    const long = `Does Quillstack run ${'one more worker '.repeat(15)}today?`;
    expect(readConfidenceFeatures(null, readQuestion(long, index)).words).toBe(1);
  });

  it('weighs the heaviest question word no fact holds, in its text or among its subject words, against the heaviest word', () => {
    const reading = readQuestion('What does Quillstack run?', index);
    const purpose = factOf('quill-api', 'purpose');
    const weights: Record<string, number> = { serve: 1, frobcore: 2, application: 4 };
    const weigh = (token: string) => weights[token] ?? 0;
    const draft = draftOf('x', { facts: [purpose] });
    // The API's purpose holds "serve" in its text and "application" (its role) only among its subject words.
    expect(purpose.tokens).toContain('serve');
    expect(purpose.tokens).not.toContain('application');
    expect(purpose.subjectTokens.has('application')).toBe(true);
    // "frobcore" (2) is missing, of 4.
    expect(readConfidenceFeatures(draft, reading, ['serve', 'frobcore', 'application'], weigh).uncovered).toBe(0.5);
    expect(readConfidenceFeatures(draft, reading, ['serve', 'application'], weigh).uncovered).toBe(0);
    expect(readConfidenceFeatures(draft, reading, [], weigh).uncovered).toBe(0);
    expect(readConfidenceFeatures(null, reading, ['frobcore'], weigh).uncovered).toBe(0);
    // Of two missing words the heavier counts: "quillbox" (3) of 4.
    const heavier = (token: string) => ({ ...weights, quillbox: 3 })[token] ?? 0;
    expect(readConfidenceFeatures(draft, reading, ['frobcore', 'quillbox', 'application'], heavier).uncovered).toBe(0.75);
    // Without weights every word weighs 1; without a query nothing is missing.
    expect(readConfidenceFeatures(draft, reading, ['frobcore', 'serve']).uncovered).toBe(1);
    expect(readConfidenceFeatures(draft, reading).uncovered).toBe(0);
    // Words of no weight at all leave nothing to measure.
    expect(readConfidenceFeatures(draft, reading, ['lanternpad'], weigh).uncovered).toBe(0);
  });

  it('marks a draft with a fact of a kind the question asks for', () => {
    const reading = readQuestion('What port does the Quillstack API listen on?', index);
    const purpose = factOf('quill-api', 'purpose');
    const port = { ...reading, attributes: new Map([['port' as const, 1]]) };
    expect(readConfidenceFeatures(draftOf('x', { facts: [purpose] }), port).aligned).toBe(0);
    const asked = { ...reading, attributes: new Map([['purpose' as const, 1]]) };
    expect(readConfidenceFeatures(draftOf('x', { facts: [purpose] }), asked).aligned).toBe(1);
    // One fact of the asked kind is enough.
    expect(readConfidenceFeatures(draftOf('x', { facts: [factOf('quill-api', 'role'), purpose] }), asked).aligned).toBe(1);
  });
});

describe('scoreConfidence, feature by feature', () => {
  const none: ConfidenceFeatures = {
    coverage: 0,
    strength: 0,
    linked: 0,
    corrected: 0,
    lead: 0,
    scatter: 0,
    length: 0,
    words: 0,
    uncovered: 0,
    aligned: 0,
    margin: 0,
    unnumbered: 0,
    guessed: 0,
    route: 'declined',
  };
  const features = Object.keys(askCalibration.weights).filter((key) => key !== 'bias') as (keyof typeof none &
    keyof typeof askCalibration.weights)[];

  it('reads every evidence feature', () => {
    expect(features).toHaveLength(13);
  });

  it('moves the score the way each feature’s fitted weight points, from no evidence at all', () => {
    const base = scoreConfidence(none);
    expect(base).toBeGreaterThan(0);
    expect(base).toBeLessThan(1);
    // The score is rounded to three decimals: a weight whose pull at the base (its slope there) moves it less is not seen.
    const visible = (weight: number) => Math.abs(weight) * base * (1 - base) > 0.001;
    for (const feature of features) {
      const weight = askCalibration.weights[feature];
      if (!visible(weight)) continue;
      const score = scoreConfidence({ ...none, [feature]: 1 });
      if (weight > 0) expect(score, feature).toBeGreaterThan(base);
      if (weight < 0) expect(score, feature).toBeLessThan(base);
    }
  });

  it('ranks routes by their fitted weights, a route without one as weight 0', () => {
    const base = scoreConfidence(none);
    const routes = Object.entries(askCalibration.routes).sort(([, a], [, b]) => a - b);
    const scores = routes.map(([route]) => scoreConfidence({ ...none, route: route as ConfidenceFeatures['route'] }));
    for (let i = 1; i < routes.length; i++) {
      const [, before] = routes[i - 1] ?? [];
      const [, after] = routes[i] ?? [];
      const gap = (after ?? 0) - (before ?? 0);
      // A gap too small to move the score rounded to three decimals only keeps the order.
      if (gap * base * (1 - base) > 0.001) expect(scores[i]).toBeGreaterThan(scores[i - 1] ?? 1);
      else expect(scores[i]).toBeGreaterThanOrEqual(scores[i - 1] ?? 1);
    }
    const unknown = scoreConfidence({ ...none, route: 'declined-elsewhere' as ConfidenceFeatures['route'] });
    expect(unknown).toBe(scoreConfidence({ ...none, route: 'declined' }));
  });
});
