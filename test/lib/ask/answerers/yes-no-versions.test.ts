import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildVersionRuledCatalogue } from '../../../fixtures/build-ask-architecture.ts';

const catalogue = buildVersionRuledCatalogue;

describe('answerYesNo: a rule against another version of what is asked', () => {
  it('declines a version the sources neither state nor rule out, saying which one they rule out', () => {
    const answer = answerQuestion('Is PostgreSQL 13 fine for Quillstack?', catalogue());
    expect(answer.answer).toBeNull();
    expect(answer.declined).toBe(
      'The vendor documents archkb holds for Quillstack state nothing of PostgreSQL 13; they rule out only PostgreSQL 12.',
    );
  });

  it('still answers no for the version ruled out, or a release of it', () => {
    expect(answerQuestion('Is PostgreSQL 12 fine for Quillstack?', catalogue()).answer).toMatch(/^No\. /);
    expect(answerQuestion('Is PostgreSQL 12.4 ok for Quillstack?', catalogue()).answer).toMatch(/^No\. /);
  });

  it('answers yes when the rule names the asked major as the one to use', () => {
    expect(answerQuestion('Is Launcher 2.20 ok for Quillrun?', catalogue()).answer).toMatch(/^Yes\. /);
    expect(answerQuestion('Is Launcher 1.29 ok for Quillrun?', catalogue()).answer).toMatch(/^No\. /);
  });
});
