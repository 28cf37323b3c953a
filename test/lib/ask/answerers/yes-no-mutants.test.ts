import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import {
  buildAskArchitecture,
  buildAskArchitectureWith,
  buildEmbeddedCacheInput,
  buildQuillApiInput,
  buildSearchy,
} from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/**
 * Quillstack with a replica router needed when several read-only API instances run (an "only" inside its condition, not
 * opening it) and an embedded cache needed only for a single API instance (a condition that opens with "only").
 */
const routed = [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildComponentInput({
      id: 'replica-router',
      name: 'Replica router',
      role: 'reverse-proxy',
      purpose: 'Sends the reads to the replicas.',
      necessity: { level: 'conditional', condition: 'when several read-only API instances run', source: cite },
    }),
    buildEmbeddedCacheInput(),
  ]),
];
const askRouted = (question: string) => answerQuestion(question, routed).answer;
const strength = (question: string, architectures: Parameters<typeof answerWithFeatures>[1]) =>
  answerWithFeatures(question, architectures).features.strength;

describe('answerYesNo: the "only" a conditional part\'s answer adds to its condition', () => {
  it('adds "only" to a condition whose "only" sits inside it, when "always" is claimed or the situation fails it', () => {
    expect(askRouted('Must Quillstack always run the replica router?')).toMatch(
      /^No: it is needed only when several read-only API instances run\./,
    );
    expect(askRouted('Is the Quillstack replica router needed with a single API instance?')).toMatch(
      /^No: it is needed only when several read-only API instances run\./,
    );
  });

  it('adds no second "only" to a condition that opens with it, when "always" is claimed', () => {
    expect(askRouted('Must Quillstack always run the embedded cache?')).toMatch(/^No: it is needed only for a single API instance\./);
  });
});

describe('answerYesNo: how sure a necessity answer is', () => {
  const fixed = strength('Is the ledger database required for Quillstack?', [buildAskArchitecture()]);

  it('is as sure of a claim of "always" against a conditional part as of a fixed level, whether the situation is given or not', () => {
    const catalogue = [buildAskArchitecture()];
    expect(strength('Must Quillstack always run the Quill worker?', catalogue)).toBe(fixed);
    expect(strength('With several API instances running, must Quillstack always have the Quill worker?', catalogue)).toBe(fixed);
    expect(strength('Must Quillstack always run the embedded cache?', routed)).toBe(fixed);
  });

  it('is as sure of the advice for a part the vendor recommends at the load asked as of a fixed level', () => {
    const searchy = [buildSearchy()];
    expect(answerQuestion('Is the search index recommended for Searchy with 50,000 users?', searchy).answer).toMatch(
      /^Yes: the vendor recommends it/,
    );
    expect(strength('Is the search index recommended for Searchy with 50,000 users?', searchy)).toBe(fixed);
  });
});

describe('answerYesNo: a necessity asked with "when" only', () => {
  it('answers "does it run X when …?" from X\'s condition, though no word of needing is written', () => {
    expect(answerQuestion('Does Quillstack run the Quill worker when several API instances run?', [buildAskArchitecture()]).answer).toMatch(
      /^Yes, in that case: it is needed when several API instances run\./,
    );
  });
});
