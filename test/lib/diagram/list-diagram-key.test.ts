import { describe, expect, it } from 'vitest';
import { listDiagramKey } from '../../../src/lib/diagram/index.ts';
import { buildDiagramEdge, buildDiagramModelFixture, buildDiagramNode } from '../../fixtures/build-diagram-model.ts';

describe('listDiagramKey', () => {
  it('is empty for a model that uses no mark', () => {
    expect(listDiagramKey(buildDiagramModelFixture())).toEqual([]);
  });

  it('lists every mark a model uses, in the fixed order', () => {
    const model = buildDiagramModelFixture({
      nodes: [
        buildDiagramNode({ necessity: 'conditional' }),
        buildDiagramNode({ necessity: 'optional', count: '×3' }),
        buildDiagramNode({ necessity: 'recommended' }),
        buildDiagramNode({ necessity: 'required' }),
      ],
      edges: [buildDiagramEdge({ crossCutting: true }), buildDiagramEdge({ inferred: true })],
      entry: { label: 'Users', targets: ['c_api'] },
      span: 'Across at least 3 availability zones',
    });
    expect(listDiagramKey(model)).toEqual([
      { mark: 'entry', text: 'Where requests come in (drawn by archkb from the tiers)' },
      { mark: 'solid-border', text: 'Required or Recommended' },
      { mark: 'dashed-border', text: 'Optional' },
      { mark: 'dotted-border', text: 'Conditional' },
      { mark: 'stated-arrow', text: 'A flow the vendor states' },
      { mark: 'inferred-arrow', text: 'A flow the text only implies' },
      { mark: 'cross-cutting-arrow', text: 'To or from a shared service (images, secrets, logs, platform)' },
      { mark: 'count', text: 'How many the vendor says run' },
      { mark: 'span', text: 'Across at least 3 availability zones' },
    ]);
  });

  it('names only the solid-border levels the model uses', () => {
    const required = buildDiagramModelFixture({ nodes: [buildDiagramNode({ necessity: 'required' })] });
    const recommended = buildDiagramModelFixture({ nodes: [buildDiagramNode({ necessity: 'recommended' })] });
    expect(listDiagramKey(required)).toEqual([{ mark: 'solid-border', text: 'Required' }]);
    expect(listDiagramKey(recommended)).toEqual([{ mark: 'solid-border', text: 'Recommended' }]);
  });

  it('lists one dashed or dotted mark alone when the model has only that level', () => {
    expect(listDiagramKey(buildDiagramModelFixture({ nodes: [buildDiagramNode({ necessity: 'optional' })] }))).toEqual([
      { mark: 'dashed-border', text: 'Optional' },
    ]);
    expect(listDiagramKey(buildDiagramModelFixture({ nodes: [buildDiagramNode({ necessity: 'conditional' })] }))).toEqual([
      { mark: 'dotted-border', text: 'Conditional' },
    ]);
  });

  it('lists only the stated arrow when every arrow is stated, and only the inferred one when every arrow is inferred', () => {
    expect(listDiagramKey(buildDiagramModelFixture({ edges: [buildDiagramEdge()] })).map((e) => e.mark)).toEqual(['stated-arrow']);
    expect(listDiagramKey(buildDiagramModelFixture({ edges: [buildDiagramEdge({ inferred: true })] })).map((e) => e.mark)).toEqual([
      'inferred-arrow',
    ]);
  });
});
