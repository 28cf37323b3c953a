import { describe, expect, it } from 'vitest';
import { answerVariantSupport } from '../../../../src/lib/ask/answerers/variant-support.ts';
import { answerQuestion, buildFactIndex, readQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitecture, buildLanternpad } from '../../../fixtures/build-ask-architecture.ts';

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
    // Two spaces after a full stop end a sentence as one does.
    const spaced = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API.', source: 'authgear-self-managed#introduction' },
        {
          id: 'clustered',
          name: 'Clustered',
          summary: 'Several API nodes.  Not stated: the load balancer product.',
          source: 'authgear-self-managed#introduction',
        },
      ],
    });
    expect(answerQuestion('Is the clustered setup supported by Quillstack?', [spaced]).answer).toBe(
      'Yes. Quillstack documents Clustered as one of its deployments: Several API nodes.',
    );
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
    // The variant named, but whether it is supported not asked.
    expect(answerVariantSupport(context('Is the clustered setup of Quillstack right?'))).toBeNull();
  });

  it("counts a generic word only one variant's name holds as naming it, and the product's name never", () => {
    const source = 'authgear-self-managed#introduction';
    const standard = { id: 'standard', name: 'Standard', summary: 'One API, one worker and a ledger database.', source };
    const named = (name: string) =>
      buildAskArchitecture({ variants: [standard, { id: 'clustered', name, summary: 'Several API nodes.', source }] });
    // "Quillstack Cluster": "cluster", generic as it is, is in no other variant's name, so it names this one.
    const own = [named('Quillstack Cluster')];
    expect(answerVariantSupport(buildAnswerContext(own, 'Is Quillstack cluster supported?'))?.text).toBe(
      'Yes. Quillstack documents Quillstack Cluster as one of its deployments: Several API nodes.',
    );
    // The product's name alone names no variant.
    expect(answerVariantSupport(buildAnswerContext(own, 'Is Quillstack supported?'))).toBeNull();
    const generic = [named('Cluster node (clustered)')];
    for (const question of ['Is a cluster node setup supported by Quillstack?', 'Is a clustered setup supported by Quillstack?'])
      expect(answerVariantSupport(buildAnswerContext(generic, question))?.text).toBe(
        'Yes. Quillstack documents Cluster node (clustered) as one of its deployments: Several API nodes.',
      );
    // A generic word both variants' names hold names neither.
    const both = [
      buildAskArchitecture({
        variants: [
          { id: 'standard', name: 'Single cluster', summary: 'One cluster.', source },
          { id: 'clustered', name: 'Multi cluster', summary: 'Two clusters.', source },
        ],
      }),
    ];
    expect(answerVariantSupport(buildAnswerContext(both, 'Is a cluster supported by Quillstack?'))).toBeNull();
    expect(answerVariantSupport(buildAnswerContext(both, 'Is a multi cluster setup supported by Quillstack?'))?.text).toBe(
      'Yes. Quillstack documents Multi cluster as one of its deployments: Two clusters.',
    );
  });

  it('answers "is a cluster supported?" from the variant whose name alone holds the word, not from an unrelated rule', () => {
    // The standard fixture's ledger rules out PostgreSQL 12, whose "not supported" once answered this no.
    expect(ask('Is a cluster supported by Quillstack?').answer).toBe(`Yes. ${clustered}`);
  });

  it('leaves a question naming two products to the other answerers, though one names the variant of the other', () => {
    const source = 'authgear-self-managed#introduction';
    const onLanternpad = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API, one worker and a ledger database.', source },
        { id: 'lanternpad', name: 'On Lanternpad', summary: 'Runs inside a Lanternpad workspace.', source },
      ],
    });
    const both = [onLanternpad, buildLanternpad()];
    const question = 'Is Quillstack on Lanternpad supported?';
    expect(readQuestion(question, buildFactIndex(both)).products.map((product) => product.id)).toEqual(['quillstack', 'lanternpad']);
    expect(answerVariantSupport(buildAnswerContext(both, question))).toBeNull();
    // With Lanternpad out of the catalogue, the same question names one product and its variant.
    expect(answerVariantSupport(buildAnswerContext([onLanternpad], question))?.text).toBe(
      'Yes. Quillstack documents On Lanternpad as one of its deployments: Runs inside a Lanternpad workspace.',
    );
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

describe('answerVariantNecessity', () => {
  const clusteredOnly =
    'No: Quillstack documents Clustered (high availability) as one of its deployments, not the only one; it also documents Standard. Several API nodes behind a load balancer.';

  it('answers no when asked whether one of several documented ways of deploying is mandatory, naming the others', () => {
    expect(ask('Is a clustered setup mandatory for Quillstack?').answer).toBe(clusteredOnly);
    expect(ask('Does Quillstack need a clustered deployment?').answer).toBe(clusteredOnly);
    const answer = ask('Is it required to run Quillstack clustered? We have one small VM.');
    expect(answer.answer).toBe(clusteredOnly);
    expect(answer.sources.map((source) => source.url)).toEqual(['/architectures/quillstack/clustered/', '/architectures/quillstack/']);
  });

  it('leaves a way of deploying that is also a part, a negated question and a question asking more to the other answerers', () => {
    // "Ledger" names both a part and, here, a variant: the part's necessity answers.
    const ledgerVariant = buildAskArchitecture();
    ledgerVariant.variants.push({
      id: 'ledger-first',
      name: 'Ledger first',
      summary: 'Ledger on its own node.',
      source: ledgerVariant.variants[0]!.source,
    });
    expect(answerQuestion('Is a ledger required for Quillstack?', [ledgerVariant]).answer ?? '').not.toMatch(/not the only one/);
    expect(ask('Is a clustered setup not required for Quillstack?').answer ?? '').not.toMatch(/not the only one/);
    expect(ask('Is a clustered setup required for Quillstack sign-in tokens?').answer ?? '').not.toMatch(/not the only one/);
  });
});
