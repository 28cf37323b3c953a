import { describe, expect, it } from 'vitest';
import { answerQuestion, asksOnlyChange, tokenizeQuestion } from '../../../../src/lib/ask/index.ts';
import { loadContentArchitectures } from '../../../fixtures/load-real-content.ts';

describe('answerCompute: the change between two loads, over the real content', () => {
  const real = loadContentArchitectures();
  const ask = (question: string) => answerQuestion(question, real).answer ?? '';

  it('writes the change in the unit the vendor states its rule in, and answers the part asking for it', () => {
    // ZITADEL's guide: the database takes about one core per 100 requests per second and 4GB of memory per core.
    const answer = ask('ZITADEL database at 200 requests per second now and 500 by Q3: DB cores and memory at each, and the difference?');
    expect(answer).toContain(
      'From 200 requests per second to 500 requests per second: 3 cores more (2 cores, then 5 cores) and 12 GB more (8 GB, then 20 GB).',
    );
    expect(answer).not.toContain('Not stated');
  });

  it('reads plural "cores" after a part\'s name as CPU, not as "core" (essential) parts', () => {
    expect(tokenizeQuestion('how many DB cores and GB of RAM at each stage?').tokens).toContain('vcpu');
    expect(tokenizeQuestion('which core components are needed?').tokens).toContain('essential');
  });
});

describe('asksOnlyChange', () => {
  it('holds for a part asking only for a change, not for one asking anything else', () => {
    expect(asksOnlyChange("and what's the increase?")).toBe(true);
    expect(asksOnlyChange('the difference')).toBe(true);
    expect(asksOnlyChange('how much memory at year two?')).toBe(false);
    expect(asksOnlyChange('?')).toBe(false);
  });
});

describe('lookup: a framework is a technology', () => {
  it('answers which framework a part uses with its technology (real catalogue)', () => {
    // Eclipse Che's architecture page: the user dashboard is a React application.
    expect(answerQuestion('which framework does the Che dashboard use?', loadContentArchitectures()).answer).toMatch(/Technology: React\b/);
  });
});
