import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';

/** Quillstack with two groups of one part each, labelled as given. */
const laned = (openLabel: string, closedLabel: string) =>
  buildAskArchitectureWith(
    [
      buildComponentInput({
        id: 'gate',
        name: 'Edge gate',
        role: 'load-balancer',
        technology: 'Frobgate',
        purpose: 'Takes the traffic in.',
        group: 'open-lane',
      }),
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        role: 'application-service',
        technology: 'Go',
        purpose: 'Serves sign-ins.',
        group: 'closed-lane',
      }),
    ],
    {
      groups: [
        { id: 'open-lane', label: openLabel },
        { id: 'closed-lane', label: closedLabel },
      ],
    },
  );

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
