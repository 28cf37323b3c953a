import { describe, expect, it } from 'vitest';
import { composeDiagramLayout, prepareDiagramLayout, type DiagramPlacement } from '../../../src/lib/diagram/index.ts';
import { buildDiagramEdge, buildDiagramModelFixture, buildDiagramNode } from '../../fixtures/build-diagram-model.ts';

// Text widths read off the DejaVu tables in src/lib/diagram/measure-text.ts: "A" is 77 bold / 68 regular at 100 px, so
// 10.78 px bold at 14 px (a name), 9.24 px bold at 12 px (a group title) and 8.16 px regular at 12 px (an arrow label);
// a bold space is 4.2 px at 12 px; "Users" is 44.52 px bold at 14 px. Boxes: text + 2 × 12 padding + 2 × the shape's
// inset, at least 96 wide; 18 px per name line, 16 per detail line, 2 × 9 padding, 2 × the inset.
const ten = 'AAAAAAAAAA'; // 107.8 px bold at 14 px
const eight = 'AAAAAAAA'; // 73.92 px bold at 12 px

describe('prepareDiagramLayout box sizes', () => {
  it.each([
    ['application', 'A', null, 96, 36],
    ['application', ten, null, 132, 36],
    ['operations', ten, null, 132, 36],
    ['security', ten, null, 168, 36],
    ['delivery', ten, null, 168, 36],
    ['network', ten, null, 160, 36],
    ['external', ten, null, 160, 36],
    ['compute', ten, null, 152, 36],
    ['data', ten, null, 132, 64],
    ['data', ten, 'A', 132, 80],
  ] as const)('sizes a %s box named %s (detail %s) at %i × %i', (shape, name, detail, width, height) => {
    const node = buildDiagramNode({ shape, name, detail });
    const sized = prepareDiagramLayout(buildDiagramModelFixture({ nodes: [node] })).sized.get(node.id);
    expect(sized).toEqual({ width, height, nameLines: [name], detailLines: detail ? [detail] : [] });
  });

  it('wraps a name wider than 168 px onto a second line and sizes the box to the wider line', () => {
    const node = buildDiagramNode({ name: `${ten} ${ten}` });
    const sized = prepareDiagramLayout(buildDiagramModelFixture({ nodes: [node] })).sized.get(node.id);
    expect(sized).toEqual({ width: 132, height: 54, nameLines: [ten, ten], detailLines: [] });
  });
});

describe('prepareDiagramLayout group titles and the ELK graph', () => {
  const label = `${eight} ${eight} ${eight}`;

  it('wraps a group title to 150 px, or to its widest box at any depth when that is wider, and pads the top for each line', () => {
    const wide = buildDiagramNode({ id: 'c_wide', shape: 'security', name: ten, group: 'inner' }); // 168 px wide
    const model = buildDiagramModelFixture({
      nodes: [wide],
      groups: [
        { id: 'empty', label, tier: 'application', boundary: false, parent: null },
        { id: 'outer', label, tier: 'application', boundary: false, parent: null },
        { id: 'inner', label: 'In', tier: 'application', boundary: false, parent: 'outer' },
      ],
    });
    const prepared = prepareDiagramLayout(model);
    // Two words take 73.92 × 2 + 4.2 = 152.04 px: over 150, within 168.
    expect(prepared.headerLines.get('empty')).toEqual([eight, eight, eight]);
    expect(prepared.headerLines.get('outer')).toEqual([`${eight} ${eight}`, eight]);
    const [empty, outer] = prepared.graph.children ?? [];
    expect(empty?.layoutOptions?.['elk.padding']).toBe('[top=62,left=14,bottom=14,right=14]');
    expect(outer?.layoutOptions?.['elk.padding']).toBe('[top=46,left=14,bottom=14,right=14]');
    expect(outer?.children?.map((child) => child.id)).toEqual(['inner']);
    expect(outer?.children?.[0]?.children).toEqual([
      { id: 'c_wide', width: 168, height: 36, layoutOptions: { 'elk.partitioning.partition': '2' } },
    ]);
  });

  it('puts each tier in its band, the entry box on top, and lays an upward arrow out downwards', () => {
    const model = buildDiagramModelFixture({
      nodes: [
        buildDiagramNode({ id: 'c_cdn', tier: 'edge' }),
        buildDiagramNode({ id: 'c_api', tier: 'application' }),
        buildDiagramNode({ id: 'c_db', tier: 'data' }),
        buildDiagramNode({ id: 'c_mail', tier: 'external' }),
        buildDiagramNode({ id: 'c_logs', tier: 'operations' }),
      ],
      edges: [
        buildDiagramEdge({ id: 'down', from: 'c_api', to: 'c_db', label: 'A' }),
        buildDiagramEdge({ id: 'up', from: 'c_logs', to: 'c_api' }),
      ],
      entry: { label: 'Users', targets: ['c_cdn'] },
    });
    const graph = prepareDiagramLayout(model).graph;
    expect(graph.children?.map((child) => [child.id, child.layoutOptions?.['elk.partitioning.partition']])).toEqual([
      ['entry', '0'],
      ['c_cdn', '1'],
      ['c_api', '2'],
      ['c_db', '3'],
      ['c_mail', '3'],
      ['c_logs', '4'],
    ]);
    // "Users" is 44.52 px bold at 14 px, plus 48.
    expect(graph.children?.[0]).toMatchObject({ width: 93, height: 36 });
    expect(graph.edges).toEqual([
      { id: 'entry0', sources: ['entry'], targets: ['c_cdn'] },
      {
        id: 'down',
        sources: ['c_api'],
        targets: ['c_db'],
        // "A" is 8.16 px at 12 px, plus 8; one 15 px line plus 4.
        labels: [
          { text: 'A', width: 17, height: 19, layoutOptions: { 'elk.edgeLabels.inline': 'true', 'elk.edgeLabels.placement': 'CENTER' } },
        ],
      },
      { id: 'up', sources: ['c_api'], targets: ['c_logs'] },
    ]);
    expect(graph.layoutOptions).toMatchObject({
      'elk.direction': 'DOWN',
      'elk.partitioning.activate': 'true',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    });
  });

  it('has no entry box when no target is known', () => {
    const graph = prepareDiagramLayout(buildDiagramModelFixture({ nodes: [buildDiagramNode()] })).graph;
    expect(graph.children?.map((child) => child.id)).toEqual(['c_api']);
    expect(graph.edges).toEqual([]);
  });
});

describe('composeDiagramLayout from a placement given by hand', () => {
  it('pulls a group bottom up to its content, turns an upward arrow back and keeps labels only on labelled arrows', () => {
    const model = buildDiagramModelFixture({
      nodes: [buildDiagramNode({ id: 'c_api', group: 'g', tier: 'application' }), buildDiagramNode({ id: 'c_logs', tier: 'operations' })],
      groups: [{ id: 'g', label: 'G', tier: 'application', boundary: false, parent: null }],
      edges: [
        buildDiagramEdge({ id: 'up', from: 'c_logs', to: 'c_api', label: 'A' }),
        buildDiagramEdge({ id: 'plain', from: 'c_api', to: 'c_logs' }),
      ],
    });
    const placement: DiagramPlacement = {
      boxes: {
        root: { x: 0, y: 0, width: 300.2, height: 400.7 },
        g: { x: 10, y: 0, width: 200, height: 500 },
        c_api: { x: 20, y: 40, width: 96, height: 36 },
        c_logs: { x: 20, y: 200, width: 96, height: 36 },
      },
      edges: {
        up: {
          points: [
            { x: 1, y: 2 },
            { x: 3, y: 4 },
          ],
          label: { x: 5, y: 6, width: 17, height: 19 },
        },
        plain: { points: [{ x: 7, y: 8 }], label: null },
      },
    };
    const layout = composeDiagramLayout(model, prepareDiagramLayout(model), placement);
    expect([layout.width, layout.height]).toEqual([301, 401]);
    // The box ends at 40 + 36 = 76; plus the 14 px bottom padding: 90 high from y 0.
    expect(layout.groups[0]).toMatchObject({ id: 'g', x: 10, y: 0, width: 200, height: 90, depth: 0, headerLines: ['G'] });
    expect(layout.nodes.map((node) => [node.id, node.x, node.y, node.width, node.height])).toEqual([
      ['c_api', 20, 40, 96, 36],
      ['c_logs', 20, 200, 96, 36],
    ]);
    expect(layout.edges).toEqual([
      expect.objectContaining({
        id: 'up',
        points: [
          { x: 3, y: 4 },
          { x: 1, y: 2 },
        ],
        labelBox: { x: 5, y: 6, width: 17, height: 19, lines: ['A'] },
      }),
      expect.objectContaining({ id: 'plain', points: [{ x: 7, y: 8 }], labelBox: null }),
    ]);
    expect(layout.entry).toBeNull();
    expect(layout.span).toBeNull();
  });

  it('draws the entry box and its arrows, and a span box around everything else, shifted right to make room', () => {
    const model = buildDiagramModelFixture({
      nodes: [buildDiagramNode({ id: 'c_api' })],
      entry: { label: 'Users', targets: ['c_api'] },
      span: 'Across 3 zones',
    });
    const placement: DiagramPlacement = {
      boxes: {
        root: { x: 0, y: 0, width: 200, height: 100 },
        entry: { x: 20, y: 0, width: 93, height: 36 },
        c_api: { x: 20, y: 50, width: 96, height: 36 },
      },
      edges: { entry0: { points: [{ x: 60, y: 36 }], label: null } },
    };
    const layout = composeDiagramLayout(model, prepareDiagramLayout(model), placement);
    // Everything moves 10 px right; the span runs from 10 above the box to 30 below it and 10 either side:
    // x 30 - 10 = 20, y 50 - 10 = 40, width 96 + 20 = 116, height 36 + 10 + 30 = 76. The canvas grows by 2 × 10 in
    // width (220 > 136 + 16) and to the span's foot plus the 16 px margin in height (116 + 16 = 132 > 100).
    expect(layout.span).toEqual({ x: 20, y: 40, width: 116, height: 76, label: 'Across 3 zones' });
    expect([layout.width, layout.height]).toEqual([220, 132]);
    expect(layout.entry).toEqual({ x: 30, y: 0, width: 93, height: 36, label: 'Users' });
    expect(layout.nodes[0]).toMatchObject({ x: 30, y: 50 });
    expect(layout.edges).toEqual([
      expect.objectContaining({ id: 'entry0', from: 'entry', to: 'c_api', points: [{ x: 70, y: 36 }], labelBox: null, inferred: false }),
    ]);
  });
});
