import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const cite = 'authgear-self-managed#resources-reference';
const intro = 'authgear-self-managed#introduction';
/** One node's stated minimum: the footprint of a component with only this figure is exactly it. */
const oneNode = (vcpu: number, memory: string) => ({ scope: 'minimum' as const, nodes: 1, vcpu, memory, source: cite });

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

describe('answerExtreme: each product by its own smallest or largest variant', () => {
  // Mosslight: one variant, 4 vCPU and 1 GiB. Ashgrove: four variants, listed neither smallest nor largest first —
  // Mid (3 vCPU, 4 GiB), Full (8 vCPU, 6 GiB), Lite (2 vCPU, 2 GiB) and Bare (no figure). Emberline states no figure at all. The catalogue
  // lists the winner of neither question first.
  const mosslight = buildArchitecture({
    id: 'mosslight',
    product: 'Mosslight',
    components: [buildComponentInput({ requirements: [oneNode(4, '1 GB')] })],
  });
  const ashgrove = buildArchitecture({
    id: 'ashgrove',
    product: 'Ashgrove',
    variants: [
      { id: 'mid', name: 'Mid', summary: 'The middle layout.', source: intro },
      { id: 'full', name: 'Full', summary: 'The full layout.', source: intro },
      { id: 'lite', name: 'Lite', summary: 'The light layout.', source: intro },
      { id: 'bare', name: 'Bare', summary: 'The layout without figures.', source: intro },
    ],
    components: [
      buildComponentInput({ id: 'db-mid', name: 'Mid database', variants: ['mid'], requirements: [oneNode(3, '4 GB')] }),
      buildComponentInput({ id: 'db-full', name: 'Full database', variants: ['full'], requirements: [oneNode(8, '6 GB')] }),
      buildComponentInput({ id: 'db-lite', name: 'Lite database', variants: ['lite'], requirements: [oneNode(2, '2 GB')] }),
      // A fourth variant states no figure: it is neither the smallest nor the largest.
      buildComponentInput({ id: 'db-bare', name: 'Bare database', variants: ['bare'] }),
    ],
  });
  const emberline = buildArchitecture({ id: 'emberline', product: 'Emberline' });
  const catalogue = [ashgrove, mosslight, emberline];
  const ask = (question: string) => answerQuestion(question, catalogue);
  const closing = 'Only stated figures of required and recommended components count.';

  it('compares each product’s smallest variant and says which state nothing', () => {
    const answer = ask('smallest memory footprint among the identity servers');
    expect(answer.kind).toBe('extreme');
    expect(answer.answer).toBe(
      `Of the identity servers, Mosslight states the smallest memory footprint: Mosslight (Default): 1 GiB memory. Ashgrove (Lite): 2 GiB memory; Emberline: not stated. ${closing}`,
    );
  });

  it('compares memory when the question names no resource, and CPU when it names CPU alone', () => {
    expect(ask('smallest footprint among the identity servers').answer).toMatch(
      /^Of the identity servers, Mosslight states the smallest memory footprint/,
    );
    expect(ask('smallest CPU footprint among the identity servers').answer).toMatch(
      /^Of the identity servers, Ashgrove states the smallest vCPU footprint/,
    );
  });

  it('compares each product’s largest variant when asked for the largest', () => {
    expect(ask('largest memory footprint among the identity servers').answer).toBe(
      `Of the identity servers, Ashgrove states the largest memory footprint: Ashgrove (Full): 6 GiB memory. Mosslight (Default): 1 GiB memory; Emberline: not stated. ${closing}`,
    );
  });

  it('compares the resource the question names', () => {
    expect(ask('smallest CPU footprint among the identity servers').answer).toBe(
      `Of the identity servers, Ashgrove states the smallest vCPU footprint: Ashgrove (Lite): 2 vCPU. Mosslight (Default): 4 vCPU; Emberline: not stated. ${closing}`,
    );
  });

  it('compares memory, not a node count, when the question names both', () => {
    expect(ask('smallest node count and memory footprint among the identity servers').answer).toMatch(
      /^Of the identity servers, Mosslight states the smallest memory footprint: Mosslight \(Default\): 1 GiB memory\./,
    );
  });

  it('speaks of products when the question names no category', () => {
    expect(ask('Which products have the smallest memory footprint?').answer).toMatch(
      /^Of the products, Mosslight states the smallest memory footprint/,
    );
  });

  it('cites the winner’s stated figures', () => {
    const answer = ask('smallest memory footprint among the identity servers');
    expect(answer.sources[0]).toMatchObject({
      url: '/architectures/mosslight/#component-postgresql',
      excerpt: '1 node × (4 vCPU, 1 GB memory), minimum',
    });
    for (const source of answer.sources) expect(source.url).toMatch(/^\/architectures\/mosslight\//);
  });

  it('cites at most four of the winner’s figures', () => {
    const hollowmere = buildArchitecture({
      id: 'hollowmere',
      product: 'Hollowmere',
      components: ['a', 'b', 'c', 'd', 'e'].map((part) =>
        buildComponentInput({ id: `part-${part}`, name: `Part ${part}`, requirements: [oneNode(1, '2 GB')] }),
      ),
    });
    const answer = answerQuestion('largest memory footprint among the identity servers', [hollowmere, mosslight]);
    expect(answer.answer).toMatch(
      /^Of the identity servers, Hollowmere states the largest memory footprint: Hollowmere \(Default\): 10 GiB memory\./,
    );
    expect(answer.sources.filter((source) => source.url.includes('#component-part-'))).toHaveLength(4);
  });

  it('compares memory when the question names no resource, among the category it names', () => {
    // Tallowby needs less memory but more CPU than Wickmoor.
    const tallowby = buildArchitecture({
      id: 'tallowby',
      product: 'Tallowby',
      category: 'internal-tools',
      components: [buildComponentInput({ requirements: [oneNode(4, '3 GB')] })],
    });
    const wickmoor = buildArchitecture({
      id: 'wickmoor',
      product: 'Wickmoor',
      category: 'internal-tools',
      components: [buildComponentInput({ requirements: [oneNode(2, '5 GB')] })],
    });
    expect(answerQuestion('Which internal-tool builder is the lightest?', [wickmoor, tallowby, mosslight]).answer).toBe(
      `Of the internal-tool builders, Tallowby states the smallest memory footprint: Tallowby (Default): 3 GiB memory. Wickmoor (Default): 5 GiB memory. ${closing}`,
    );
  });

  it('names no extreme of a category holding one product', () => {
    const tallowby = buildArchitecture({
      id: 'tallowby',
      product: 'Tallowby',
      category: 'internal-tools',
      components: [buildComponentInput({ requirements: [oneNode(1, '1 GB')] })],
    });
    const answer = answerQuestion('smallest memory footprint among the identity servers', [mosslight, tallowby]);
    expect(answer.kind).not.toBe('extreme');
    expect(answer.answer ?? '').not.toContain('states the smallest');
  });

  it('declines when no product in scope states the resource', () => {
    const duskfield = buildArchitecture({ id: 'duskfield', product: 'Duskfield' });
    const answer = answerQuestion('smallest memory footprint among the identity servers', [emberline, duskfield]);
    expect(answer.kind).toBe('declined');
    expect(answer.answer).toBeNull();
  });
});
