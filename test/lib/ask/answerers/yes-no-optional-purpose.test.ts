import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** Quillstack with an optional search index its vendor calls "only needed for user search in the console". */
const catalogue = [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildComponentInput({
      id: 'search-index',
      name: 'Search index',
      role: 'search-engine',
      technology: 'OpenSearch',
      purpose: 'Powers user search in the console.',
      necessity: { level: 'optional', condition: 'only needed for user search in the console', source: cite },
      source: cite,
    }),
  ]),
];
const ask = (question: string) => answerQuestion(question, catalogue).answer ?? '';

describe('answerYesNo: an optional part needed only for what the question names', () => {
  it('answers yes when the question asks whether it is needed for what its condition names', () => {
    expect(ask('Is the Quillstack search index needed for user search in the console?')).toMatch(
      /^Yes, for that: it is optional \(only needed for user search in the console\)\./,
    );
    expect(ask('Is the Quillstack search index only needed for user search in the console?')).toMatch(/^Yes, for that: /);
  });

  it('still answers no when nothing is named, when "always" is claimed, or when doing without it is asked', () => {
    expect(ask('Is the Quillstack search index needed?')).toMatch(/^No: it is optional \(only needed for user search in the console\)/);
    expect(ask('Is the Quillstack search index always needed for user search in the console?')).toMatch(/^No: it is optional/);
    expect(ask('Can Quillstack run without the search index if we skip user search in the console?')).toMatch(/^Yes/);
  });
});
