import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

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
