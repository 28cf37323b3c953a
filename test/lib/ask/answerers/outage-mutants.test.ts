import { describe, expect, it } from 'vitest';
import { answerOutageEffect } from '../../../../src/lib/ask/answerers/outage.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** A key vault Quillstack needs only while containers start, with the vendor's note saying so. */
const keyVault = (overrides: Parameters<typeof buildComponentInput>[0] = {}) =>
  buildComponentInput({
    id: 'key-vault',
    name: 'Key vault',
    role: 'secrets-manager',
    purpose: 'Keeps the signing keys and certificates.',
    runtime: { needed: 'startup-only', source: cite },
    notes: [{ kind: 'runtime', text: 'Needed only while containers start or restart.', source: cite }],
    source: cite,
    ...overrides,
  });

/** An image registry Quillstack also needs only at start-up, with a note of its own. */
const registry = buildComponentInput({
  id: 'image-registry',
  name: 'Image registry',
  role: 'container-registry',
  purpose: 'Holds the container images.',
  runtime: { needed: 'startup-only', source: cite },
  notes: [{ kind: 'runtime', text: 'Pulled from when a container starts and has to fetch its image.', source: cite }],
  source: cite,
});

const catalogue = [buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the sign-in API.' }), keyVault()])];

describe('answerOutageEffect, which questions it takes', () => {
  it('answers "what happens" only when the question opens with it, not when it comes second', () => {
    const first = answerOutageEffect(buildAnswerContext(catalogue, 'What happens to Quillstack if the key vault goes down?'));
    expect(first?.text).toMatch(/^Quillstack \(Standard\) continues to run through an outage of Key vault;/);
    const second = buildAnswerContext(
      catalogue,
      'Where does Quillstack keep its signing keys, and what happens if the key vault goes down?',
    );
    expect(answerOutageEffect(second)).toBeNull();
  });

  it('takes "how" only as a word of its own, not the end of a longer word that opens the question', () => {
    const context = buildAnswerContext(catalogue, 'Somehow the key vault went down; where does Quillstack keep its signing keys?');
    expect(answerOutageEffect(context)).toBeNull();
  });

  it('says the effect of an outage is unstated for a part whose model does not say when the deployment needs it, then what it serves', () => {
    expect(answerOutageEffect(buildAnswerContext(catalogue, 'What happens to Quillstack if the Quill API goes down?'))?.text).toMatch(
      /^The vendor documents archkb holds for Quillstack \(Standard\) do not say what an outage of Quill API does\. What it serves, and so what an outage can take away: Quill API: [^.]*\.$/,
    );
  });

  it('says nothing of a part the layout spoken of does not have, and answers for the layout that has it', () => {
    const clusteredOnly = [
      buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the sign-in API.' }), keyVault({ variants: ['clustered'] })]),
    ];
    expect(answerOutageEffect(buildAnswerContext(clusteredOnly, 'What happens to Quillstack if the key vault goes down?'))).toBeNull();
    const clustered = answerOutageEffect(
      buildAnswerContext(clusteredOnly, 'What happens to clustered Quillstack if the key vault goes down?'),
    );
    expect(clustered?.text).toMatch(/^Quillstack \(Clustered \(high availability\)\) continues to run through an outage of Key vault;/);
  });
});

describe('answerOutageEffect, the facts it cites', () => {
  it('quotes and cites the runtime facts of the part asked about only, not another part’s', () => {
    const two = [buildAskArchitectureWith([buildQuillApiInput({ purpose: 'Serves the sign-in API.' }), keyVault(), registry])];
    const draft = answerOutageEffect(buildAnswerContext(two, 'What happens to Quillstack if the image registry goes down?'));
    expect(draft?.text).toBe(
      'Quillstack (Standard) continues to run through an outage of Image registry; it needs Image registry only when ' +
        'containers or services start or restart. Image registry: Runtime dependency: Pulled from when a container starts ' +
        'and has to fetch its image.',
    );
    expect(draft?.facts.map((fact) => [fact.component, fact.attribute])).toEqual([
      ['image-registry', 'runtime'],
      ['image-registry', 'note'],
    ]);
  });
});
