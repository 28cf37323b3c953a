import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../src/lib/ask/index.ts';
import { buildCellwright } from '../../fixtures/build-ask-architecture.ts';

const cellwright = buildCellwright;

const ask = (summary: string) => answerQuestion('Cellwright: instance type for the cell API nodes?', [cellwright(summary)]);

describe('declines: a layout summary that names instance sizes only to say none are given', () => {
  it.each([
    'Three zones; the guide gives no instance sizes or node counts.',
    'Three zones; the guide names no node type.',
    'Three zones; the guide names no node types.',
    'Three zones; the guide names no big node type.',
    'Three zones; the guide is without node type.',
  ])('declines when the summary reads "%s"', (summary) => {
    const answer = ask(summary);
    expect(answer.answer, JSON.stringify(answer)).toBeNull();
    expect(answer.declined).toContain('state no instance type or size for Cell API');
  });

  it('answers from a summary that speaks of the kind without denying it', () => {
    const answer = ask('Three zones; pick the instance type by memory.');
    expect(answer.declined, JSON.stringify(answer)).toBeUndefined();
  });
});
