import { describe, expect, it } from 'vitest';
import { selectEntries } from '../../../../src/lib/ask/compute/sum-figures.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';

// A source section the fixtures already cite, so the architectures pass the real schema.
const [section] = buildAskArchitecture().loadDrivers[0]?.source ?? [];
const cite = section ? `${section.doc}#${section.section}` : '';

/** The parsed requirement entries of an API stating the scopes given, each with 1 node of the vCPU given. */
const entriesOf = (scopes: { scope: 'example' | 'tested'; vcpu: number }[]) =>
  buildAskArchitectureWith([
    buildComponentInput({
      id: 'quill-api',
      name: 'Quill API',
      requirements: scopes.map(({ scope, vcpu }) => ({ scope, nodes: 1, vcpu, source: cite })),
    }),
  ]).components[0]?.requirements;

describe("selectEntries: a named part's measured figures", () => {
  it('falls back on tested figures when a named part states no example', () => {
    expect(
      selectEntries(entriesOf([{ scope: 'tested', vcpu: 4 }]), [], true).map((entry) => [entry.scope, entry.vcpu?.amount?.high]),
    ).toEqual([['tested', 4]]);
  });

  it('takes the example alone when a named part states both an example and tested figures', () => {
    const entries = entriesOf([
      { scope: 'tested', vcpu: 4 },
      { scope: 'example', vcpu: 1 },
    ]);
    expect(selectEntries(entries, [], true).map((entry) => entry.scope)).toEqual(['example']);
  });
});
