import { describe, expect, it } from 'vitest';
import { answerYesNo } from '../../../../src/lib/ask/answerers/yes-no.ts';
import { tokenizeText } from '../../../../src/lib/ask/index.ts';
import { statesAskedSide } from '../../../../src/lib/ask/judge-polarity.ts';
import { buildAnswerContext } from '../../../fixtures/build-answer-context.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildIndexedFact } from '../../../fixtures/build-indexed-fact.ts';

const cite = 'authgear-self-managed#deployment-options';

describe('statesAskedSide', () => {
  const states = (question: string, text: string) => statesAskedSide(tokenizeText(question), buildIndexedFact(text));

  it("holds for a fact stating the question's own side of an opposite pair", () => {
    expect(states('Can both live on the same server?', 'Create both schemas in the same instance for most uses.')).toBe(true);
    expect(states('Should they run on different hosts?', 'Run them on different hosts.')).toBe(true);
  });

  it('fails for a fact stating the other side, both sides, the side negated, or no side at all', () => {
    expect(states('Can both live on the same server?', 'They must have different names.')).toBe(false);
    expect(states('Can both live on the same server?', 'The same instance or different ones both work.')).toBe(false);
    expect(states('Can both live on the same server?', 'Never put them in the same instance.')).toBe(false);
    expect(states('Can both live on one server?', 'Create both schemas on a server of your own.')).toBe(false);
  });

  it('fails when the question itself names both sides', () => {
    expect(states('Same server or different servers?', 'Create both schemas in the same instance.')).toBe(false);
  });
});

describe("answerYesNo: a fact in the question's own word outranks an opposite word said of something else", () => {
  const purpose = 'Holds two schemas that must have different names: one for accounts and one for reports.';
  const advice = 'Create both schemas in the same server for most uses; a server each is an option for isolation.';
  const question = 'Can both Quillstack tally store schemas live in the same server?';
  const store = (notes: { kind: 'recommendation'; text: string }[]) =>
    buildComponentInput({
      id: 'tally-store',
      name: 'Tally store',
      role: 'relational-database',
      technology: 'Quill',
      purpose,
      notes: notes.map((note) => ({ ...note, source: cite })),
      source: cite,
    });
  const answer = (notes: { kind: 'recommendation'; text: string }[]) =>
    answerYesNo(buildAnswerContext([buildAskArchitectureWith([store(notes)])], question)).text;

  it('answers yes from the advice that keeps both in the same server', () => {
    expect(answer([{ kind: 'recommendation', text: advice }])).toMatch(/^Yes\. /);
  });

  it('answers yes from that advice though the purpose, whose opposite word qualifies the names, ranks first', () => {
    const asked = 'The Quillstack tally store holds two schemas for accounts and for reports. Can both live in the same server?';
    const context = buildAnswerContext([buildAskArchitectureWith([store([{ kind: 'recommendation', text: advice }])])], asked);
    expect(context.ranked()[0]?.fact.attribute).toBe('purpose');
    expect(answerYesNo(context).text).toMatch(/^Yes\. /);
  });

  it('still answers no from the purpose when no fact states the same side', () => {
    expect(answer([])).toMatch(/^No\. /);
  });
});
