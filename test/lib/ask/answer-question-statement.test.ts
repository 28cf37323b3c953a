import { describe, expect, it } from 'vitest';
import { answerQuestion, splitQuestion } from '../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

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

describe('answerQuestion: a question pointing back at the one part the sentence before it names', () => {
  const catalogue = [buildAskArchitecture()];
  const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

  it('asks "Is that where X keeps A?" of that part, so another part keeping A answers no', () => {
    expect(ask('Quillstack also wants a ledger database. Is that where Quillstack keeps its sessions?')).toMatch(
      /^No\. Quillstack \(Standard\): Session cache: Keeps sign-in sessions\./,
    );
    expect(ask('Quillstack also wants a ledger database. Is that where Quillstack keeps its accounts?')).toMatch(/^Yes\. /);
  });

  it('leaves "Is that what the doc allows?" pointing at the claim, not at a part', () => {
    expect(ask('Quillstack also wants a ledger database. Is that what the doc allows?')).not.toMatch(/Session cache/);
  });
});
