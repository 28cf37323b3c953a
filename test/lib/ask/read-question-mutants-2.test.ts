import { describe, expect, it } from 'vitest';
import { findAskingText, findMainClause } from '../../../src/lib/ask/read-question.ts';

/*
 * Second round of fixture tests for survivors of the mutation run over read-question.ts (issue 19): each test pins one
 * reading the question must have, worked out from what the question asks, not from the engine's output.
 */

describe('findMainClause: a topic label before the question', () => {
  it('drops a label ended by a dash, two dashes or an en dash, but not by three dashes or a dash inside a word', () => {
    expect(findMainClause('quillstack ha - does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('topic -- does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('topic \u2013 does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('topic --- does it need a cache?')).toBe('topic --- does it need a cache?');
    expect(findMainClause('topic-does it need a cache?')).toBe('topic-does it need a cache?');
  });

  it('drops a label ended by a colon and a space, but keeps a colon that a figure follows', () => {
    expect(findMainClause('topic: does it?')).toBe('does it?');
    expect(findMainClause('x: does it?')).toBe('does it?');
    expect(findMainClause('topic: 3 nodes?')).toBe('topic: 3 nodes?');
  });

  it('lets a dot inside a version stand in a label, but not a full stop before a space', () => {
    expect(findMainClause('chart 3.x - does it need a cache?')).toBe('does it need a cache?');
    expect(findMainClause('done. quick one: does it need a cache?')).toBe('done. quick one: does it need a cache?');
  });

  it('takes the label up to the first dash only, so a second dash stays in the question', () => {
    expect(findMainClause('a - b - does it need a cache?')).toBe('b - does it need a cache?');
  });

  it('reads a label of up to sixty characters, and none longer', () => {
    expect(findMainClause(`${'a'.repeat(60)} - does it?`)).toBe('does it?');
    const long = `${'a'.repeat(61)} - does it?`;
    expect(findMainClause(long)).toBe(long);
  });

  it('reads no label in a clause that opens asking ("does it need two parts: a and b?")', () => {
    expect(findMainClause('does it need two parts: a and b?')).toBe('does it need two parts: a and b?');
  });
});

describe('findMainClause: leading conditions', () => {
  it('follows up to three conditions in a row, and keeps the fourth', () => {
    expect(findMainClause('for x, on aws, if we keep two zones, what breaks?')).toBe('what breaks?');
    expect(findMainClause('for x, on aws, in prod, with two zones, what breaks?')).toBe('with two zones, what breaks?');
  });

  it('keeps the whole sentence when a lone word after the comma only closes it as a tag', () => {
    expect(findMainClause('for prod we can pull it from there, right?')).toBe('for prod we can pull it from there, right?');
  });
});

describe('findMainClause: a condition with no comma', () => {
  it('starts the question at the last auxiliary after a condition of three words or more', () => {
    expect(findMainClause('if it fails does x go down?')).toBe('does x go down?');
    expect(findMainClause('if the vault does backups and it fails does x go down?')).toBe('does x go down?');
  });

  it('keeps a condition of two words ("if so") as part of the question', () => {
    expect(findMainClause('if so does x go down?')).toBe('if so does x go down?');
  });

  it('reads the opening "when" as a condition, not as a question word', () => {
    expect(findMainClause('when the vault has an outage does x go down?')).toBe('does x go down?');
  });

  it('keeps the whole clause when a question word follows the condition, or when it asks nothing', () => {
    expect(findMainClause('if the cache fails what does x do?')).toBe('if the cache fails what does x do?');
    expect(findMainClause('if the vault has an outage does x go down')).toBe('if the vault has an outage does x go down');
  });
});

describe("findMainClause: the asker's situation before a comma", () => {
  it('drops a situation opened by "we\'re", with a straight or a curly apostrophe, when a question follows', () => {
    expect(findMainClause("we're deploying x for 8k users, do we need y?")).toBe('do we need y?');
    expect(findMainClause('we\u2019re deploying x for 8k users, do we need y?')).toBe('do we need y?');
  });

  it('keeps a situation that a statement, not a question, follows', () => {
    expect(findMainClause('we run x on three nodes, it needs a cache')).toBe('we run x on three nodes, it needs a cache');
  });
});

describe('findAskingText: labels and joined sentences', () => {
  it('reads a label of three to eighty characters before a colon as a sentence of its own', () => {
    expect(findAskingText('Abc: which cache is it?')).toBe('which cache is it?');
    expect(findAskingText(`${'b'.repeat(80)}: which cache is it?`)).toBe('which cache is it?');
  });

  it('reads no label of two characters or of more than eighty', () => {
    expect(findAskingText('Ab: which cache is it?')).toBe('Ab: which cache is it?');
    const long = `${'b'.repeat(81)}: which cache is it?`;
    expect(findAskingText(long)).toBe(long);
  });

  it('reads a label only before a question word, in any case', () => {
    expect(findAskingText('Note: the cache is big?')).toBe('Note: the cache is big?');
    expect(findAskingText('Sizing: Which cache is it?')).toBe('Which cache is it?');
  });

  it('splits a statement joined by ", so" or ", but" to a question, and not one joined to a statement', () => {
    expect(findAskingText('The ledger is our store, so why is there a cache?')).toBe('why is there a cache?');
    expect(findAskingText('The ledger is our store, but does it need a cache?')).toBe('does it need a cache?');
    expect(findAskingText('The ledger is our store, so it needs a cache?')).toBe('The ledger is our store, so it needs a cache?');
  });
});
