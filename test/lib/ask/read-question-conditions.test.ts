import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../../src/lib/ask/answer-question.ts';
import { findMainClause } from '../../../src/lib/ask/read-question.ts';

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
