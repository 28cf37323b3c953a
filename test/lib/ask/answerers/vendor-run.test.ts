import { describe, expect, it } from 'vitest';
import { answerVendorDependency, answerVendorRun } from '../../../../src/lib/ask/answerers/vendor-run.ts';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildLedgerInput } from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack with a licence service the vendor runs (cloud.quill.example) beside its own ledger. */
const catalogue = [
  buildAskArchitectureWith([
    buildComponentInput({
      id: 'licence-service',
      name: 'Licence service (cloud.quill.example)',
      role: 'vendor-cloud-service',
      purpose: 'Checks licences for every Quillstack install.',
    }),
    buildLedgerInput({ purpose: 'Keeps accounts.' }),
  ]),
];
const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

describe('answerVendorRun', () => {
  it('answers no when asked whether the reader runs a part the vendor runs, with what it does', () => {
    expect(ask('Do we need to run the licence service (cloud.quill.example) inside our own Kubernetes cluster?')).toBe(
      'No. In Quillstack (Standard), Licence service (cloud.quill.example) is run by the vendor, not in your deployment. Licence service (cloud.quill.example): Checks licences for every Quillstack install.',
    );
    expect(ask('Do we host the Quillstack licence service ourselves?')).toMatch(/^No\. In Quillstack \(Standard\), Licence service/);
    expect(ask('Does the Quillstack licence service run as a pod inside my own cluster?')).toMatch(
      /^No\. In Quillstack \(Standard\), Licence service/,
    );
  });

  it('leaves a part the reader runs, and a question that only mentions running or owning, to the other rules', () => {
    expect(answerVendorRun(buildAnswerContext(catalogue, 'Do we run the Quillstack ledger database in our own cluster?'))).toBeNull();
    // "self-hosted" and "vendor-run" use the verbs inside other words; "our network" alone asks nothing of who runs it.
    expect(
      answerVendorRun(
        buildAnswerContext(catalogue, 'Does a self-hosted Quillstack call a vendor-run licence service outside our network?'),
      ),
    ).toBeNull();
  });
});

describe('answerVendorRun: what the answer says and cites', () => {
  const cite = 'authgear-self-managed#deployment-options';
  /** A vendor-run licence service with a purpose and three notes, so the answer has more than it may cite. */
  const noted = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'licence-service',
        name: 'Licence service',
        role: 'vendor-cloud-service',
        purpose: 'Checks licences.',
        notes: [
          { kind: 'info', text: 'Reached over HTTPS.', source: cite },
          { kind: 'info', text: 'Answers from two regions.', source: cite },
          { kind: 'info', text: 'Keeps no customer data.', source: cite },
        ],
      }),
    ]),
  ];

  it('gives a yes-no draft with the part’s purpose and notes, at most three, each written once', () => {
    const draft = answerVendorRun(buildAnswerContext(noted, 'Do we have to host the Quillstack licence service ourselves?'));
    expect(draft?.kind).toBe('yes-no');
    expect(draft?.text).toBe(
      'No. In Quillstack (Standard), Licence service is run by the vendor, not in your deployment. Licence service: Checks licences. Licence service: Note: Reached over HTTPS. Licence service: Note: Answers from two regions.',
    );
    expect(draft?.facts.map((fact) => fact.attribute)).toEqual(['purpose', 'note', 'note']);
  });

  it('leaves a question about running something ourselves that names no part to the other rules', () => {
    expect(answerVendorRun(buildAnswerContext(catalogue, 'Do we have to host Quillstack ourselves?'))).toBeNull();
  });
});

describe('answerVendorDependency', () => {
  it('names the part the vendor runs when asked whether the product relies on a service the vendor itself operates', () => {
    for (const question of [
      'For our security review: does a self-hosted Quillstack still depend on a service that Quill Labs itself operates?',
      'Is anything in Quillstack run by the vendor?',
      'Does Quillstack call any vendor-hosted endpoints?',
      'Is there a vendor-run service Quillstack talks to?',
    ])
      expect(ask(question)).toBe(
        'Yes. In Quillstack (Standard), Licence service (cloud.quill.example) is run by the vendor. Licence service (cloud.quill.example): Checks licences for every Quillstack install.',
      );
  });

  it('leaves questions that name no vendor running anything, and products with no such part, to the other answerers', () => {
    expect(answerVendorDependency(buildAnswerContext(catalogue, 'Does Quillstack depend on a ledger?'))).toBeNull();
    expect(answerVendorDependency(buildAnswerContext(catalogue, 'Which vendor recommends running the Quillstack ledger?'))).toBeNull();
    const ownOnly = [buildAskArchitectureWith([buildLedgerInput({ purpose: 'Keeps accounts.' })])];
    expect(answerVendorDependency(buildAnswerContext(ownOnly, 'Does Quillstack rely on anything the vendor runs itself?'))).toBeNull();
  });
});

describe('answerVendorDependency: what the answer says and cites', () => {
  const cite = 'authgear-self-managed#deployment-options';
  /** Two vendor-run parts, the first with a purpose and three notes, so the answer has more than it may cite. */
  const twoServices = [
    buildAskArchitectureWith([
      buildComponentInput({
        id: 'licence-service',
        name: 'Licence service',
        role: 'vendor-cloud-service',
        purpose: 'Checks licences.',
        notes: [
          { kind: 'info', text: 'Reached over HTTPS.', source: cite },
          { kind: 'info', text: 'Answers from two regions.', source: cite },
          { kind: 'info', text: 'Keeps no customer data.', source: cite },
        ],
      }),
      buildComponentInput({ id: 'update-service', name: 'Update service', role: 'vendor-cloud-service', purpose: 'Ships updates.' }),
      buildLedgerInput({ purpose: 'Keeps accounts.' }),
    ]),
  ];

  it('gives a yes-no draft naming each vendor-run part with its purpose and notes, at most three a part', () => {
    const draft = answerVendorDependency(buildAnswerContext(twoServices, 'Is anything in Quillstack run by the vendor?'));
    expect(draft?.kind).toBe('yes-no');
    expect(draft?.text).toBe(
      'Yes. In Quillstack (Standard), Licence service is run by the vendor. Licence service: Checks licences. Licence service: Note: Reached over HTTPS. Licence service: Note: Answers from two regions. In Quillstack (Standard), Update service is run by the vendor. Update service: Ships updates.',
    );
    expect(draft?.facts.map((fact) => `${fact.component ?? ''} ${fact.attribute}`)).toEqual([
      'licence-service purpose',
      'licence-service note',
      'licence-service note',
      'update-service purpose',
    ]);
  });
});
