import { describe, expect, it } from 'vitest';
import { listComparisonSources, type CellComponent, type Comparison } from '../../../src/lib/compare/index.ts';
import type { ResolvedSource } from '../../../src/lib/model/index.ts';

/** A cited section named by one letter, so the expected order reads off the comparison below. */
const cite = (letter: string): ResolvedSource => ({
  doc: `doc-${letter}`,
  section: 'section',
  documentTitle: `Document ${letter.toUpperCase()}`,
  sectionTitle: `Section ${letter.toUpperCase()}`,
  vendor: 'Vendor',
  url: letter === 'a' ? 'https://a.example/docs' : undefined,
  anchor: `src-doc-${letter}-section`,
});

const component = (sources: ResolvedSource[]): CellComponent => ({
  id: 'c',
  name: 'C',
  technology: null,
  necessity: 'required',
  condition: null,
  requirements: [],
  managed: [],
  href: '/architectures/x/#component-c',
  sources,
});

const emptyTotals = { nodes: null, vcpu: null, memoryGiB: null, storageGiB: null, iops: null };

/**
 * Two columns citing sections a to g: the role cells cite a, b, c (b twice), the footprint d (and a again), the load
 * rule e, the HA guidance f, the managed-service guidance g (and f again).
 */
function buildCitingComparison(): Comparison {
  return {
    columns: [],
    rows: [
      {
        role: 'cache',
        label: 'Cache',
        category: 'data',
        categoryLabel: 'Data',
        differs: false,
        cells: [
          { status: 'required', components: [component([cite('a'), cite('b')])] },
          { status: 'required', components: [component([cite('b'), cite('c')])] },
        ],
      },
    ],
    footprint: [
      {
        totals: emptyTotals,
        contributions: [{ component: 'c', name: 'C', href: '', amounts: emptyTotals, text: '', source: [cite('d'), cite('a')] }],
        unstatedPartly: [],
        unstatedEntirely: [],
        loadRules: [],
      },
      {
        totals: emptyTotals,
        contributions: [],
        unstatedPartly: [],
        unstatedEntirely: [],
        loadRules: [{ text: '', href: '', source: [cite('e')] }],
      },
    ],
    highAvailability: [[], [{ text: '', href: '', source: [cite('f')] }]],
    managedServices: [[{ text: '', href: '', source: [cite('g'), cite('f')] }], []],
  };
}

describe('listComparisonSources', () => {
  it('numbers each cited section once, in reading order: role cells, footprint, load rules, HA, managed services', () => {
    expect(listComparisonSources(buildCitingComparison()).map((s) => [s.number, s.anchor])).toEqual([
      [1, 'src-doc-a-section'],
      [2, 'src-doc-b-section'],
      [3, 'src-doc-c-section'],
      [4, 'src-doc-d-section'],
      [5, 'src-doc-e-section'],
      [6, 'src-doc-f-section'],
      [7, 'src-doc-g-section'],
    ]);
  });

  it('keeps the titles and link of each section', () => {
    expect(listComparisonSources(buildCitingComparison()).slice(0, 2)).toEqual([
      { number: 1, anchor: 'src-doc-a-section', documentTitle: 'Document A', sectionTitle: 'Section A', url: 'https://a.example/docs' },
      { number: 2, anchor: 'src-doc-b-section', documentTitle: 'Document B', sectionTitle: 'Section B', url: undefined },
    ]);
  });

  it('lists a section cited twice as the reader first meets it', () => {
    const comparison = buildCitingComparison();
    comparison.highAvailability = [[{ text: '', href: '', source: [{ ...cite('a'), sectionTitle: 'Section A, cited again' }] }]];
    expect(listComparisonSources(comparison)[0]?.sectionTitle).toBe('Section A');
  });

  it('lists nothing for a comparison that cites nothing', () => {
    expect(listComparisonSources({ columns: [], rows: [], footprint: [], highAvailability: [], managedServices: [] })).toEqual([]);
  });
});
