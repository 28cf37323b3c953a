import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

describe('answerStatedLimit: a count the vendor rules out', () => {
  const cite = 'authgear-self-managed#introduction';
  /** Quillstack whose only variant runs across data centers and states a limitation on how many it spans. */
  const limitedTo = (text: string) => [
    buildAskArchitecture({
      variants: [
        {
          id: 'standard',
          name: 'Standard',
          summary: 'One API.',
          source: cite,
          notes: [
            // A fact closer to the question's words that would answer yes on its own.
            {
              kind: 'high-availability',
              text: 'Spread across several data centers, the deployment can run on when a data center is lost.',
              source: cite,
            },
            { kind: 'limitation', text, source: cite },
          ],
        },
      ],
    }),
  ];
  const limitation = 'The vendor does not support this layout once three or more data centers are involved.';
  // The rule answers with the limitation and the variant's summary; other rules add the facts they weighed.
  const byTheLimitation = `No. Quillstack: Limitation: ${limitation} One API.`;

  it('answers no with the limitation when it rules out the count asked, written in words or digits', () => {
    expect(answerQuestion('Can Quillstack run across three data centers?', limitedTo(limitation)).answer).toBe(byTheLimitation);
    expect(answerQuestion('Can I spread Quillstack over 3 data centers?', limitedTo(limitation)).answer).toBe(byTheLimitation);
  });

  it('leaves other counts, other things counted and upper bounds to the other rules', () => {
    expect(answerQuestion('Can Quillstack run across two data centers?', limitedTo(limitation)).answer).not.toBe(byTheLimitation);
    expect(answerQuestion('Can Quillstack run three API nodes?', limitedTo(limitation)).answer).not.toBe(byTheLimitation);
    const bound = 'The vendor does not support this layout with fewer than three data centers.';
    expect(answerQuestion('Can Quillstack run across three data centers?', limitedTo(bound)).answer).not.toBe(
      `No. Quillstack: Limitation: ${bound} One API.`,
    );
  });
});

describe('answerStatedLimit: "several" against a limitation of another variant', () => {
  const cite = 'authgear-self-managed#introduction';
  const catalogue = [
    buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API in one region.', source: cite },
        {
          id: 'regional',
          name: 'Regional (one deployment per region)',
          summary: 'One deployment in each region, with routing in front.',
          source: cite,
          notes: [{ kind: 'limitation', text: 'A deployment does not know about other regions; a region holds only one.', source: cite }],
        },
      ],
    }),
  ];

  it('answers no, under the variant that states the limitation, with what that variant is', () => {
    expect(answerQuestion('Can a single Quillstack deployment serve several regions?', catalogue).answer).toBe(
      'No. Quillstack (Regional (one deployment per region)): Limitation: A deployment does not know about other regions; a region holds only one. One deployment in each region, with routing in front.',
    );
  });
});

describe('answerExceededLimit: a number above a count the vendor advises against', () => {
  const cite = 'authgear-self-managed#introduction';
  const catalogue = [
    buildAskArchitecture({
      variants: [
        {
          id: 'standard',
          name: 'Standard',
          summary: 'One API per project.',
          source: cite,
          notes: [
            { kind: 'recommendation', text: 'More than 2,000 projects in one ledger is generally not recommended.', source: cite },
            {
              kind: 'limitation',
              text: 'Each project takes a schema, so one ledger serves about 2,000 projects; use several ledgers beyond.',
              source: cite,
            },
          ],
        },
      ],
    }),
  ];
  const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

  it('answers no with the bound and the close fact that states the same count', () => {
    const answer = ask('We will have 5,000 projects. Is one Quillstack ledger a good idea for all of them?');
    expect(answer).toMatch(/^No\. Quillstack: Recommendation: More than 2,000 projects in one ledger is generally not recommended\./);
    expect(answer).toContain('use several ledgers beyond');
  });

  it('leaves a number below the bound to the other rules', () => {
    expect(ask('We will have 500 projects. Is one Quillstack ledger a good idea for all of them?')).not.toMatch(
      /^No\. Quillstack: Recommendation/,
    );
  });
});
