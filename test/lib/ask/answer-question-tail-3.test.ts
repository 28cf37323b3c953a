import { describe, expect, it } from 'vitest';
import { answerQuestion, answerWithFeatures, splitQuestion } from '../../../src/lib/ask/index.ts';
import { buildAskArchitecture, buildLanternpad } from '../../fixtures/build-ask-architecture.ts';

/**
 * Quillstack next to Lanternpad, built afresh for each question: the engine caches its index per catalogue array, so a
 * shared catalogue would let one question's cached work hide a change another question would show.
 */
const catalogue = () => [buildAskArchitecture(), buildLanternpad()];
const ask = (question: string) => answerQuestion(question, catalogue());
const coverageOf = (question: string) => answerWithFeatures(question, catalogue()).features.coverage;

/** What the Quillstack worker runs, from its purpose. */
const workerRuns = 'Quillstack (Standard): Quill worker: Runs background jobs such as token clean-up.';

describe("splitQuestion: the asker's situation before a comma", () => {
  it.each([
    ['a situation in lower case', 'We run Quillstack for users, what does the worker run?'],
    ['a situation in capitals', 'WE RUN Quillstack for users, what does the worker run?'],
    ['a situation told by "I"', 'I run Quillstack for users, what does the worker run?'],
    ['a situation joined by ", and"', 'We run Quillstack for users, and what does the worker run?'],
  ])('keeps %s with the question after it as one question', (_, question) => {
    expect(splitQuestion(question)).toEqual([question]);
  });

  it.each([
    [
      'a situation of two sentences',
      'We run Quillstack. We have many users, what does the worker run?',
      ['We run Quillstack. We have many users', 'what does the worker run?'],
    ],
    [
      'a situation that closes with an exclamation mark inside',
      'We run Quillstack for users! We have many, what does the worker run?',
      ['We run Quillstack for users! We have many', 'what does the worker run?'],
    ],
    [
      'a situation before a semicolon',
      'We run Quillstack for users; what does the worker run?',
      ['We run Quillstack for users', 'what does the worker run?'],
    ],
    [
      'a situation joined by "and" with no comma',
      'We run Quillstack for users and what does the worker run?',
      ['We run Quillstack for users', 'what does the worker run?'],
    ],
  ])('reads %s as a piece of its own', (_, question, parts) => {
    expect(splitQuestion(question)).toEqual(parts);
  });
});

describe('splitQuestion: a condition after sentences that set the scene', () => {
  it.each([
    ['a condition after two spaces', 'We run Quillstack.  If we add a cache, what does the worker run?'],
    ['a condition in the third sentence', 'We run Quillstack. It is up. If we add a cache, what does the worker run?'],
    ['a basis opening "Based on"', 'We run Quillstack. Based on its rule, what does the worker run?'],
    ['a basis opening "Based  on" typed with two spaces', 'We run Quillstack. Based  on its rule, what does the worker run?'],
    ['a basis opening "According to"', 'We run Quillstack. According to its rule, what does the worker run?'],
    ['a basis opening "According  to" typed with two spaces', 'We run Quillstack. According  to its rule, what does the worker run?'],
    ['a basis opening "Going by"', 'We run Quillstack. Going by its rule, what does the worker run?'],
    ['a basis opening "Going  by" typed with two spaces', 'We run Quillstack. Going  by its rule, what does the worker run?'],
  ])('keeps %s with the question after it as one question', (_, question) => {
    expect(splitQuestion(question)).toEqual([question]);
  });
});

describe('answerQuestion: "what were the …" and "what was the …" asked of what came before', () => {
  it.each([
    ['What does the Quillstack worker run, and what were the benefits?'],
    ['What does the Quillstack worker run, and what was the catch?'],
  ])('answers "%s" with what the worker runs, leaving no part unstated', (question) => {
    expect(ask(question).answer).toBe(workerRuns);
    expect(coverageOf(question)).toBe(1);
  });
});

describe('answerQuestion: what the sources say they leave unstated, with an article only inside or typed twice spaced', () => {
  /** Quillstack with one layout, whose summary says what it leaves unstated in the words given. */
  const withSummary = (summary: string) => [
    buildAskArchitecture({
      variants: [{ id: 'standard', name: 'Standard', summary, source: 'authgear-self-managed#introduction' }],
      hosts: [],
    }),
    buildLanternpad(),
  ];

  it('keeps an article inside what a part asks that the sources leave unstated, when the text opens with none', () => {
    const answer = answerQuestion(
      'What does the Quillstack worker run, and which port numbers does the reverse proxy use?',
      withSummary('One API. Not stated: port numbers of the reverse proxy.'),
    ).answer;
    expect(answer).toBe(
      'Quillstack: Quill worker: Runs background jobs such as token clean-up. The sources state no port numbers of the reverse proxy.',
    );
  });

  it('drops a leading article and both spaces after it in what a part asks that the sources leave unstated', () => {
    const answer = answerQuestion(
      'What does the Quillstack worker run, and which ports does the reverse proxy use?',
      withSummary('One API. Not stated: the  ports of the reverse proxy.'),
    ).answer;
    expect(answer).toBe(
      'Quillstack: Quill worker: Runs background jobs such as token clean-up. The sources state no ports of the reverse proxy.',
    );
  });

  it('drops a leading article and both spaces after it in the decline of a one-part question', () => {
    const answer = answerQuestion(
      'Which ports does the Quillstack reverse proxy use?',
      withSummary('One API. Not stated: the  ports of the reverse proxy.'),
    );
    expect(answer.declined).toBe('The vendor documents archkb holds for Quillstack state no ports of the reverse proxy.');
  });
});
