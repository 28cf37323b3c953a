import { describe, expect, it } from 'vitest';
import { tokenizeText, type IndexedFact } from '../../../src/lib/ask/index.ts';
import { isNegated, judgeCondition, judgePolarity } from '../../../src/lib/ask/judge-polarity.ts';

/** A minimal fact with the text and attribute given. */
function fact(text: string, attribute: IndexedFact['attribute'] = 'note'): IndexedFact {
  return {
    id: 'x',
    architecture: 'x',
    variant: 'x',
    component: 'c',
    subject: 'C',
    attribute,
    text,
    sources: [],
    basis: 'stated',
    variants: ['x'],
    tokens: tokenizeText(text),
    statesQuantity: false,
    subjectTokens: new Set(),
    url: '/',
    title: 'C',
  };
}

/** The verdict for a question and a fact. */
const judge = (question: string, text: string, attribute?: IndexedFact['attribute']) =>
  judgePolarity(question, tokenizeText(question), fact(text, attribute));

describe('judgePolarity', () => {
  it('reads opposite words: "the same?" against "different"', () => {
    expect(judge('Can A and B be the same database?', 'A and B must name different databases.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it('reads negation in the sentence of a fact that answers, not in a later aside', () => {
    expect(
      judge('Do A and B have to be two separate stores?', 'Holds two stores that must be kept apart: A and B. Where logs go is not said.'),
    ).toEqual({ verdict: 'Yes', rule: 'negation' });
    expect(judge('Do A and B have to be two stores?', 'A and B need not be two stores. Both hold data.')).toEqual({
      verdict: 'No',
      rule: 'negation',
    });
  });

  it('reads "still" against "no longer" as opposite words, which decide before plain negation', () => {
    expect(judge('Does the chart still bundle the console?', 'Since release 3 the chart no longer bundles the console.')).toEqual({
      verdict: 'No',
      rule: 'antonym',
    });
  });

  it("reads a switch's value against the state asked", () => {
    expect(judge('Is X enabled by default?', 'x.enabled = false (default)', 'setting')).toEqual({ verdict: 'No', rule: 'setting' });
    expect(judge('Is X enabled by default?', 'x.enabled = true (default)', 'setting')).toEqual({ verdict: 'Yes', rule: 'setting' });
    expect(judge('Is X enabled by default?', 'Conditional: when it is turned on (off by default)')).toEqual({
      verdict: 'No',
      rule: 'setting',
    });
  });

  it('answers an exclusive question met by a restriction with "no"', () => {
    expect(judge('Does anything besides A talk to the database?', 'A is the only service that talks to the database.')).toEqual({
      verdict: 'No',
      rule: 'exclusive',
    });
  });

  it('falls back to whether question and fact agree in negation, ignoring a negation inside a condition', () => {
    expect(judge('Does X support Y?', 'Y is not supported.').verdict).toBe('No');
    expect(judge('Does X support Y?', 'X supports Y.').verdict).toBe('Yes');
    expect(judge('Can I run several?', 'If one is not enough, run several.').verdict).toBe('Yes');
  });
});

describe('isNegated and judgeCondition', () => {
  it('sees negations, curly apostrophes included', () => {
    expect(isNegated('It doesn’t work')).toBe(true);
    expect(isNegated('It works')).toBe(false);
  });

  it('meets, fails or says nothing about a condition', () => {
    expect(judgeCondition(tokenizeText('several instances'), 'when several instances run')).toBe('holds');
    expect(judgeCondition(tokenizeText('single instance'), 'when several instances run')).toBe('fails');
    expect(judgeCondition(tokenizeText('production'), 'when several instances run')).toBe('unknown');
  });
});
