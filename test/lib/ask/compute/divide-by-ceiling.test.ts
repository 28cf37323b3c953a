import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { divideByCeiling } from '../../../../src/lib/ask/compute/divide-by-ceiling.ts';
import { buildAskArchitectureWith, buildLedgerInput } from '../../../fixtures/build-ask-architecture.ts';
import { buildIndexedFact } from '../../../fixtures/build-indexed-fact.ts';
import { readQuestionOver } from '../../../fixtures/read-question-over.ts';

const cite = 'authgear-self-managed#deployment-options';
const ceiling = 'Limitation: More than 2,000 tenants in one ledger is not recommended.';
const facts = [buildIndexedFact('Purpose: Keeps the tenants.', 'purpose'), buildIndexedFact(ceiling, 'note', 'limitation')];
const divide = (question: string, over = facts) => divideByCeiling(readQuestionOver(question), over);

describe('divideByCeiling', () => {
  it('divides the one count the question gives by the ceiling, rounded up, and names the fact that states it', () => {
    const counted = divide('We will have 4,500 tenants on Quillstack. How many ledgers do we need?');
    expect(counted?.text).toBe(
      'Taking the 4,500 as tenants, with no more than 2,000 in one ledger: 4,500 ÷ 2,000 = 2.25, so at least 3 ledgers, rounded up.',
    );
    expect(counted?.fact.text).toBe(ceiling);
    // "The fewest" counts as "how many" does, a word or two before the noun; the unit may be named apart from the number.
    expect(divide('We have 6,000 customers, a tenant each. What is the fewest Quillstack ledgers we should plan for?')?.text).toMatch(
      /= 3, so at least 3 ledgers/,
    );
  });

  it('reads no ceiling when the question counts something else, never names the unit, gives two numbers or stays under it', () => {
    expect(divide('We will have 4,500 tenants on Quillstack. How many workers do we need?')).toBeNull();
    expect(divide('We will have 4,500 customers on Quillstack. How many ledgers do we need?')).toBeNull();
    expect(divide('We will have 4,500 tenants in 2 regions. How many ledgers do we need?')).toBeNull();
    expect(divide('We will have 1,500 tenants on Quillstack. How many ledgers do we need?')).toBeNull();
    expect(divide('We will have 4,500 tenants on Quillstack. How many ledgers do we need?', [facts[0]!])).toBeNull();
  });
});

describe('answerQuestion: a count over a stated ceiling', () => {
  it('works the count out before the fact that states the ceiling', () => {
    const catalogue = [
      buildAskArchitectureWith([
        buildLedgerInput({
          notes: [{ kind: 'limitation', text: 'More than 2,000 tenants in one ledger database is not recommended.', source: cite }],
        }),
      ]),
    ];
    const answer =
      answerQuestion('We will have 4,500 tenants on Quillstack. How many ledger databases do we need at least?', catalogue).answer ?? '';
    expect(answer).toMatch(
      /^Taking the 4,500 as tenants, with no more than 2,000 in one ledger: 4,500 ÷ 2,000 = 2.25, so at least 3 ledgers, rounded up\. Quillstack \(Standard\): Ledger database: Limitation: More than 2,000 tenants/,
    );
  });
});
