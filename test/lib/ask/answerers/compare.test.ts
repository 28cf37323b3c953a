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
  it('ranks the products by the total the comparative asks for, worked out by hand from the fixtures', () => {
    // Quillstack minimum: application box 4 GB + ledger database 8 GB = 12 GB, 2 + 2 = 4 vCPU; Ferngate: 3 × 2 GB = 6 GB, 3 × 1 = 3 vCPU.
    expect(answerQuestion('Which needs more memory at minimum, Quillstack or Ferngate?', catalogue).answer).toMatch(
      /^Quillstack needs more memory than Ferngate \(Quillstack 12 GB, Ferngate 6 GB\)\./,
    );
    expect(answerQuestion('Quillstack vs Ferngate: which needs fewer vCPU at minimum?', catalogue).answer).toMatch(
      /^Ferngate needs less vCPU than Quillstack \(Ferngate 3 vCPU, Quillstack 4 vCPU\)\./,
    );
    // Sized at a load, whole deployments: host 3 × 4 vCPU + ledger 2 × 4 vCPU (high-availability figures) = 20 vCPU each,
    // the API's 50 sign-ins/s × 1 vCPU per 10 = 5 vCPU counting inside its host; a copy with the same rules needs the same.
    const twin = buildAskArchitecture({ id: 'inkwell', product: 'Inkwell', vendor: 'Ink Co.' });
    expect(answerQuestion('Which needs more CPU at 50 sign-ins per second, Quillstack or Inkwell?', [quillstack, twin]).answer).toMatch(
      /^Quillstack and Inkwell state the same vCPU \(Quillstack 20 vCPU, Inkwell 20 vCPU\)\./,
    );
    // A product that states no memory at all is its own side, and the one that does is named as the only one.
    const bare = buildArchitecture({ id: 'barebones', product: 'Barebones', vendor: 'Bare Inc.' });
    const answer = answerQuestion('Which needs more memory at minimum, Ferngate or Barebones?', [ferngate, bare]).answer ?? '';
    expect(answer).toMatch(/^Of these, only Ferngate states memory figures \(6 GB\)\./);
    expect(answer).toContain('Barebones: its vendor documents state no memory figures.');
    // Without a comparative there is no ranking, only each side's figures.
    expect(answerQuestion('Quillstack vs Ferngate: total memory at minimum?', catalogue).answer).not.toMatch(/needs (more|less)/);
  });

  it('says which side never mentions a technology the other side has, rather than declining the comparison', () => {
    const answer = answerQuestion('Quillstack vs Ferngate - which one uses Redis?', catalogue);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toContain('Session cache');
    expect(answer.answer).toContain('Ferngate: its vendor documents do not mention Redis.');
    // A word both sides lack is no side of the comparison.
    expect(answerQuestion('Quillstack vs Ferngate - which one uses Kafka?', catalogue).answer ?? '').not.toContain('do not mention Kafka');
  });

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
  it('answers a yes/no about each product as it would alone, saying which product lacks the component', () => {
    const answer = answerQuestion('Is Redis optional in Quillstack and Ferngate?', catalogue);
    expect(answer.kind).toBe('compare');
    expect(answer.answer).toMatch(/^Yes: it is optional\. In Quillstack \(Standard\), Session cache is optional\./);
    expect(answer.answer).toContain('No: the sources archkb holds for Ferngate list no Redis component.');
  });

  it('says what one product’s sources leave unstated without declining the other product’s answer', () => {
    const silent = buildArchitecture({
      id: 'ferngate',
      product: 'Ferngate',
      vendor: 'Fern Inc.',
      variants: [
        {
          id: 'default',
          name: 'Default',
          summary: 'One store. Not stated: the cache product.',
          source: 'authgear-self-managed#introduction',
        },
      ],
      components: [
        buildComponentInput({ id: 'fern-store', name: 'Fern store', role: 'relational-database', purpose: 'Keeps the fern catalogue.' }),
      ],
    });
    const answer = answerQuestion('Which cache product do Quillstack and Ferngate use?', [quillstack, silent]);
    expect(answer.answer).toContain('Ferngate: its vendor documents state no cache product.');
    expect(answer.answer).toContain('Session cache');
  });
});
