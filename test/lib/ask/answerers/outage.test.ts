import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildLedgerInput, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** Quillstack with its API and a key vault it needs only when containers start. */
const catalogue = [
  buildAskArchitectureWith([
    buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
    buildComponentInput({
      id: 'key-vault',
      name: 'Key vault',
      role: 'secrets-manager',
      purpose: 'Keeps the signing keys and certificates, which the containers read when they start.',
      runtime: { needed: 'startup-only', source: cite },
      notes: [{ kind: 'runtime', text: 'Needed only while containers start or restart.', source: cite }],
      source: cite,
    }),
  ]),
];

describe('answerOutageEffect: what happens when a part goes down', () => {
  it('says the deployment keeps running through an outage of a part it needs only at start-up, with the vendor’s words', () => {
    const { answer, kind } = answerQuestion('What happens to a running Quillstack if the key vault has an outage?', catalogue);
    expect(kind).toBe('lookup');
    expect(answer).toBe(
      'Quillstack (Standard) continues to run through an outage of Key vault; it needs Key vault only when containers or services ' +
        'start or restart. Key vault: Runtime dependency: Needed only while containers start or restart.',
    );
  });

  it('leaves a question that asks something else first, or asks yes or no, to the other answerers', () => {
    const where = answerQuestion('Where does Quillstack keep its signing keys, and would a key vault outage take it down?', catalogue);
    expect(where.answer).not.toMatch(/^Quillstack \(Standard\) continues to run/);
    const survives = answerQuestion('If the key vault goes down, does Quillstack keep running?', catalogue);
    expect(survives.answer).toMatch(/^Yes\. Quillstack \(Standard\) continues to run/);
  });

  it('reads the outage a preposition names ("through", "despite") as the condition, so keeping running asks survival', () => {
    for (const question of [
      'Does Quillstack keep running through a key vault outage?',
      'Does Quillstack keep running despite a key vault outage?',
      'Does Quillstack stay up throughout a key vault outage?',
    ])
      expect(answerQuestion(question, catalogue).answer).toMatch(/^Yes\. Quillstack \(Standard\) continues to run/);
    expect(answerQuestion('Does Quillstack go down through a key vault outage?', catalogue).answer).toMatch(/^No\. /);
  });
});

describe('answerOutageEffect: a part whose model says nothing of outages', () => {
  const linked = (ledgerNote?: string) => [
    buildAskArchitectureWith(
      [
        buildQuillApiInput({ purpose: 'Serves the sign-in API.' }),
        buildLedgerInput({
          purpose: 'Keeps accounts.',
          source: cite,
          ...(ledgerNote ? { notes: [{ kind: 'info' as const, text: ledgerNote, source: cite }] } : {}),
        }),
      ],
      {
        connections: [
          { from: 'quill-api', to: 'ledger-db', label: 'accounts', basis: 'stated', source: cite },
          // A link out of the part, and one in another layout, are not what its outage takes down here.
          { from: 'ledger-db', to: 'quill-api', label: 'events', basis: 'stated', source: cite },
          { from: 'quill-api', to: 'ledger-db', label: 'replays', basis: 'stated', variants: ['clustered'], source: cite },
        ],
      },
    ),
  ];

  it('says the effect is unstated, then what the part serves and the parts that connect to it, when the asking clause names a failure', () => {
    for (const question of [
      'What breaks if the Quillstack ledger database goes down?',
      'If the Quillstack ledger database crashes, what happens?',
      'If the Quillstack ledger database goes down what would happen',
      'Quillstack ledger database goes down - what stops working?',
    ]) {
      const { answer, declined } = answerQuestion(question, linked());
      expect(declined, question).toBeUndefined();
      expect(answer, question).toBe(
        "The vendor documents archkb holds for Quillstack (Standard) do not say what an outage of Ledger database does. What it serves, and so what an outage can take away: Ledger database: Keeps accounts. Parts that connect to it in archkb's model: Quill API to Ledger database: accounts.",
      );
    }
  });

  it('leaves the part to the lookup when its own facts speak of it going down, or the failure is only told before the question', () => {
    const told = answerQuestion('What breaks if the Quillstack ledger database goes down?', linked('Sign-ins stop while it is down.'));
    expect(told.declined ?? '').not.toMatch(/do not say what an outage/);
    const scene = answerQuestion('Our Quillstack ledger database crashed: what does the ledger database keep?', linked());
    expect(scene.declined ?? '').not.toMatch(/do not say what an outage/);
  });
});
