import { describe, expect, it } from 'vitest';
import { tokenizeText } from '../../../src/lib/ask/index.ts';
import { buildIndexedFact } from '../../fixtures/build-indexed-fact.ts';
import { judgeClaimedFigure, judgeCondition, judgePolarity, readFigures } from '../../../src/lib/ask/judge-polarity.ts';

const fact = buildIndexedFact;

/** The verdict for a question and a fact. */
const judge = (question: string, text: string) => judgePolarity(question, tokenizeText(question), fact(text));

const exclusiveNo = { verdict: 'No', rule: 'exclusive' };

describe('judgePolarity: "only X must …" against a fact denying the need of something else', () => {
  it('agrees with the claim when the fact denies the need of another part, a small word before the one singled out aside', () => {
    // "this" is a small word: the worker's sentence saying "this" does not make it about the store singled out.
    expect(judge('So only this store needs a backup?', 'This worker needs no backup.')).toEqual({ verdict: 'Yes', rule: 'exclusive' });
  });

  it('does not read a denial about a part that shares one word of the one singled out as agreeing with the claim', () => {
    // The ledger needs no backup, so "only the ledger database must be backed up" is false.
    expect(judge('So only the ledger database must be backed up?', 'The ledger needs no separate backup.').verdict).toBe('No');
  });

  it('does not read a denial as agreeing when the claim singles out nothing named', () => {
    expect(judge('So only it needs a backup?', 'The worker needs no backup.')).not.toEqual({ verdict: 'Yes', rule: 'exclusive' });
  });
});

describe('judgePolarity: a claim of several against a clause naming one only', () => {
  const onlyProvider = 'Frobform is its only provider.';

  it('says no when the question opens with the claim of several', () => {
    expect(judge('Several providers can be driven by the runner, right?', onlyProvider)).toEqual(exclusiveNo);
  });

  it('finds what is counted among the first three words after "several", small words skipped', () => {
    expect(judge('Can the runner drive several of the cloud providers?', onlyProvider)).toEqual(exclusiveNo);
    expect(judge('Can the runner drive several cloud infrastructure providers?', onlyProvider)).toEqual(exclusiveNo);
  });

  it('does not take a word further on for what is counted', () => {
    // The backups are counted; the fact's one provider says nothing of how many backups there are.
    expect(judge('Does the runner keep several remote state backups of Frobform?', onlyProvider)).not.toEqual(exclusiveNo);
  });

  it('does not deny several when the clause naming one only also states several', () => {
    expect(judge('Does the API run several runners?', 'The API runs several runners, but only one at a time.').verdict).toBe('Yes');
  });
});

describe('judgePolarity: "only A" against a fact naming A beside another', () => {
  it('says no when the question opens with "only"', () => {
    expect(judge('Only tenants are kept in the ledger, right?', 'The ledger keeps tenants and sessions.')).toEqual(exclusiveNo);
  });

  it('does not deny the claim for a pair of other words, or for a pair the question names both of', () => {
    expect(judge('Does the ledger keep only tenants?', 'The ledger keeps tenants; it is backed up hourly and daily.').verdict).toBe('Yes');
    expect(judge('Does the ledger keep only tenants and sessions?', 'The ledger keeps tenants and sessions.').verdict).toBe('Yes');
  });

  it('reads a closing "only" as singling out the words before it', () => {
    expect(judge('Does the ledger keep plain tenants only?', 'The ledger keeps tenants and sessions.')).toEqual(exclusiveNo);
    expect(judge('Does the ledger keep tenants and sessions only?', 'The ledger keeps tenants and sessions.').verdict).toBe('Yes');
  });

  it('does not read a dash before or after "and" as another thing kept', () => {
    expect(judge('Does the ledger keep only tenants?', 'The ledger keeps tenants - and tenants only.').verdict).toBe('Yes');
    expect(judge('Does the ledger keep only tenants?', 'The ledger keeps tenants and - by design - nothing else.').verdict).toBe('Yes');
  });
});

describe('readFigures and judgeClaimedFigure: "percent" written out', () => {
  it('reads "percent" as the % sign, so a claimed share written out is compared with one written as a sign', () => {
    expect(readFigures('150 percent headroom')).toEqual([{ value: 150, unit: '%' }]);
    const question = 'I remember 150 percent headroom, right?';
    expect(judgeClaimedFigure(question, tokenizeText(question), 'Keep 150% headroom on the ledger.')).toBe('Yes');
  });
});

describe('judgeCondition: a remark in brackets written against a word', () => {
  it('keeps the negation before a remark in brackets, so a scene meeting the plain words fails a negated condition', () => {
    const question = 'The vault is unsealed. Does the worker start?';
    expect(judgeCondition(tokenizeText(question), 'when the vault is not(yet) unsealed', question)).toBe('fails');
  });
});

describe('judgePolarity: the words a closing "only" singles out', () => {
  const plainOrHashed = 'The ledger keeps plain and hashed tenants.';

  it('singles out no more than the last two words before it, so an earlier word paired in the fact denies nothing', () => {
    // "ledger" is the third content word back: the fact pairing it with sessions says nothing of plain tenants alone.
    expect(judge('Does the ledger keep plain tenants only?', 'Quill writes the ledger and sessions.')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });

  it('skips small words when counting the two words back', () => {
    // The two content words before "only" are "sessions" and "tenants"; the fact pairs sessions with tokens.
    expect(judge('Does the ledger keep sessions for the tenants only?', 'The ledger keeps sessions and tokens.')).toEqual(exclusiveNo);
  });

  it('counts back from the restricting word itself, not from the end of the question', () => {
    // "Solely" is no small word: the two words before it are "plain" and "tenants", and the fact pairs plain with hashed.
    expect(judge('Does the ledger keep plain tenants solely?', plainOrHashed)).toEqual(exclusiveNo);
  });

  it('singles out the words before "only" when the question has no more than two of them', () => {
    expect(judge('Is it plain tenants only?', plainOrHashed)).toEqual(exclusiveNo);
  });
});

describe('judgePolarity: a default against the value advised, details', () => {
  const setting = (text: string) => buildIndexedFact(text, 'setting');
  const asked = 'Does the chart run highly available by default?';
  const judgeSetting = (question: string, text: string) => judgePolarity(question, tokenizeText(question), setting(text));

  it('reads the advice after the setting head only, not a remark inside the setting name', () => {
    // The name's "(set 1 for tests)" advises nothing about availability; the text after the head advises 3, the default.
    expect(judgeSetting(asked, 'quill.copies (set 1 for tests) = 3 (default): set 3 for high availability.')).toEqual({
      verdict: 'Yes',
      rule: 'setting',
    });
  });

  it('compares the default with the advised value without the spaces around it', () => {
    expect(judgeSetting(asked, 'quill.copies =  3 (default): set 3 for high availability.')).toEqual({ verdict: 'Yes', rule: 'setting' });
  });

  it('decides when any word of what the value is for is asked, not only when all are', () => {
    // The advice is for "high availability of the ledger"; the question asks high availability, not the ledger.
    expect(judgeSetting(asked, 'quill.copies = 1 (default): set 3 for high availability of the ledger.')).toEqual({
      verdict: 'No',
      rule: 'setting',
    });
  });

  it('does not decide on a small word alone that the question and the advice share', () => {
    // "the" is in both; the advice is for the ledger, which the question does not ask about.
    expect(judgeSetting('Does the chart run the API by default?', 'quill.copies = 1 (default): set 3 for the ledger.')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });
});

describe('judgePolarity: the claim or the consequence of a fact, details', () => {
  it('picks the claim when its shared words run up to the comma, the consequence holding none', () => {
    // Judged on "The ledger is stateless by design" alone: not negated, so yes, whatever "needs no backup" denies.
    expect(judge('Is the ledger stateless?', 'The ledger is stateless by design, so it needs no backup.')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });

  it('counts only content words shared with the question, so small words do not draw it to the consequence', () => {
    // "is" and "it" are in the question and in the consequence; "stateless" alone decides, and it is in the claim.
    expect(judge('Is it stateless?', 'The ledger is stateless, so it is not backed up.')).toEqual({ verdict: 'Yes', rule: 'negation' });
  });
});

describe('judgePolarity: a loss or a lack, in any case and after a guard with a word between', () => {
  it('reads a capitalised "Lacks" opening the fact as a lack', () => {
    expect(judge('Do results carry a total count on the store?', 'Lacks a total count on the store.')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });

  it('reads a loss one word after "survives" as withstood, not suffered', () => {
    expect(judge('Does the ledger keep running if a zone goes down?', 'The ledger survives one lost zone.')).toEqual({
      verdict: 'Yes',
      rule: 'negation',
    });
  });
});

describe('judgePolarity: advice and consequences written across line breaks', () => {
  const asked = 'Does the chart run highly available by default?';
  const judgeSetting = (text: string) => judgePolarity(asked, tokenizeText(asked), buildIndexedFact(text, 'setting'));
  const notByDefault = { verdict: 'No', rule: 'setting' };

  it('reads "set it to 10 for …" with line breaks and indentation between its words', () => {
    expect(judgeSetting('quill.copies = 1 (default): How many copies run; set\n  it\n  to\n  10\n  for high availability.')).toEqual(
      notByDefault,
    );
  });

  it('reads "set it to 10 to get …" and "… to have …", a line break before the last word', () => {
    expect(judgeSetting('quill.copies = 1 (default): How many copies run; set it to 10 to\n  get high availability.')).toEqual(
      notByDefault,
    );
    expect(judgeSetting('quill.copies = 1 (default): How many copies run; set it to 10 to\n  have high availability.')).toEqual(
      notByDefault,
    );
  });

  it('finds the consequence after a comma and a line break, and after "which" and "means" on two lines', () => {
    const claimAsked = 'Is the ledger binary stateless?';
    const yes = { verdict: 'Yes', rule: 'negation' };
    expect(judge(claimAsked, 'The ledger binary is stateless,\n  so it needs no backup job.')).toEqual(yes);
    expect(judge(claimAsked, 'The ledger binary is stateless, which\n  means it needs no backup job.')).toEqual(yes);
  });
});
