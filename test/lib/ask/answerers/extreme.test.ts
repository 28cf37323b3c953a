import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const small = buildArchitecture({
  id: 'mosslight',
  product: 'Mosslight',
  components: [
    buildComponentInput({
      requirements: [{ scope: 'minimum', nodes: 1, vcpu: 1, memory: '1 GB', source: 'authgear-self-managed#resources-reference' }],
    }),
  ],
});

describe('answerExtreme', () => {
  it('names the product with the smallest stated footprint in the category, with the others', () => {
    const answer = answerQuestion('smallest memory footprint among the identity servers', [buildAskArchitecture(), small]);
    expect(answer.kind).toBe('extreme');
    expect(answer.answer).toMatch(/Mosslight states the smallest memory footprint: Mosslight[^:]*: 1 GiB/);
    expect(answer.answer).toContain('Quillstack');
  });

  it('names the largest when asked', () => {
    expect(answerQuestion('largest memory footprint among the identity servers', [buildAskArchitecture(), small]).answer).toMatch(
      /Quillstack states the largest/,
    );
  });
});
