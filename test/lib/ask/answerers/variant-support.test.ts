import { describe, expect, it } from 'vitest';
import { answerVariantSupport } from '../../../../src/lib/ask/answerers/variant-support.ts';
import { answerQuestion, buildFactIndex, readQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const catalogue = [buildAskArchitecture()];
const ask = (question: string) => answerQuestion(question, catalogue);

/** What the fixture's clustered variant is, in its summary's words. */
const clustered = 'Quillstack documents Clustered (high availability) as one of its deployments: Several API nodes behind a load balancer.';

describe('answerVariantSupport', () => {
  it('answers yes when asked whether a way of deploying the vendor documents is supported, citing its page', () => {
    const answer = ask('Is a clustered setup supported by Quillstack?');
    expect(answer.answer).toBe(`Yes. ${clustered}`);
    expect(answer.kind).toBe('yes-no');
    expect(answer.sources[0]).toEqual({
      title: 'Quillstack: Clustered (high availability)',
      url: '/architectures/quillstack/clustered/',
      excerpt: 'Several API nodes behind a load balancer.',
    });
    expect(ask('Is the clustered deployment an option for Quillstack?').answer).toBe(`Yes. ${clustered}`);
  });

  it('answers no, it is supported, when asked whether it is not supported, and yes to "isn\'t it supported?"', () => {
    expect(ask('Is the clustered mode not supported by Quillstack?').answer).toBe(`No: it is supported. ${clustered}`);
    expect(ask('Is a clustered setup unsupported in Quillstack?').answer).toBe(`No: it is supported. ${clustered}`);
    expect(ask("Isn't the clustered mode supported by Quillstack?").answer).toBe(`Yes. ${clustered}`);
  });

  it('gives only the first sentence of a summary, leaving its "not stated" list to other questions', () => {
    // The standard variant's summary goes on to list what its sources leave unstated.
    const answer = ask('Is the standard deployment supported by Quillstack?');
    expect(answer.answer).toBe('Yes. Quillstack documents Standard as one of its deployments: One API, one worker and a ledger database.');
  });

  it('leaves questions that ask more than support of a named variant to the other answerers', () => {
    const context = (question: string) => buildAnswerContext(catalogue, question);
    // A word besides the variant, the product and support asks something else.
    expect(answerVariantSupport(context('Is the clustered setup supported with PostgreSQL 12 in Quillstack?'))).toBeNull();
    // No support word: whether something is needed is the necessity rules' to answer.
    expect(answerVariantSupport(context('Is the clustered setup required for Quillstack?'))).toBeNull();
    // Not a yes/no question.
    expect(answerVariantSupport(context('Which clustered setup options does Quillstack support?'))).toBeNull();
    // No variant named by a word of its name.
    expect(answerVariantSupport(context('Is PostgreSQL 12 supported by Quillstack?'))).toBeNull();
  });

  it('leaves a word a rule of the product names to that rule', () => {
    const source = 'authgear-self-managed#introduction';
    // A variant named after a database release the ledger rules out: the rule, not the variant, answers.
    const ruled = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API, one worker and a ledger database.', source },
        { id: 'legacy', name: 'Legacy PostgreSQL 12 install', summary: 'An old single-box install.', source },
      ],
    });
    const question = 'Is a legacy PostgreSQL 12 install supported by Quillstack?';
    expect(readQuestion(question, buildFactIndex([ruled])).variants.get('quillstack')).toBe('legacy');
    expect(answerVariantSupport(buildAnswerContext([ruled], question))).toBeNull();
  });
});
