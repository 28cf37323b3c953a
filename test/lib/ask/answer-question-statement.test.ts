import { describe, expect, it } from 'vitest';
import { splitQuestion } from '../../../src/lib/ask/index.ts';

describe('splitQuestion: a statement going on after "and"', () => {
  it('keeps "… and are moving to B." on the statement when "!" closes it, after a comma, in capitals', () => {
    for (const question of [
      'We run Lanternpad today, and are moving to Quillstack. Does Quillstack need a session cache?',
      'We run Lanternpad today and are moving to Quillstack! Does Quillstack need a session cache?',
      'We run Lanternpad today AND are moving to Quillstack. Does Quillstack need a session cache?',
    ])
      expect(splitQuestion(question), question).toEqual([question]);
  });

  it('splits at "and" when the part after it asks its own question with no full stop', () => {
    expect(splitQuestion('Does Quillstack need a session cache and is the ledger optional?')).toHaveLength(2);
  });
});
