import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  checkQuestion,
  correctToken,
  measureEditDistance,
  normalizeQuestionText,
  parseQuestion,
  rewriteNumbers,
  tokenizeText,
} from '../../../src/lib/ask/index.ts';

describe('rewriteNumbers', () => {
  it('reads grouped, suffixed and worded numbers as plain digits', () => {
    expect(rewriteNumbers('100,000 users')).toBe('100000 users');
    expect(rewriteNumbers('1,250,000 users')).toBe('1250000 users');
    expect(rewriteNumbers('100k users')).toBe('100000 users');
    expect(rewriteNumbers('1.5k users')).toBe('1500 users');
    expect(rewriteNumbers('2M users')).toBe('2000000 users');
    expect(rewriteNumbers('10 thousand users')).toBe('10000 users');
    expect(rewriteNumbers('3 million')).toBe('3000000');
  });

  it('leaves units and names that merely contain k or m alone', () => {
    expect(rewriteNumbers('30kB per user')).toBe('30kB per user');
    expect(rewriteNumbers('run on k8s')).toBe('run on k8s');
    expect(rewriteNumbers('8 MB')).toBe('8 MB');
  });
});

describe('tokenizeText', () => {
  it('maps synonyms and abbreviations onto the same tokens', () => {
    expect(tokenizeText('Postgres')).toEqual(tokenizeText('PostgreSQL'));
    expect(tokenizeText('RAM')).toEqual(tokenizeText('memory'));
    expect(tokenizeText('k8s')).toEqual(tokenizeText('Kubernetes'));
    expect(tokenizeText('ES')).toEqual(tokenizeText('Elasticsearch'));
    expect(tokenizeText('HA')).toEqual(tokenizeText('high availability'));
    expect(tokenizeText('highly available')).toEqual(tokenizeText('high-availability'));
    expect(tokenizeText('AZs')).toEqual(tokenizeText('availability zones'));
  });

  it('does not read a three-letter name ending in "ss" as a plural', () => {
    expect(tokenizeText('ESS')).toEqual(['ess']);
  });
});

describe('fuzzy correction', () => {
  const vocabulary = buildVocabulary(['authgear', 'appsmith', 'temporal', 'postgresql', 'host', 'redis']);

  it('counts transpositions as one edit', () => {
    expect(measureEditDistance('authgaer', 'authgear', 2)).toBe(1);
    expect(measureEditDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('corrects typos of vocabulary words', () => {
    expect(correctToken('authgaer', vocabulary)).toBe('authgear');
    expect(correctToken('apsmith', vocabulary)).toBe('appsmith');
    expect(correctToken('temporl', vocabulary)).toBe('temporal');
  });

  it('does not correct short words or words far from everything', () => {
    expect(correctToken('cost', vocabulary)).toBeNull();
    expect(correctToken('banana', vocabulary)).toBeNull();
  });

  it('reports unknown words and the numbers it read', () => {
    const parsed = parseQuestion('Does Authgaer need cassandra for 100k users?', vocabulary);
    expect(parsed.tokens).toContain('authgear');
    expect(parsed.unknown).toContain('cassandra');
    expect(parsed.numbers).toEqual([100000]);
    expect(parsed.firstWord).toBe('does');
  });
});

describe('checkQuestion', () => {
  it('accepts one non-empty question of up to 500 characters, cleaned of control characters', () => {
    expect(checkQuestion(['  minimum\u0000 postgres\u202e ']).ok && checkQuestion(['  minimum\u0000 postgres\u202e '])).toEqual({
      ok: true,
      question: 'minimum postgres',
    });
    expect(checkQuestion(['x'.repeat(500)]).ok).toBe(true);
    expect(checkQuestion(['🦄'.repeat(500)]).ok).toBe(true);
  });

  it('rejects missing, empty, repeated and over-long questions with a message', () => {
    for (const values of [[], [''], [' \t\u0007'], ['a', 'b'], ['x'.repeat(501)], ['🦄'.repeat(501)], ['x'.repeat(100_000)]]) {
      const check = checkQuestion(values);
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.error.length).toBeGreaterThan(10);
    }
  });

  it('normalises compatibility characters so full-width text reads like ASCII', () => {
    expect(normalizeQuestionText('ＰｏｓｔｇｒｅＳＱＬ')).toBe('PostgreSQL');
  });
});
