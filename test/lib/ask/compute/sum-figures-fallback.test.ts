import { describe, expect, it } from 'vitest';
import { selectEntries, sumFigures } from '../../../../src/lib/ask/compute/sum-figures.ts';
import { buildComponentInput } from '../../../fixtures/build-architecture.ts';
import { buildAskArchitecture, buildAskArchitectureWith } from '../../../fixtures/build-ask-architecture.ts';
import { buildComputeSubject } from '../../../fixtures/build-compute-subject.ts';

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

describe('sumFigures: counts of named parts', () => {
  /** The API's sum of one resource over tested entries, with a count stated for one named part. */
  const sumTested = (figurePart: string | undefined, resource: 'storageGiB' | 'vcpu') => {
    const architecture = buildAskArchitectureWith([
      buildComponentInput({
        id: 'quill-api',
        name: 'Quill API',
        requirements: [
          { scope: 'tested', part: 'cluster (tested maximum)', nodes: 200, source: cite },
          { scope: 'tested', ...(figurePart ? { part: figurePart } : {}), storage: '2.5GB', vcpu: 2, source: cite },
        ],
      }),
    ]);
    const subject = buildComputeSubject(architecture, 'Quillstack');
    return sumFigures(subject, [], { resources: [resource], side: null, scopes: ['tested'], counts: new Map() }).sums[0]?.total.high;
  };

  it('does not multiply one named part by the count stated for another', () => {
    expect(sumTested('job store (600 jobs)', 'storageGiB')).toBe(2.5);
    expect(sumTested('job store (600 jobs)', 'vcpu')).toBe(2);
  });

  it('multiplies a part with no name of its own by the stated count', () => {
    expect(sumTested(undefined, 'vcpu')).toBe(400);
  });
});
