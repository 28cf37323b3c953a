import { describe, expect, it } from 'vitest';
import { applyFormula } from '../../../../src/lib/ask/compute/apply-formula.ts';
import type { ScoredFact } from '../../../../src/lib/ask/select-facts.ts';
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

  /** Works out the formulas of hand-ranked facts (text and score each) for a question. */
  const applyRanked = (question: string, ranked: [text: string, score: number][]) => {
    const { context } = buildComputeSubject(architecture, question);
    const [base] = buildComputeSubject(architecture, 'Quillstack token cache size').context.ranked();
    if (!base) throw new Error('the fixture question ranks no fact');
    const facts: ScoredFact[] = ranked.map(([text, score]) => ({
      fact: { ...base.fact, subject: 'Quill API', text },
      score,
      covered: new Set(),
    }));
    return applyFormula(context.reading, facts, context.reading.numbers);
  };
  const clients = 'Quillstack for 400 clients';

  it('reads a decimal multiplier, x or * for times, "count of" and no "the"', () => {
    expect(applyRanked(clients, [['Connections: 2.5 × the number of clients.', 1]])?.text).toBe(
      'Quill API: Connections: 2.5 × the number of clients; for 400: 2.5 × 400 = 1,000.',
    );
    expect(applyRanked(clients, [['Threads: 2 x count of clients. ', 1]])?.text).toBe(
      'Quill API: Threads: 2 x count of clients; for 400: 2 × 400 = 800.',
    );
    expect(applyRanked(clients, [['Pool: 3*number of clients', 1]])?.text).toBe(
      'Quill API: Pool: 3*number of clients; for 400: 3 × 400 = 1,200.',
    );
  });

  it("keeps the formula's statement up to the colon closing its value, and the commentary's first sentence after the figure", () => {
    expect(
      applyRanked(clients, [['Pool: 2 × the number of clients (recommended): more only wastes memory. Measured once.', 1]])?.text,
    ).toBe('Quill API: Pool: 2 × the number of clients (recommended); for 400: 2 × 400 = 800. More only wastes memory.');
  });

  it('takes a number within three words before or four after a word of what the formula counts', () => {
    const formula: [string, number][] = [['Pool: 2 × the number of clients.', 1]];
    expect(applyRanked('Quillstack clients we count: 400', formula)?.text).toContain('2 × 400 = 800');
    expect(applyRanked('Quillstack clients we have: about 400', formula)).toBeNull();
    expect(applyRanked('Quillstack with 400 of the busiest clients', formula)?.text).toContain('2 × 400 = 800');
    expect(applyRanked('Quillstack with 400 of the very busiest clients', formula)).toBeNull();
  });

  it('matches what the formula counts by its words, not by stopwords', () => {
    expect(applyRanked('Quillstack with 400 things in the queue', [['Pool: 2 × the number of clients in the pool.', 1]])).toBeNull();
  });

  it('works out every formula ranked within 40 % of the best, stopping below it', () => {
    const result = applyRanked(clients, [
      ['Pool: 2 × the number of clients.', 10],
      ['Ledger: a fixed 8 GB.', 9],
      ['Threads: 3 × the number of tenants.', 8],
      ['Cache: 4 × the number of clients.', 4],
      ['Queue: 5 × the number of clients.', 3.9],
    ]);
    expect(result?.text).toBe(
      'Quill API: Pool: 2 × the number of clients; for 400: 2 × 400 = 800. Quill API: Cache: 4 × the number of clients; for 400: 4 × 400 = 1,600.',
    );
    expect(result?.facts.map((fact) => fact.text)).toEqual(['Pool: 2 × the number of clients.', 'Cache: 4 × the number of clients.']);
  });

  it('looks at the twelve best-ranked facts only', () => {
    const others = Array.from({ length: 12 }, (_, i): [string, number] => [`Part ${i + 1}: a fixed size.`, 1]);
    expect(applyRanked(clients, [...others, ['Pool: 2 × the number of clients.', 1]])).toBeNull();
    expect(applyRanked(clients, [...others.slice(1), ['Pool: 2 × the number of clients.', 1]])?.text).toContain('2 × 400 = 800');
  });

  it('works out nothing when nothing is ranked', () => {
    expect(applyRanked(clients, [])).toBeNull();
  });
});
