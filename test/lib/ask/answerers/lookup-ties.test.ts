import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildLanedQuillstack } from '../../../fixtures/build-ask-architecture.ts';

const laned = buildLanedQuillstack;

describe('answerLookup: facts tied with the best one', () => {
  it('answers with both tied facts when their labels open with the same letter', () => {
    expect(answerQuestion('Quillstack lanes per zone?', [laned('Outer lane (one per zone)', 'Open lane (one per zone)')]).answer).toBe(
      'Quillstack (Standard): Outer lane (one per zone): Edge gate. Open lane (one per zone): Quill API.',
    );
  });

  it('answers with one fact when the tied facts are about the same labelled thing', () => {
    expect(answerQuestion('Quillstack lanes per zone?', [laned('Open lane (one per zone)', 'Open lane (one per zone)')]).answer).toBe(
      'Quillstack (Standard): Open lane (one per zone): Edge gate.',
    );
  });
});
