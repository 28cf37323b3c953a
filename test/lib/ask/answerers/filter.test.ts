import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../../../src/lib/ask/index.ts';
import { buildAskArchitecture } from '../../../fixtures/build-ask-architecture.ts';
import { buildArchitecture, buildComponentInput } from '../../../fixtures/build-architecture.ts';

const ferngate = buildArchitecture({
  id: 'ferngate',
  product: 'Ferngate',
  vendor: 'Fern Inc.',
  components: [
    buildComponentInput(),
    buildComponentInput({
      id: 'notes',
      name: 'Release notes',
      role: 'logging-monitoring',
      technology: 'Markdown',
      purpose: 'Moved off Redis in 2024.',
    }),
  ],
});

describe('answerFilter', () => {
  it('answers "which products don\'t need X" with those that list none, then those where it is optional', () => {
    const cached = buildArchitecture({
      id: 'cachebox',
      product: 'Cachebox',
      components: [buildComponentInput({ id: 'cache', name: 'Cache', role: 'cache', technology: 'Redis', purpose: 'Caches.' })],
    });
    const answer = answerQuestion("Which products don't need Redis?", [buildAskArchitecture(), ferngate, cached]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toBe(
      'Among the products in archkb, Ferngate lists no Redis component. Only optional or conditional in: Quillstack (Session cache: optional). The others require it.',
    );
  });

  it('names the products with a component built on the technology, and its necessity', () => {
    const answer = answerQuestion('Which products use Redis?', [buildAskArchitecture(), ferngate]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toContain('Quillstack: Session cache (optional)');
    expect(answer.answer).not.toContain('Ferngate');
  });

  it('adds the products that only mention it when the question asks what mentions it', () => {
    const answer = answerQuestion('Which products mention Redis?', [buildAskArchitecture(), ferngate]);
    expect(answer.answer).toContain('Ferngate mentions it');
  });

  it('keeps to the category the question names', () => {
    const answer = answerQuestion('Which internal-tool builders use PostgreSQL?', [
      buildAskArchitecture(),
      { ...ferngate, category: 'internal-tools' },
    ]);
    expect(answer.answer).toContain('Ferngate');
    expect(answer.answer).not.toContain('Quillstack');
  });

  it('names a dozen products and sums up the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      buildAskArchitecture({ id: `quill-${i}`, product: `Quill${String.fromCharCode(97 + i)}` }),
    );
    const answer = answerQuestion('Which products use Redis?', many);
    expect(answer.answer).toContain('And 3 more.');
  });
  it('names a product whose variant is named after the technology, even with no component so named', () => {
    const onKubernetes = buildArchitecture({
      id: 'ferngate',
      product: 'Ferngate',
      vendor: 'Fern Inc.',
      variants: [
        { id: 'vm', name: 'Single VM', summary: 'One VM.', source: 'authgear-self-managed#introduction' },
        { id: 'kubernetes', name: 'Kubernetes', summary: 'A Helm release.', source: 'authgear-self-managed#introduction' },
      ],
    });
    const withCluster = buildAskArchitecture({
      hosts: [],
      components: [
        buildComponentInput({ id: 'cluster', name: 'Kubernetes cluster', role: 'container-orchestration', technology: 'Kubernetes' }),
      ],
    });
    const answer = answerQuestion('Which products can be deployed on Kubernetes?', [withCluster, onKubernetes]);
    expect(answer.kind).toBe('filter');
    expect(answer.answer).toContain('Ferngate: its Kubernetes variant.');
    expect(answer.answer).toContain('Quillstack: Kubernetes cluster (required)');
    expect(answer.sources.some((source) => source.url.startsWith('/architectures/ferngate/'))).toBe(true);
    expect(answer.sources.some((source) => source.url.startsWith('/architectures/quillstack/'))).toBe(true);
  });
});
