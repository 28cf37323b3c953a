import { describe, expect, it } from 'vitest';
import { answerCrossedBound, answerStatedLimit } from '../../../../src/lib/ask/answerers/stated-limit.ts';
import type { NoteKind } from '../../../../src/schemas/note.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitecture, buildNoted } from '../../../fixtures/build-ask-architecture.ts';

describe('answerCrossedBound: which figures a fact bounds (mutation session 38)', () => {
  const crossed = (question: string, text: string, kind: NoteKind = 'requirement') =>
    answerCrossedBound(buildAnswerContext([buildNoted([{ kind, text }])], question));
  const drift = (seconds: number) => `Our Quillstack nodes drift by ${seconds} seconds. Is that fine?`;

  it('reads no bound from a figure offered with another after "or" ("3 seconds or 4 seconds"), above or below it', () => {
    const choice = 'Set the clock skew to 3 seconds or 4 seconds.';
    expect(crossed(drift(5), choice)).toBeNull();
    expect(crossed(drift(2), choice)).toBeNull();
  });

  it('reads no bound from a bound word after the figure that follows no "or"', () => {
    expect(crossed(drift(5), 'A clock skew of 3 seconds is less than the default.')).toBeNull();
    expect(crossed(drift(2), 'A clock skew of 3 seconds is more than enough.')).toBeNull();
  });

  it('reads a bound word only in the two words before the figure', () => {
    expect(crossed(drift(5), 'Less clock skew is better; the tested nodes drifted by 3 seconds.')).toBeNull();
    expect(crossed(drift(5), 'Keep the clock skew below 3 seconds.')?.text).toMatch(
      /^No\. Quillstack: Requirement: Keep the clock skew below 3 seconds\./,
    );
  });

  it('takes a figure that reaches a lower bound as within it', () => {
    const lower = 'Each ledger disk needs at least 40 IOPS per user.';
    expect(crossed('We get 40 IOPS per user. Can Quillstack ledgers run on that disk?', lower)).toBeNull();
    expect(crossed('We get 39 IOPS per user. Can Quillstack ledgers run on that disk?', lower)?.text).toMatch(
      /^No\. Quillstack: Requirement: Each ledger disk/,
    );
  });

  it('reads a cap ("capped at 1 MiB") as a bound that a figure asked "more than" it crosses, and the figure itself does not', () => {
    const cap = 'Each ledger page is capped at 1 MiB of data.';
    expect(crossed('Can one Quillstack ledger page hold more than 1 MiB?', cap)?.text).toMatch(
      /^No\. Quillstack: Requirement: Each ledger page/,
    );
    expect(crossed('Can one Quillstack ledger page hold 2 MiB?', cap)?.text).toMatch(/^No\./);
    expect(crossed('Can one Quillstack ledger page hold 1 MiB?', cap)).toBeNull();
    expect(crossed('Can one Quillstack ledger page hold 1 MiB?', 'Each ledger page holds 1 MiB of data.')).toBeNull();
  });

  it('takes no small word after a figure for its unit ("30 in each group")', () => {
    expect(crossed('We plan 30 in each Quillstack ledger group. Is that fine?', 'Keep fewer than 8 in each ledger group.')).toBeNull();
  });

  it('answers when one of several figures crosses the bound, whichever comes first', () => {
    const latency = 'API nodes need less than 8 ms round-trip latency between each other.';
    const no = `No. Quillstack: Requirement: ${latency}`;
    expect(crossed('Our two Quillstack sites are 30 ms and 200 km apart. Can one cluster span both?', latency)?.text).toBe(no);
    expect(crossed('Our two Quillstack sites are 200 km and 30 ms apart. Can one cluster span both?', latency)?.text).toBe(no);
  });

  it('adds the next two close facts of the same product after the crossed bound, not those of another product', () => {
    const cite = 'authgear-self-managed#introduction';
    const latency = 'API nodes need less than 8 ms round-trip latency between each other.';
    const quillstack = buildNoted([
      { kind: 'requirement', text: latency },
      { kind: 'recommendation', text: 'Keep both API sites in one metro area for low latency.' },
      { kind: 'warning', text: 'API nodes across a slow link lose sessions.' },
      { kind: 'limitation', text: 'Each API site needs its own cluster beyond that latency.' },
    ]);
    // Inkwell's note ranks second, between the bound and Quillstack's own notes.
    const inkwell = buildAskArchitecture({
      id: 'inkwell',
      product: 'Inkwell',
      vendor: 'Ink Co.',
      notes: [{ kind: 'limitation', text: 'API sites must stay within 8 ms round-trip latency of each other.', source: cite }],
    });
    const draft = answerCrossedBound(
      buildAnswerContext(
        [quillstack, inkwell],
        'Our two API sites are 30 ms apart. Can one cluster span both with round-trip latency between API nodes?',
      ),
    );
    expect(draft?.text).toBe(
      `No. Quillstack: Requirement: ${latency} Limitation: Each API site needs its own cluster beyond that latency. Recommendation: Keep both API sites in one metro area for low latency.`,
    );
    expect(draft?.facts.map((fact) => fact.architecture)).toEqual(['quillstack', 'quillstack', 'quillstack']);
  });
});

describe('answerCrossedBound: the unit and the layout of the bound (mutation session 38)', () => {
  const latency = 'API nodes need less than 8 ms round-trip latency between each other.';

  it('compares a figure only with a bound in the same unit, the fact ranking close either way', () => {
    const ask = (unit: string) =>
      answerCrossedBound(
        buildAnswerContext(
          [buildNoted([{ kind: 'requirement', text: latency }])],
          `Our API nodes are 30 ${unit} apart. Can they keep the round-trip latency between each other for Quillstack?`,
        ),
      );
    expect(ask('km')).toBeNull();
    expect(ask('ms')?.text).toMatch(/^No\. Quillstack: Requirement: API nodes need less than 8 ms/);
  });

  it("does not answer with another layout's bound when the question names its layout in full", () => {
    const cite = 'authgear-self-managed#introduction';
    const bound = 'The two API clusters need less than 8 ms round-trip latency between the sites.';
    const catalogue = [
      buildAskArchitecture({
        variants: [
          { id: 'standard', name: 'Single site (optionally across data centers)', summary: 'One API cluster.', source: cite },
          {
            id: 'two-site',
            name: 'Two sites (active/active)',
            summary: 'Two API clusters, one per site.',
            source: cite,
            notes: [{ kind: 'requirement', text: bound, source: cite }],
          },
        ],
      }),
    ];
    const ask = (question: string) => answerCrossedBound(buildAnswerContext(catalogue, question));
    expect(ask('Single-site Quillstack with API nodes 30 ms apart: does that work?')).toBeNull();
    expect(ask('Two-sites Quillstack with API clusters 30 ms apart: does that work?')?.text).toMatch(
      /^No\. Quillstack \(Two sites \(active\/active\)\): Requirement: The two API clusters need less than 8 ms/,
    );
  });
});

describe('answerCrossedBound: the close facts it reads (mutation session 38)', () => {
  const bound = 'API round-trip latency must stay below 8 ms.';
  const closer = [
    'Each API site runs its own cluster of API nodes.',
    'API sites share one cluster name across sites.',
    'A cluster spans API sites only through the site router.',
    'API sites in one cluster elect one primary site.',
    'Add API sites to a cluster one site at a time.',
    'API sites of one cluster keep one site list.',
  ];
  const ask = (texts: readonly string[]) =>
    answerCrossedBound(
      buildAnswerContext(
        [buildNoted([...texts, bound].map((text) => ({ kind: 'requirement', text })))],
        'Our two API sites are 30 ms apart. Can one Quillstack cluster span both API sites?',
      ),
    );

  it('looks for the bound among the six best-ranked facts only', () => {
    // Six notes share more of the question's words: the bound ranks seventh.
    expect(ask(closer)).toBeNull();
    expect(ask(closer.slice(1))?.text).toMatch(/^No\. Quillstack: Requirement: API round-trip latency must stay below 8 ms\./);
  });
});

describe('answerStatedLimit: what a cap of only one holds (mutation session 38)', () => {
  const capped = (text: string) =>
    answerStatedLimit(
      buildAnswerContext([buildNoted([{ kind: 'limitation', text }])], 'Can I run two API instances in one Quillstack data center?'),
    );

  it('answers no when a word the question counts follows "only one", though other words follow it too', () => {
    const cap = 'By design the deployment does not see other data centers; a data center can hold only one API instance per rack.';
    expect(capped(cap)?.text).toBe(`No. Quillstack: Limitation: ${cap} One API.`);
  });

  it('reads no cap when "only one" counts another thing, though the sentence names the thing counted further on', () => {
    expect(
      capped(
        'By design the deployment does not see other data centers; a data center holds only one gateway per rack, and API instances scale freely.',
      ),
    ).toBeNull();
  });
});
