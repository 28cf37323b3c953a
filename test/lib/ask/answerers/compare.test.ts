import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const quillstack = buildAskArchitecture();
const ferngate = buildArchitecture({
  id: 'ferngate',
  product: 'Ferngate',
  vendor: 'Fern Inc.',
  components: [
    buildComponentInput({
      id: 'fern-store',
      name: 'Fern store',
      role: 'relational-database',
      purpose: 'Keeps the fern catalogue.',
      requirements: [{ scope: 'minimum', nodes: 3, vcpu: 1, memory: '2 GB', source: 'authgear-self-managed#resources-reference' }],
    }),
  ],
});
const catalogue = [quillstack, ferngate];

describe('answerCompare', () => {
  it('answers the same question for each named product, side by side, with sources on each', () => {
    const answer = answerQuestion('database purpose: Quillstack vs Ferngate', catalogue);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toContain('Keeps accounts, tenants and audit records.');
    expect(answer.answer).toContain('Keeps the fern catalogue.');
    for (const id of ['quillstack', 'ferngate']) expect(answer.sources.some((s) => s.url.startsWith(`/architectures/${id}/`))).toBe(true);
  });

  it('computes what the question asks for each product', () => {
    const answer = answerQuestion('total vCPU of the minimum database: Quillstack vs Ferngate', catalogue);
    expect(answer.answer).toContain('2 vCPU (Ledger database)');
    expect(answer.answer).toContain('3 × 1 vCPU (Fern store) = 3 vCPU');
  });
});
