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
