import { describe, expect, it } from 'vitest';
import { answerCrossedBound, answerExceededLimit, answerStatedLimit } from '../../../../src/lib/ask/answerers/stated-limit.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import {
  buildAskArchitecture,
  buildLedgerInput,
  buildNoted,
  buildOneLayoutQuillstack,
  type FixtureNote,
} from '../../../fixtures/build-ask-architecture.ts';

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

  it('answers yes with the limitation when the question asks whether the count is a problem', () => {
    expect(answerQuestion('Is it a problem to run Quillstack across three data centers?', limitedTo(limitation)).answer).toBe(
      byTheLimitation.replace(/^No\./, 'Yes.'),
    );
  });

  it('leaves other counts, other things counted and upper bounds to the other rules', () => {
    expect(answerQuestion('Can Quillstack run across two data centers?', limitedTo(limitation)).answer).not.toBe(byTheLimitation);
    expect(answerQuestion('Can Quillstack run three API nodes?', limitedTo(limitation)).answer).not.toBe(byTheLimitation);
    const bound = 'The vendor does not support this layout with fewer than three data centers.';
    expect(answerQuestion('Can Quillstack run across three data centers?', limitedTo(bound)).answer).not.toBe(
      `No. Quillstack: Limitation: ${bound} One API.`,
    );
  });

  it('answers no when the limitation caps the thing counted at only one, for any count of two or more', () => {
    const single = 'By design the deployment does not see other data centers; a data center can hold only one API instance.';
    const byTheCap = `No. Quillstack: Limitation: ${single} One API.`;
    expect(answerQuestion('Can I run two API instances in the same Quillstack data center?', limitedTo(single)).answer).toBe(byTheCap);
    expect(answerQuestion('Can I run three API instances in one Quillstack data center?', limitedTo(single)).answer).toBe(byTheCap);
    // The product's name between the count and the thing counted counts as no word.
    expect(answerQuestion('Can I run two separate Quillstack API instances in the same data center?', limitedTo(single)).answer).toBe(
      byTheCap,
    );
    // One instance is what the cap allows; "one" alone, without "only", caps nothing.
    expect(answerQuestion('Can I run one API instance in a Quillstack data center?', limitedTo(single)).answer).not.toBe(byTheCap);
    const loose = 'The deployment does not see other data centers; each holds one API instance by default.';
    expect(answerQuestion('Can I run two API instances in the same Quillstack data center?', limitedTo(loose)).answer).not.toBe(
      `No. Quillstack: Limitation: ${loose} One API.`,
    );
  });

  it('reads the thing counted in the four words after the count, skipping up to five words of product names (mutation session 36)', () => {
    const single = 'By design the deployment does not see other data centers; a data center can hold only one API instance.';
    // The vendor's name "Quill Labs" is two of the product's name words: "API" is the second word left after them.
    expect(
      answerQuestion('Can I run two separate Quill Labs API instances in the same Quillstack data center?', limitedTo(single)).answer,
    ).toBe(`No. Quillstack: Limitation: ${single} One API.`);
    // Three API nodes are counted, not the data centers four words on.
    expect(
      answerStatedLimit(buildAnswerContext(limitedTo(limitation), 'Can Quillstack run three API nodes across its data centers?')),
    ).toBeNull();
  });

  it('reads no further than four words after the count, product names aside', () => {
    // "data" is the fifth word after "three": the count names nothing the limitation counts.
    expect(
      answerStatedLimit(buildAnswerContext(limitedTo(limitation), 'Can Quillstack run across three big new old regional data centers?')),
    ).toBeNull();
  });

  it("leaves the product's name out of the four words, so the thing counted may be the fifth word on", () => {
    // After "three": separate, Quillstack (the product's name, no word), big, regional, data centers.
    expect(
      answerStatedLimit(buildAnswerContext(limitedTo(limitation), 'Can we run across three separate Quillstack big regional data centers?'))
        ?.text,
    ).toBe(byTheLimitation);
  });

  it('reads the thing counted past describing words between it and the count ("three big regional data centers")', () => {
    // Found by the mutation session 36: two words were read after a count, so the note on high availability answered yes.
    expect(answerQuestion('Can Quillstack run across three big regional data centers?', limitedTo(limitation)).answer).toBe(
      byTheLimitation,
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

  const byTheLimitation =
    'No. Quillstack (Regional (one deployment per region)): Limitation: A deployment does not know about other regions; a region holds only one. One deployment in each region, with routing in front.';

  it('answers no, under the variant that states the limitation, with what that variant is', () => {
    expect(answerQuestion('Can a single Quillstack deployment serve several regions?', catalogue).answer).toBe(byTheLimitation);
  });

  it('reads "multiple regions" and "many regions", which the question reading writes "multi region", as several', () => {
    expect(answerQuestion('Can one Quillstack deployment manage apps across multiple regions?', catalogue).answer).toBe(byTheLimitation);
    expect(answerQuestion('can one quillstack deployment serve many regions?', catalogue).answer).toBe(byTheLimitation);
  });
});

describe('answerExceededLimit: a number above a count the vendor advises against', () => {
  const cite = 'authgear-self-managed#introduction';
  const catalogue = [
    buildOneLayoutQuillstack({
      summary: 'One API per project.',
      notes: [
        { kind: 'recommendation', text: 'More than 2,000 projects in one ledger is generally not recommended.', source: cite },
        {
          kind: 'limitation',
          text: 'Each project takes a schema, so one ledger serves about 2,000 projects; use several ledgers beyond.',
          source: cite,
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

describe('answerStatedLimit, called directly', () => {
  const limitation = 'The vendor does not support this layout once three or more data centers are involved.';
  const limit = (question: string, notes: FixtureNote[] = [{ kind: 'limitation', text: limitation }]) =>
    answerStatedLimit(buildAnswerContext([buildNoted(notes)], question));

  it('answers no with the limitation and the summary of its variant, as a yes/no draft', () => {
    const draft = limit('Can Quillstack run across three data centers?');
    expect(draft).toMatchObject({
      kind: 'yes-no',
      text: `No. Quillstack: Limitation: ${limitation} One API.`,
      coverage: 0.85,
      strength: 0.85,
    });
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['note', 'summary']);
  });

  it('reads a count of two, the smallest count that can exceed one, and no count of one', () => {
    const two = 'The vendor does not support two data centers.';
    expect(limit('Can Quillstack run across two data centers?', [{ kind: 'limitation', text: two }])?.text).toBe(
      `No. Quillstack: Limitation: ${two} One API.`,
    );
    const one = 'The vendor does not support one data center.';
    expect(limit('Can Quillstack run in one data center?', [{ kind: 'limitation', text: one }])).toBeNull();
  });

  it('is null when the question gives no count at all', () => {
    expect(limit('Can Quillstack run across data centers?')).toBeNull();
  });

  it('leaves a count only the condition of a question of need gives to the other answerers, as the situation it sets', () => {
    expect(limit('If Quillstack runs across three data centers, does it need a queue in each one?')).toBeNull();
    // A condition that asks no need ("…, is that supported?") still offers its count to the limitation.
    expect(limit('If Quillstack runs across three data centers, is that supported?')?.text).toMatch(/^No\./);
    // Asked of the count itself, or with the count outside the condition, the limitation answers.
    expect(limit('If we grow, can Quillstack run across three data centers?')?.text).toMatch(/^No\./);
    expect(limit('If we grow, does Quillstack need three data centers?')?.text).toMatch(/^No\./);
  });

  it('answers yes when the question itself claims the bound, as when it asks for trouble', () => {
    expect(limit('Quillstack across three data centers is not supported, right?')?.text).toBe(
      `Yes. Quillstack: Limitation: ${limitation} One API.`,
    );
    expect(limit("Quillstack can't span three data centers, correct?")?.text).toMatch(/^Yes\./);
    expect(limit('Is there any problem running Quillstack across three data centers?')?.text).toMatch(/^Yes\./);
    expect(limit('Can Quillstack not run across three data centers?')?.text).toMatch(/^Yes\./);
  });

  it('finds the thing counted two words after the count, past a word between them', () => {
    expect(limit('Can Quillstack run across three big data centers?')?.text).toMatch(/^No\. Quillstack: Limitation: /);
  });

  it('does not take a small word after the count ("or") for the thing counted', () => {
    // "three or four API nodes": "or" also follows "three" in the limitation, but it counts nothing.
    expect(limit('Can Quillstack run three or four API nodes?')).toBeNull();
  });

  it('finds the thing counted up to three words after the count in the limitation, and no further', () => {
    // "three or more data centers": "data" is the third word after "three".
    expect(limit('Can Quillstack run across three data centers?')).not.toBeNull();
    const far = 'The vendor does not support three of its many busy data centers.';
    expect(limit('Can Quillstack run across three data centers?', [{ kind: 'limitation', text: far }])).toBeNull();
  });

  it('reads the thing counted after the count in the limitation, not the word right before it', () => {
    const before = 'Each ledger: 3 or more are not supported.';
    expect(limit('Can Quillstack run 3 ledgers?', [{ kind: 'limitation', text: before }])).toBeNull();
  });

  it('answers when the limitation states any one of the counts the question gives', () => {
    expect(limit('Can Quillstack run three API nodes across three data centers?')?.text).toBe(
      `No. Quillstack: Limitation: ${limitation} One API.`,
    );
  });

  it('reads a count of two digits in the limitation', () => {
    const twelve = 'The vendor does not support 12 data centers.';
    expect(limit('Can Quillstack run across 12 data centers?', [{ kind: 'limitation', text: twelve }])?.text).toBe(
      `No. Quillstack: Limitation: ${twelve} One API.`,
    );
  });

  it('reads a thing named before the count as no thing counted', () => {
    const before = 'Data centers: three are not supported.';
    expect(limit('Can Quillstack run across three data centers?', [{ kind: 'limitation', text: before }])).toBeNull();
  });

  it('reads a bound word up to two words before the count as an upper bound, and one further back as not', () => {
    const bound = 'The vendor does not support this layout with fewer than three data centers.';
    expect(limit('Can Quillstack run across three data centers?', [{ kind: 'limitation', text: bound }])).toBeNull();
    const earlier = 'Under heavy load the vendor does not support spreading over three data centers.';
    expect(limit('Can Quillstack run across three data centers?', [{ kind: 'limitation', text: earlier }])?.text).toBe(
      `No. Quillstack: Limitation: ${earlier} One API.`,
    );
  });

  it('reads "several" in the question and in the limitation as the same count, and as no number', () => {
    const several = 'The vendor does not support several regions.';
    expect(limit('Can Quillstack serve several regions?', [{ kind: 'limitation', text: several }])?.text).toBe(
      `No. Quillstack: Limitation: ${several} One API.`,
    );
    expect(limit('Can Quillstack serve three regions?', [{ kind: 'limitation', text: several }])).toBeNull();
  });

  it('reads a count written in digits in the limitation', () => {
    const digits = 'The vendor does not support 3 data centers.';
    expect(limit('Can Quillstack run across three data centers?', [{ kind: 'limitation', text: digits }])?.text).toBe(
      `No. Quillstack: Limitation: ${digits} One API.`,
    );
  });

  it('leaves a limitation that states the count without negating it, and a negated note of another kind, alone', () => {
    expect(
      limit('Can Quillstack run across three data centers?', [{ kind: 'limitation', text: 'Three data centers work well.' }]),
    ).toBeNull();
    expect(
      limit('Can Quillstack run across three data centers?', [
        { kind: 'high-availability', text: 'It does not fail over across three data centers.' },
      ]),
    ).toBeNull();
  });

  it('answers with a component incompatibility that rules out the count, with no variant summary', () => {
    const cite = 'authgear-self-managed#resources-reference';
    const architecture = buildAskArchitecture({
      hosts: [],
      components: [
        buildLedgerInput({
          incompatible: [{ with: 'Stretched clusters', text: 'Replication breaks across three data centers.', source: cite }],
        }),
      ],
    });
    const draft = answerStatedLimit(buildAnswerContext([architecture], 'Can the Quillstack ledger span three data centers?'));
    expect(draft?.text).toBe(
      'No. Quillstack (Standard): Ledger database: Not supported: Stretched clusters. Replication breaks across three data centers.',
    );
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['incompatibility']);
  });

  it('answers under the variant holding the limitation when the question names another variant', () => {
    const cite = 'authgear-self-managed#introduction';
    const architecture = buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Standard', summary: 'One API.', source: cite },
        {
          id: 'clustered',
          name: 'Clustered',
          summary: 'Several API nodes.',
          source: cite,
          notes: [{ kind: 'limitation', text: limitation, source: cite }],
        },
      ],
    });
    expect(answerStatedLimit(buildAnswerContext([architecture], 'Can Quillstack Standard run across three data centers?'))?.text).toBe(
      `No. Quillstack (Clustered): Limitation: ${limitation} Several API nodes.`,
    );
  });
});

describe('answerExceededLimit, called directly', () => {
  const advice = 'More than 2,000 projects in one ledger is generally not recommended.';
  const exceeded = (question: string, notes: FixtureNote[] = [{ kind: 'recommendation', text: advice }]) =>
    answerExceededLimit(buildAnswerContext([buildNoted(notes)], question));

  it('answers no with the bound as a yes/no draft', () => {
    const draft = exceeded('We will have 5,000 projects. Is one Quillstack ledger enough?');
    expect(draft).toMatchObject({ kind: 'yes-no', text: `No. Quillstack: Recommendation: ${advice}`, coverage: 0.8, strength: 0.8 });
    expect(draft?.facts.map((fact) => fact.text)).toEqual([`Recommendation: ${advice.replace(/\.$/, '')}`]);
  });

  it('answers yes when the question asks for trouble, and a question with no auxiliary gets it too', () => {
    expect(exceeded('Is it a problem to put 5,000 projects in one Quillstack ledger?')?.text).toBe(
      `Yes. Quillstack: Recommendation: ${advice}`,
    );
    const answer = answerQuestion('We will have 5,000 projects. Any problem keeping them in one Quillstack ledger?', [
      buildNoted([{ kind: 'recommendation', text: advice }]),
    ]);
    expect(answer.answer).toBe(`Yes. Quillstack: Recommendation: ${advice}`);
    // Without a trouble word a question with no auxiliary is a lookup, which the bound does not answer on its own.
    expect(
      answerQuestion('We will have 5,000 projects. What does Quillstack say about one ledger?', [
        buildNoted([{ kind: 'recommendation', text: advice }]),
      ]).answer ?? '',
    ).not.toMatch(/^(?:Yes|No)\b/);
  });

  it('reads a bound only from a sentence that negates it, not from a count beside a negation in another sentence', () => {
    const spread = 'The ledger was tested with 4 copies over 3 zones. Not stated: a minimum copy count.';
    expect(exceeded('Must the Quillstack ledger copies stay within 10 ms?', [{ kind: 'limitation', text: spread }])).toBeNull();
    const bound = 'Tested with 4 copies. Over 3 zones is not supported.';
    expect(exceeded('Can the Quillstack ledger span 10 zones?', [{ kind: 'limitation', text: bound }])?.text).toMatch(/^No\./);
  });

  it('takes a number that reaches the bound but does not exceed it as within it', () => {
    expect(exceeded('We will have 2,000 projects. Is one Quillstack ledger enough?')).toBeNull();
    expect(exceeded('We will have 2,001 projects. Is one Quillstack ledger enough?')).not.toBeNull();
  });

  it('reads a bound of one, so two is already above it, and no question number below two', () => {
    const one = 'More than 1 ledger per deployment is not supported.';
    expect(exceeded('Can one Quillstack deployment have 2 ledgers?', [{ kind: 'limitation', text: one }])?.facts[0]?.text).toBe(
      `Limitation: ${one.replace(/\.$/, '')}`,
    );
    const zero = 'More than 0 spare ledgers is not supported.';
    expect(exceeded('Can Quillstack have 1 spare ledger?', [{ kind: 'limitation', text: zero }])).toBeNull();
  });

  it('ignores numbers with a unit and numbers written with a minus sign', () => {
    expect(exceeded('Is one Quillstack ledger enough for 5,000 GB of projects?')).toBeNull();
    expect(exceeded('Is one Quillstack ledger enough for -5000 projects?')).toBeNull();
  });

  it('reads a bound written with several thousands separators, or none, or after "over"', () => {
    const million = 'Over 1,000,000 projects in one ledger is not supported.';
    expect(exceeded('Is one Quillstack ledger enough for 2,000,000 projects?', [{ kind: 'limitation', text: million }])?.text).toBe(
      `No. Quillstack: Limitation: ${million}`,
    );
    expect(exceeded('Is one Quillstack ledger enough for 500,000 projects?', [{ kind: 'limitation', text: million }])).toBeNull();
    const plain = 'Beyond 2000 projects one ledger is not supported.';
    expect(exceeded('Is one Quillstack ledger enough for 3000 projects?', [{ kind: 'limitation', text: plain }])?.text).toBe(
      `No. Quillstack: Limitation: ${plain}`,
    );
    expect(exceeded('Is one Quillstack ledger enough for 1500 projects?', [{ kind: 'limitation', text: plain }])).toBeNull();
  });

  it('reads no bound from a number without a bound word, nor from a bound word glued to its number', () => {
    const bare = 'Projects: 2,000 per ledger is not supported.';
    expect(exceeded('Is one Quillstack ledger enough for 5,000 projects?', [{ kind: 'limitation', text: bare }])).toBeNull();
    const glued = 'Moreover2000 projects per ledger is not supported.';
    expect(exceeded('Is one Quillstack ledger enough for 5,000 projects?', [{ kind: 'limitation', text: glued }])).toBeNull();
  });

  it('leaves a bound the fact does not advise against alone', () => {
    const fits = 'More than 2,000 projects fit in one ledger.';
    expect(exceeded('Is one Quillstack ledger enough for 5,000 projects?', [{ kind: 'limitation', text: fits }])).toBeNull();
  });

  it('adds at most two close facts of the same product that state the same bound, written with or without a separator', () => {
    const draft = exceeded('We will have 5,000 projects. Is more than one Quillstack ledger generally recommended?', [
      { kind: 'recommendation', text: advice },
      { kind: 'limitation', text: 'One ledger serves about 2000 projects; use several ledgers beyond.' },
      { kind: 'limitation', text: 'Above 2,000 projects, one ledger is generally slow.' },
      { kind: 'limitation', text: 'Each ledger holds 2,000 projects.' },
    ]);
    expect(draft?.text).toBe(
      `No. Quillstack: Recommendation: ${advice} Limitation: One ledger serves about 2000 projects; use several ledgers beyond. Limitation: Above 2,000 projects, one ledger is generally slow.`,
    );
  });

  it('adds no close fact where the bound is only part of a larger number', () => {
    const draft = exceeded('We will have 5,000 projects. Is more than one Quillstack ledger generally recommended?', [
      { kind: 'recommendation', text: advice },
      { kind: 'limitation', text: 'One ledger generally holds 12,000 tables, or 20000 rows a table.' },
    ]);
    expect(draft?.text).toBe(`No. Quillstack: Recommendation: ${advice}`);
  });

  it('answers when any number the question gives is above the bound', () => {
    expect(exceeded('We will have 5,000 projects in 3 teams. Is one Quillstack ledger enough?')?.text).toBe(
      `No. Quillstack: Recommendation: ${advice}`,
    );
  });

  it('takes the close facts that state the bound from the six best-ranked facts only', () => {
    // The option shares only "project" with the question and ranks far below the six best.
    const draft = exceeded('We will have 5,000 projects. Is more than one Quillstack ledger generally recommended?', [
      { kind: 'recommendation', text: advice },
      { kind: 'limitation', text: 'Each ledger holds 2,000 projects.' },
      { kind: 'option', text: 'Plan 2,000 seats per project.' },
    ]);
    expect(draft?.text).toBe(`No. Quillstack: Recommendation: ${advice} Limitation: Each ledger holds 2,000 projects.`);
  });

  it('looks for the bound only among the six best-ranked facts', () => {
    // Ranked for this question, the recommendation comes seventh, after the four other ledger notes and the fixture's
    // ledger image setting and necessity.
    const draft = exceeded('We will have 5,000 projects. Is one Quillstack ledger enough?', [
      { kind: 'recommendation', text: advice },
      { kind: 'limitation', text: 'One ledger serves about 2000 projects; use several ledgers beyond.' },
      { kind: 'limitation', text: 'Each ledger holds 2,000 projects.' },
      { kind: 'limitation', text: 'Above 2,000 projects, add a ledger.' },
      { kind: 'limitation', text: 'Projects share one ledger of 3,000 tables.' },
    ]);
    expect(draft).toBeNull();
  });

  it('adds no close fact of another product that states the same bound', () => {
    const other = buildAskArchitecture({
      id: 'inkwell',
      product: 'Inkwell',
      vendor: 'Ink Co.',
      notes: [{ kind: 'limitation', text: 'Inkwell ledgers hold 2,000 projects each.', source: 'authgear-self-managed#introduction' }],
    });
    const draft = answerExceededLimit(
      buildAnswerContext(
        [buildNoted([{ kind: 'recommendation', text: advice }]), other],
        'We will have 5,000 projects in one Quillstack ledger?',
      ),
    );
    expect(draft?.facts.map((fact) => fact.architecture)).toEqual(['quillstack']);
  });
});

describe('answerStatedLimit: the layout the question writes out', () => {
  const cite = 'authgear-self-managed#introduction';
  const limitation = 'The vendor does not support this layout once three or more data centers are involved.';
  const catalogue = [
    buildAskArchitecture({
      variants: [
        { id: 'standard', name: 'Single site (optionally across data centers)', summary: 'One API cluster.', source: cite },
        {
          id: 'two-site',
          name: 'Two sites (active/active)',
          summary: 'Two API clusters, one per site.',
          source: cite,
          notes: [{ kind: 'limitation', text: limitation, source: cite }],
        },
      ],
    }),
  ];

  it("does not answer with another layout's limitation when the question names its layout in full", () => {
    const answer = answerQuestion('Single-site Quillstack across 3 data centers: does that work?', catalogue).answer ?? '';
    expect(answer).not.toContain(limitation);
    // Naming the layout that states it, the limitation answers.
    expect(answerQuestion('Two-sites Quillstack across 3 data centers: does that work?', catalogue).answer).toBe(
      `No. Quillstack (Two sites (active/active)): Limitation: ${limitation} Two API clusters, one per site.`,
    );
  });
});

describe('answerCrossedBound: a figure with a unit past a bound a close fact states', () => {
  const latency = 'API nodes need less than 8 ms round-trip latency between each other.';
  const crossed = (question: string, notes: FixtureNote[] = [{ kind: 'requirement', text: latency }]) =>
    answerCrossedBound(buildAnswerContext([buildNoted(notes)], question));

  it('answers no with the bound when the figure is above an upper bound in the same unit', () => {
    const draft = crossed('Our two sites are 30 ms apart. Can one Quillstack cluster span both?');
    expect(draft).toMatchObject({ kind: 'yes-no', coverage: 0.8, strength: 0.8 });
    expect(draft?.text).toMatch(/^No\. Quillstack: Requirement: API nodes need less than 8 ms round-trip latency/);
  });

  it('answers yes when the question asks whether the figure is a problem', () => {
    expect(crossed('Is 30 ms between our Quillstack sites a problem?')?.text).toMatch(/^Yes\. Quillstack: Requirement:/);
  });

  it('leaves a figure within the bound, at the bound, or in another unit to the other rules', () => {
    expect(crossed('Our two sites are 5 ms apart. Can one Quillstack cluster span both?')).toBeNull();
    expect(crossed('Our two sites are 8 ms apart. Can one Quillstack cluster span both?')).toBeNull();
    expect(crossed('Our two sites are 30 km apart. Can one Quillstack cluster span both?')).toBeNull();
    expect(crossed('Our sites are -30 ms apart. Can one Quillstack cluster span both?')).toBeNull();
  });

  it('reads lower bounds ("at least", "or more") and upper bounds after "or" or "no more than"', () => {
    const lower = 'Each ledger disk needs at least 40 IOPS per user.';
    expect(
      crossed('We get 25 IOPS per user. Can Quillstack ledgers run on that disk?', [{ kind: 'requirement', text: lower }])?.text,
    ).toMatch(/^No\./);
    expect(crossed('We get 45 IOPS per user. Can Quillstack ledgers run on that disk?', [{ kind: 'requirement', text: lower }])).toBeNull();
    const orMore = 'A ledger disk of 40 IOPS or more per user is required.';
    expect(crossed('We get 25 IOPS per user. Is that disk fine for Quillstack?', [{ kind: 'requirement', text: orMore }])?.text).toMatch(
      /^No\./,
    );
    const orLess = 'A clock skew of 3 seconds or less is tolerated.';
    expect(crossed('Our Quillstack nodes drift by 5 seconds. Is that fine?', [{ kind: 'requirement', text: orLess }])?.text).toMatch(
      /^No\./,
    );
    const noMore = 'Keep a clock skew of no more than 3 seconds.';
    expect(crossed('Our Quillstack nodes drift by 5 seconds. Is that fine?', [{ kind: 'requirement', text: noMore }])?.text).toMatch(
      /^No\./,
    );
    // "More than" alone bounds from below: 5 seconds is above it, so nothing is crossed.
    const above = 'A timeout of more than 3 seconds is required.';
    expect(crossed('Our Quillstack timeout is 5 seconds. Is that fine?', [{ kind: 'requirement', text: above }])).toBeNull();
    // A figure stated as it is bounds nothing.
    const plain = 'The tested sites were 8 ms apart.';
    expect(
      crossed('Our two sites are 30 ms apart. Can one Quillstack cluster span both?', [{ kind: 'requirement', text: plain }]),
    ).toBeNull();
  });

  it('leaves counts of copies to the count rules', () => {
    const copies = 'Run at least 3 nodes for the ledger.';
    expect(crossed('Can Quillstack run on 2 nodes?', [{ kind: 'requirement', text: copies }])).toBeNull();
  });
});
