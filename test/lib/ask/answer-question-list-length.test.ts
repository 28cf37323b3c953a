import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../fixtures/build-ask-architecture.ts';

describe('answerQuestion: a list question that says how long the list is', () => {
  const catalogue = [buildAskArchitecture()];

  it('answers "name the two items" with the list, the count needing no word of its own in the facts', () => {
    for (const question of [
      'Name the two items Quillstack lists under Sign-in core.',
      'Name the 2 items Quillstack lists under Sign-in core.',
    ]) {
      const answer = answerQuestion(question, catalogue);
      expect(answer.answer, question).toMatch(/Sign-in core: Quill API and Quill worker/);
    }
  });
});
