import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../../src/lib/ask/answer-question.ts';
import { buildFactIndex, readQuestion } from '../../../src/lib/ask/index.ts';
import { findMainClause } from '../../../src/lib/ask/read-question.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

/*
 * A condition or the asker's situation before the question: the question after its comma is the main clause, and the
 * whole is one question, however the condition opens and whatever figures it holds.
 */

describe('findMainClause: a condition before the question', () => {
  it('reads the question after a condition that opens with "as"', () => {
    expect(findMainClause('as our user count grows, does quillstack need a search node?')).toBe('does quillstack need a search node?');
  });

  it('reads a comma between digits as a thousands separator, not the end of the condition', () => {
    expect(findMainClause('if we grow to 6,000 workspaces, is the store still enough?')).toBe('is the store still enough?');
    expect(findMainClause("we're at 40,000 users, do we need a cache?")).toBe('do we need a cache?');
  });

  it('still ends the condition at a comma a word follows', () => {
    expect(findMainClause('if we grow, as planned, is it enough?')).toBe('is it enough?');
  });
});

describe('splitQuestion: a condition that opens with "as"', () => {
  it('keeps the condition and the yes/no question after it as one question', () => {
    expect(splitQuestion('As our Quillstack user count grows, does it need a search node?')).toEqual([
      'As our Quillstack user count grows, does it need a search node?',
    ]);
  });
});

describe('findMainClause: an adverb putting a claim as a question', () => {
  it('reads the clause after "surely", "presumably" or "of course", with or without a comma', () => {
    expect(findMainClause("surely quillstack's worker can run without the cache?")).toBe("quillstack's worker can run without the cache?");
    expect(findMainClause('presumably, the worker is optional?')).toBe('the worker is optional?');
    expect(findMainClause('of course the worker is optional?')).toBe('the worker is optional?');
  });

  it('keeps a word that only begins like one', () => {
    expect(findMainClause('surelyx is optional?')).toBe('surelyx is optional?');
  });

  it('makes the claim after the adverb a yes/no question', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    expect(readQuestion("Surely Quillstack's worker can run without the cache?", index).yesNo).toBe(true);
  });
});

describe('findMainClause: "when" as the question word', () => {
  it('keeps a "when" followed by an auxiliary as what is asked, and still drops a condition that has no comma', () => {
    expect(findMainClause('when does quillstack need the session cache?')).toBe('when does quillstack need the session cache?');
    expect(findMainClause('when do i need an external session cache?')).toBe('when do i need an external session cache?');
    expect(findMainClause('when the ledger fills up does quillstack stop?')).toBe('does quillstack stop?');
  });

  it('makes "When does X need Y?" no yes/no question', () => {
    const index = buildFactIndex([buildAskArchitecture()]);
    expect(readQuestion('When does Quillstack need the session cache?', index).yesNo).toBe(false);
  });
});

describe('readQuestion: an alternative set aside', () => {
  const index = buildFactIndex([buildAskArchitecture()]);

  it('puts the words of what "instead of", "rather than" or "as opposed to" sets aside in the scene, not in what is asked about', () => {
    for (const cue of ['instead of', 'rather than', 'as opposed to']) {
      const reading = readQuestion(`Does Quillstack need the ledger database ${cue} the session cache?`, index);
      expect(reading.scene).toEqual(expect.arrayContaining(['session', 'cache']));
      expect(reading.scene).not.toContain('ledger');
    }
  });

  it('ends what is set aside at a colon, so a label "A rather than B: …" sets B aside', () => {
    const reading = readQuestion('Quillstack with a ledger rather than a session cache: what memory does it need?', index);
    expect(reading.scene).toEqual(expect.arrayContaining(['session', 'cache']));
  });
});

describe('splitQuestion: a short scope a question word follows', () => {
  it('splits "for X which …, and can I …?" into its two questions, and keeps a condition before one question whole', () => {
    expect(splitQuestion('for Quillstack which ledger versions are ok, and can I use Kafka?')).toEqual([
      'for Quillstack which ledger versions are ok',
      'can I use Kafka?',
    ]);
    expect(splitQuestion('If we run Quillstack on two nodes, which ledger versions are ok?')).toHaveLength(1);
  });
});
