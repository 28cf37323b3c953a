import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildVersionRuledCatalogue } from '../../../fixtures/build-ask-architecture.ts';

const catalogue = buildVersionRuledCatalogue;

const declined = (question: string) => {
  const answer = answerQuestion(question, catalogue());
  expect(answer.answer, question).toBeNull();
  return answer.declined;
};

describe('answerYesNo: a rule against another version, as the question writes it', () => {
  it('names the asked version in the decline as written: a "v" before it, a dash, a minor release, another spelling', () => {
    expect(declined('Is Launcher v3 fine for Quillrun?')).toBe(
      'The vendor documents archkb holds for Quillrun state nothing of Launcher v3; they rule out only Frobrun Launcher V1.',
    );
    expect(declined('Is Launcher-3 fine for Quillrun?')).toContain('state nothing of Launcher-3;');
    expect(declined('Quillstack: PostgreSQL 13.2 ok?')).toContain('state nothing of PostgreSQL 13.2;');
    expect(declined('Quillstack: PostgreSQL 13.25 ok?')).toContain('state nothing of PostgreSQL 13.25;');
    expect(declined('Is Postgres 13 fine for Quillstack?')).toContain('state nothing of Postgres 13;');
  });

  it('declines naming the first asked version the rule leaves unstated', () => {
    expect(declined('Is PostgreSQL 13 or PostgreSQL 14 fine for Quillstack?')).toContain('state nothing of PostgreSQL 13;');
  });

  it('answers no when the question also asks of the version ruled out', () => {
    expect(answerQuestion('Is PostgreSQL 12 or PostgreSQL 13 fine for Quillstack?', catalogue()).answer).toMatch(/^No\. /);
  });

  it('answers no to a negated question when the rule names the asked major as the one to use', () => {
    expect(answerQuestion('Is Launcher 2 not supported by Quillrun?', catalogue()).answer).toMatch(/^No\. .*Launcher v2 is\.$/);
  });
});
