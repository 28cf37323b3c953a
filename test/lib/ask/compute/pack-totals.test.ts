import { describe, expect, it } from 'vitest';
import { packTotals, type LoadSizing } from '../../../../src/lib/ask/compute/size-at-load.ts';
import { answerQuestion, buildFactIndex, readQuestion, tokenizeText } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';

const copyNouns = new Set(tokenizeText('pod pods node nodes replica replicas'));
const vcpuTotal = { resource: 'vcpu' as const, value: { low: 40, high: 40 }, text: '40 vCPU' };
const pack = (question: string, totals: LoadSizing['totals'] = [vcpuTotal]) => {
  const reading = readQuestion(question, buildFactIndex([buildAskArchitecture()]));
  return packTotals(reading.tokens, reading.numbers, totals, copyNouns);
};

describe('packTotals: how many copies of a given size the requested total fills', () => {
  it('divides the total by the size written beside the copies counted, rounding up', () => {
    expect(pack('How many Quill API pods of 3 vCPU?')).toBe('At 3 vCPU each, the 40 vCPU requested fills 14 pods, rounded up.');
    expect(pack('How many 4 vCPU nodes?')).toBe('At 4 vCPU each, the 40 vCPU requested fills 10 nodes, rounded up.');
  });

  it('gives a range for a total given as a range, and one copy at the least', () => {
    expect(pack('How many pods of 4 vCPU?', [{ ...vcpuTotal, value: { low: 6, high: 10 } }])).toBe(
      'At 4 vCPU each, the 6 to 10 vCPU requested fills 2 to 3 pods, rounded up.',
    );
    expect(pack('How many pods of 4 vCPU?', [{ ...vcpuTotal, value: { low: 0.5, high: 0.5 } }])).toBe(
      'At 4 vCPU each, the 0.5 vCPU requested fills 1 pod, rounded up.',
    );
  });

  it("packs nothing without a count asked, a size beside the copies, or a total of the size's measure", () => {
    expect(pack('What CPU do pods of 3 vCPU leave?')).toBeNull();
    expect(pack('How many pods, with 3 vCPU in total?')).toBeNull();
    expect(pack('How many pods of 16 GB?')).toBeNull();
  });

  it('adds the count to the sizing at a load, through the whole engine', () => {
    expect(answerQuestion('How many Quill API pods of 3 vCPU at 400 sign-ins per second?', [buildAskArchitecture()]).answer).toMatch(
      /Quill API: 40 vCPU requested.* At 3 vCPU each, the 40 vCPU requested fills 14 pods, rounded up\.$/,
    );
  });
});

describe('packTotals: the measure of the size given (mutation session 59)', () => {
  const memory = { resource: 'memoryGiB' as const, value: { low: 40, high: 40 }, text: '40 GiB' };
  const storage = { resource: 'storageGiB' as const, value: { low: 100, high: 100 }, text: '100 GiB' };

  it('fills memory with a size, storage only when no memory total is reported, and nothing with a bare number', () => {
    expect(pack('How many nodes with 16 GB each?', [vcpuTotal, memory])).toBe(
      'At 16 GiB memory each, the 40 GiB memory requested fills 3 nodes, rounded up.',
    );
    expect(pack('How many nodes with 16 GB each?', [storage])).toBe(
      'At 16 GiB storage each, the 100 GiB storage requested fills 7 nodes, rounded up.',
    );
    expect(pack('How many nodes with 16 GB each?', [storage, memory])).toMatch(/^At 16 GiB memory each/);
    expect(pack('How many pods of 4?')).toBeNull();
  });

  it('asks for "how many" as two words in a row, not "how" or "many" alone', () => {
    expect(pack('How big are pods of 4 vCPU, and many of them?')).toBeNull();
  });
});
