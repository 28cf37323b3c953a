import { describe, expect, it } from 'vitest';
import { answerQuestion, buildFactIndex } from '../../../../src/lib/ask/index.ts';
import { writesVariantName } from '../../../../src/lib/ask/read-question.ts';
import { buildAskArchitecture, buildLedgerInput, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#introduction';

/** Quillstack in two layouts, "Single cluster" (which it advises spreading over several zones) and "Twin sites". */
const catalogue = [
  buildAskArchitecture({
    hosts: [],
    variants: [
      {
        id: 'single-cluster',
        name: 'Single cluster',
        summary: 'One Quillstack cluster in one region.',
        source: cite,
        notes: [
          {
            kind: 'recommendation',
            text: 'Spread over several zones of one region, the cluster survives the loss of one zone.',
            source: cite,
          },
        ],
      },
      { id: 'twin-sites', name: 'Twin sites', summary: 'Two connected Quillstack clusters.', source: cite },
    ],
  }),
];
const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

describe('writesVariantName: the product named between the words of a layout', () => {
  it('reads "a single Quillstack cluster" as the layout "Single cluster", and not words of it apart', () => {
    const index = buildFactIndex(catalogue);
    expect(writesVariantName(index, ['single', 'quillstack', 'cluster'], 'quillstack', 'single-cluster')).toBe(true);
    expect(writesVariantName(index, ['single', 'zone', 'cluster'], 'quillstack', 'single-cluster')).toBe(false);
  });

  it('reads "one cluster" as "Single cluster", but not as a name with no "single" in it', () => {
    const index = buildFactIndex(catalogue);
    expect(writesVariantName(index, ['one', 'cluster'], 'quillstack', 'single-cluster')).toBe(true);
    expect(writesVariantName(index, ['two', 'cluster'], 'quillstack', 'single-cluster')).toBe(false);
    expect(writesVariantName(index, ['one', 'site'], 'quillstack', 'twin-sites')).toBe(false);
  });
});

describe('answerYesNo: a layout the question names by name', () => {
  it('opposes no fact with the words of the layout named ("single" of "a single cluster" against "several zones")', () => {
    expect(ask('Can a single Quillstack cluster spread over three zones?')).toMatch(
      /^Yes\. Quillstack \(Single cluster\): Recommendation: Spread/,
    );
  });

  it('still opposes a fact with the same word outside the layout name', () => {
    expect(ask('Can a Quillstack cluster run in a single zone?')).toMatch(/^No\. Quillstack \(Single cluster\): Recommendation: Spread/);
  });
});

describe('answerYesNo: a layout named after a word of one of its parts', () => {
  /** Quillstack's "Single cluster" layout (beside "Twin sites"), whose server part is the "Quill cluster" and whose ledger spans zones. */
  const clustered = [
    buildAskArchitecture({
      hosts: [],
      variants: [
        { id: 'single-cluster', name: 'Single cluster', summary: 'One Quillstack cluster in one region.', source: cite },
        { id: 'twin-sites', name: 'Twin sites', summary: 'Two connected Quillstack clusters.', source: cite },
      ],
      components: [
        buildQuillApiInput({ id: 'quill-cluster', name: 'Quill cluster', purpose: 'The Quill server pods that sign users in.' }),
        buildLedgerInput({ purpose: 'Stores users and sessions; the vendor runs it across several zones.' }),
      ],
    }),
  ];

  it('does not read the layout\'s "cluster" as naming the part, so no other part is said to do what is asked', () => {
    const answer = answerQuestion(
      'If one zone goes, a single-cluster Quillstack spread across three zones keeps running, right?',
      clustered,
    );
    expect(answer.answer).not.toMatch(/^No\b/);
  });
});

describe('answerYesNo: the words of the layout the question names, not of another layout', () => {
  /** Quillstack in "Single cluster" and "Twin sites", the second advising each site to spread over several zones. */
  const twin = [
    buildAskArchitecture({
      hosts: [],
      variants: [
        { id: 'single-cluster', name: 'Single cluster', summary: 'One Quillstack cluster in one region.', source: cite },
        {
          id: 'twin-sites',
          name: 'Twin sites',
          summary: 'Two connected Quillstack clusters.',
          source: cite,
          notes: [{ kind: 'recommendation', text: 'Spread each site over several zones of its region.', source: cite }],
        },
      ],
    }),
  ];

  it('keeps "single" as a word of the question when the layout named is "Twin sites", so it still meets "several zones"', () => {
    expect(answerQuestion('Can Quillstack twin sites run each site in a single zone?', twin).answer).toMatch(
      /^No\. Quillstack \(Twin sites\): Recommendation: Spread each site over several zones/,
    );
  });
});
