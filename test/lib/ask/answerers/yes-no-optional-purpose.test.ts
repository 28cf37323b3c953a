import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith, buildQuillApiInput } from '../../../fixtures/build-ask-architecture.ts';

const cite = 'authgear-self-managed#deployment-options';

/** Quillstack with an optional search index whose vendor states the condition given. */
const withCondition = (condition: string) => [
  buildAskArchitectureWith([
    buildQuillApiInput(),
    buildComponentInput({
      id: 'search-index',
      name: 'Search index',
      role: 'search-engine',
      technology: 'OpenSearch',
      purpose: 'Powers user search in the console.',
      necessity: { level: 'optional', condition, source: cite },
      source: cite,
    }),
  ]),
];

/** Quillstack with an optional search index its vendor calls "only needed for user search in the console". */
const catalogue = withCondition('only needed for user search in the console');
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

describe('answerYesNo: an optional part whose condition says when it is not needed', () => {
  const askOf = (condition: string, question: string) => answerQuestion(question, withCondition(condition)).answer ?? '';
  const turnedOff = 'Is the Quillstack search index needed when user search is turned off?';

  it('answers no when the situation named is the one its condition says it is not needed in', () => {
    expect(askOf('not needed when user search is turned off', turnedOff)).toMatch(
      /^No: it is optional \(not needed when user search is turned off\)\./,
    );
    expect(askOf('unless user search is turned off', turnedOff)).toMatch(/^No: it is optional \(unless user search is turned off\)\./);
  });

  it('reads a "not needed" written with stray spaces as the same denial', () => {
    expect(askOf('  not needed when user search is turned off', turnedOff)).toMatch(/^No: it is optional /);
    expect(askOf('not  needed when user search is turned off', turnedOff)).toMatch(/^No: it is optional /);
  });

  it('still answers yes for what a condition opening with "only needed for" names, whatever it adds after', () => {
    const condition = 'only needed for user search, not needed when user search is turned off';
    expect(askOf(condition, 'Is the Quillstack search index needed for user search in the console?')).toMatch(/^Yes, for that: /);
  });

  it('is sure of the yes for what the condition names, as of any verdict its stated level decides', () => {
    const features = answerWithFeatures('Is the Quillstack search index needed for user search in the console?', catalogue).features;
    expect(features).toMatchObject({ route: 'yes-no', coverage: 0.9, strength: 0.9 });
  });
});
