import { describe, expect, it } from 'vitest';
import { answerPlacement } from '../../../../src/lib/ask/answerers/placement.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#introduction';

/** Quillstack with an edge gateway in the public subnets and its API in the private ones. */
const catalogue = [
  buildAskArchitectureWith(
    [
      buildComponentInput({
        id: 'edge-gateway',
        name: 'Edge gateway',
        role: 'load-balancer',
        group: 'public-net',
        placement: { subnet: 'public', source: cite },
      }),
      buildQuillApiInput({ group: 'private-net', placement: { subnet: 'private', source: cite } }),
      buildComponentInput({ id: 'ledger-db', name: 'Ledger database', role: 'relational-database', technology: 'PostgreSQL' }),
    ],
    {
      groups: [
        { id: 'public-net', label: 'Public subnet (one per zone)' },
        { id: 'private-net', label: 'Private subnet (one per zone)' },
      ],
    },
  ),
];
const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

describe('answerPlacement', () => {
  it('answers no when the question puts a part in the kind of subnet opposite to its own, saying what goes there', () => {
    expect(ask('Can we put the Quill API in the public subnets next to the edge gateway?')).toBe(
      'No. Quillstack (Standard): Quill API: Runs in a private subnet. Public subnet (one per zone): Edge gateway.',
    );
  });

  it('answers yes when the subnet named is the part’s own', () => {
    expect(ask('Does the edge gateway go in the public subnet?')).toMatch(
      /^Yes\. Quillstack \(Standard\): Edge gateway: Runs in a public subnet\.$/,
    );
  });

  it('judges the part named first, not the one it is put next to', () => {
    expect(ask('Can we put the edge gateway in the private subnets next to the Quill API?')).toMatch(
      /^No\. Quillstack \(Standard\): Edge gateway: Runs in a public subnet\. Private subnet \(one per zone\): Quill API\.$/,
    );
  });

  it('reads "the <product> application containers" as the product\'s own service, named first', () => {
    const named = [
      buildAskArchitectureWith([
        buildComponentInput({
          id: 'edge-gateway',
          name: 'Edge gateway',
          role: 'load-balancer',
          placement: { subnet: 'public', source: cite },
        }),
        buildQuillApiInput({ name: 'Quillstack services', placement: { subnet: 'private', source: cite } }),
      ]),
    ];
    expect(
      answerQuestion('Can I put the Quillstack application containers in the public subnet next to the edge gateway?', named).answer,
    ).toMatch(/^No\. Quillstack \(Standard\): Quillstack services: Runs in a private subnet\./);
  });

  it('answers "apart from X, may any part go in that subnet?" from the subnet group: no when it lists X alone', () => {
    expect(ask('Apart from the edge gateway, may any Quillstack component be placed in the public subnets?')).toBe(
      'No. Quillstack (Standard): Public subnet (one per zone): Edge gateway. Edge gateway: Runs in a public subnet.',
    );
    expect(ask('Besides the Quill API, can any Quillstack component run in the private subnets?')).toMatch(/^No\. /);
  });

  it('leaves a question that names no subnet, or a part with no stated placement, to the other rules', () => {
    expect(answerPlacement(buildAnswerContext(catalogue, 'Can we put the Quill API next to the edge gateway?'))).toBeNull();
    expect(answerPlacement(buildAnswerContext(catalogue, 'Can the ledger database go in a public subnet?'))).toBeNull();
  });
});

describe('answerPlacement: which part it judges, and when it leaves the question', () => {
  const draftFor = (question: string) => answerPlacement(buildAnswerContext(catalogue, question));

  it('gives a yes-no draft citing the part’s placement', () => {
    const draft = draftFor('Does the edge gateway go in the public subnet?');
    expect(draft?.kind).toBe('yes-no');
    expect(draft?.facts.map((fact) => [fact.component, fact.attribute])).toEqual([['edge-gateway', 'placement']]);
  });

  it('judges the part named first even when the question names it by fewer of its words than the other', () => {
    // "gateway" alone names the edge gateway less strongly than "Quill API" names the API; the order decides, not the match.
    expect(draftFor('Can we put the gateway in the private subnets next to the Quill API?')?.text).toMatch(/^No\. .*Edge gateway: Runs/);
  });

  it('judges a part named by the question’s very first word', () => {
    expect(draftFor('Edge gateway in a private subnet, is that allowed?')?.text).toMatch(/^No\. Quillstack \(Standard\): Edge gateway: /);
  });

  it('leaves a question that names no subnet kind, or no part, or says "public" without "subnet", to the other rules', () => {
    expect(draftFor('Which subnet does the edge gateway go in?')).toBeNull();
    expect(draftFor('Which subnets does Quillstack use?')).toBeNull();
    expect(draftFor('Can the Quill API be public?')).toBeNull();
  });
});
