import { describe, expect, it } from 'vitest';
import { answerQuestion, splitQuestion } from '../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildLedgerInput, buildQuillApiInput } from '../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';
/** Quillstack with a ledger mirror only the clustered layout has, whose text says how many the vendor recommends. */
const catalogue = [
  buildAskArchitectureWith([
    buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
    buildLedgerInput(),
    buildComponentInput({
      id: 'ledger-mirror',
      name: 'Ledger mirror',
      role: 'relational-database',
      purpose: 'Keeps a copy of the ledger for failover; the vendor recommends at least two mirrors.',
      variants: ['clustered'],
      source: cite,
    }),
  ]),
];

describe('answerQuestion: the scope of each part of a question', () => {
  it('splits off a part opening "and at least how many …" or "and at most how many …"', () => {
    expect(splitQuestion('How many workers does Quillstack run, and at least how many ledgers does it need?')).toEqual([
      'How many workers does Quillstack run',
      'at least how many ledgers does it need?',
    ]);
    expect(splitQuestion('How many workers does Quillstack run, and at most how many ledgers does it allow?')).toHaveLength(2);
  });

  it('answers a part in the layout it names, not in the one the question opened with', () => {
    const answer = answerQuestion(
      'For the standard deployment, what does the Quill API do, and how many ledger mirrors does it recommend in the clustered setup?',
      catalogue,
    ).answer;
    expect(answer).toContain('Quillstack (Standard): Quill API: Serves the sign-in API.');
    expect(answer).toContain('Quillstack (Clustered (high availability)): Ledger mirror: Keeps a copy of the ledger');
  });
});
