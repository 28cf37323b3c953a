import { describe, expect, it } from 'vitest';
import { buildComparison, buildComparisonCells, listFootprintRows } from '../../../src/lib/compare/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';

const source = 'authgear-self-managed#resources-reference';
const notStated = 'Not stated by the vendor';

/** Alpha states figures for its database and names a cache; Beta states none and uses its store only conditionally. */
function buildAlphaBeta() {
  const alpha = buildArchitecture({
    id: 'alpha',
    product: 'Alpha',
    components: [
      buildComponentInput({
        id: 'db',
        name: 'Database',
        technology: 'PostgreSQL',
        requirements: [
          {
            scope: 'minimum',
            nodes: 3,
            vcpu: '2 vCPU',
            memory: '16 GiB',
            versions: [{ product: 'PostgreSQL', min: '13', note: 'with the\npgvector extension' }],
            source,
          },
          { scope: 'tested', memory: '64 GiB', source },
        ],
      }),
      buildComponentInput({
        id: 'redis',
        name: 'Redis',
        role: 'cache',
        technology: 'Redis',
        necessity: { level: 'recommended', source },
      }),
    ],
  });
  const beta = buildArchitecture({
    id: 'beta',
    product: 'Beta',
    components: [
      buildComponentInput({
        id: 'store',
        name: 'Store',
        technology: undefined,
        necessity: { level: 'conditional', condition: 'when you keep history', source },
      }),
    ],
  });
  return buildComparison([alpha, beta], ['alpha.default', 'beta.default']);
}

describe('buildComparisonCells', () => {
  it('heads the table with Role and one "product: variant" column per column', () => {
    expect(buildComparisonCells(buildAlphaBeta()).header).toEqual(['Role', 'Alpha: Default', 'Beta: Default']);
  });

  it('writes each role cell as its status, then each component with its technology and requirements, one a line', () => {
    const body = buildComparisonCells(buildAlphaBeta()).body;
    expect(body.slice(0, 2)).toEqual([
      [
        'Relational database',
        // A line break inside a requirement becomes a space, so each component stays on one line.
        'Required\nDatabase (PostgreSQL): 3 nodes × (2 vCPU, 16 GiB memory); PostgreSQL 13+ (with the pgvector extension), minimum; 64 GiB memory, as tested',
        'Conditional\nStore',
      ],
      // The technology is not repeated when it is the component's name.
      ['Cache', 'Recommended\nRedis', 'Not used'],
    ]);
  });

  it('ends with a footprint row per resource some column states: 3 nodes, 3 × 2 vCPU and 3 × 16 GiB for Alpha', () => {
    expect(buildComparisonCells(buildAlphaBeta()).body.slice(2)).toEqual([
      ['Stated minimum footprint: Nodes', '3', notStated],
      ['Stated minimum footprint: vCPU', '6', notStated],
      ['Stated minimum footprint: Memory', '48 GiB', notStated],
    ]);
  });
});

describe('listFootprintRows', () => {
  it('labels and formats the resources some column states, and leaves out those no column states', () => {
    expect(listFootprintRows(buildAlphaBeta())).toEqual([
      { resource: 'nodes', label: 'Nodes', values: ['3', notStated] },
      { resource: 'vcpu', label: 'vCPU', values: ['6', notStated] },
      { resource: 'memoryGiB', label: 'Memory', values: ['48 GiB', notStated] },
    ]);
  });
});
