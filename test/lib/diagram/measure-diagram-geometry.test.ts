import { describe, expect, it } from 'vitest';
import { measureDiagramGeometry, readDiagramGeometry, type DiagramGeometry } from '../../../src/lib/diagram/index.ts';

describe('readDiagramGeometry', () => {
  it('reads each box from the bounds of its shapes, whatever the shape, and skips a box with none', () => {
    const svg =
      '<svg><g class="node" data-id="rect"><rect x="10" y="20" width="30" height="40"/><text>Name</text></g>' +
      '<g class="node" data-id="circle"><circle cx="100" cy="100" r="5"/></g>' +
      '<g class="node" data-id="ellipse"><ellipse cx="200" cy="50" rx="10" ry="4"/></g>' +
      '<g class="node" data-id="line"><line x1="0" y1="0" x2="3" y2="4"/></g>' +
      '<g class="node" data-id="polygon"><polygon points="1,2 3,4 5,0"/></g>' +
      '<g class="node" data-id="path"><path d="M0 0H10V20Z"/></g>' +
      '<g class="node" data-id="curve"><path d="M0 0Q10 0 10 10"/></g>' +
      '<g class="node" data-id="tall-arc"><path d="M0 0A5 5 0 0 1 0 10"/></g>' +
      '<g class="node" data-id="wide-arc"><path d="M0 0A5 3 0 0 1 10 0"/></g>' +
      '<g class="node" data-id="empty"><text>No shape</text></g></svg>';
    expect(readDiagramGeometry(svg).nodes).toEqual([
      { id: 'rect', box: { x: 10, y: 20, width: 30, height: 40 } },
      { id: 'circle', box: { x: 95, y: 95, width: 10, height: 10 } },
      { id: 'ellipse', box: { x: 190, y: 46, width: 20, height: 8 } },
      { id: 'line', box: { x: 0, y: 0, width: 3, height: 4 } },
      { id: 'polygon', box: { x: 1, y: 0, width: 4, height: 4 } },
      { id: 'path', box: { x: 0, y: 0, width: 10, height: 20 } },
      { id: 'curve', box: { x: 0, y: 0, width: 10, height: 10 } },
      // A half ellipse bulges by its radius across the chord: 5 either side of a vertical chord, 3 of a horizontal one.
      { id: 'tall-arc', box: { x: -5, y: 0, width: 10, height: 10 } },
      { id: 'wide-arc', box: { x: 0, y: -3, width: 10, height: 6 } },
    ]);
  });

  it('reads arrows drawn as a polyline or as a path in an edge group, label boxes, and group titles', () => {
    const svg =
      '<svg><polyline class="edge" data-from="a" data-to="b" points="0,0 10,10"/>' +
      '<g class="edge inferred" data-from="b" data-to="c"><path d="M1 1L5 5"/></g>' +
      '<g class="edge-label" data-from="a" data-to="b"><rect x="4" y="5" width="6" height="7"/><text>L</text></g>' +
      '<g class="group" data-id="g"><rect x="0" y="0" width="500" height="500"/><text x="12" y="19" font-size="12">AAAA</text></g>' +
      '<g class="subgraph"><text x="5" y="30" dy="2">A</text></g><g class="other"/></svg>';
    const geometry = readDiagramGeometry(svg);
    expect(geometry.edges).toEqual([
      {
        from: 'a',
        to: 'b',
        points: [
          { x: 0, y: 0 },
          { x: 10, y: 10 },
        ],
      },
      {
        from: 'b',
        to: 'c',
        points: [
          { x: 1, y: 1 },
          { x: 5, y: 5 },
        ],
      },
    ]);
    expect(geometry.labels).toEqual([{ from: 'a', to: 'b', box: { x: 4, y: 5, width: 6, height: 7 } }]);
    // Title boxes: bold width from the DejaVu table ("A" 77 at 100 px, so 9.24 px at 12 px), from the baseline less the
    // font size (12 unless stated), 1.2 lines high; dy moves the baseline.
    expect(geometry.headers).toHaveLength(2);
    expect(geometry.headers[0]?.box).toEqual({ x: 12, y: 7, width: expect.closeTo(36.96, 9), height: expect.closeTo(14.4, 9) });
    expect(geometry.headers[1]?.box).toEqual({ x: 5, y: 20, width: expect.closeTo(9.24, 9), height: expect.closeTo(14.4, 9) });
    expect(geometry.nodes).toEqual([]);
  });
});

describe('measureDiagramGeometry', () => {
  const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
  const edge = (from: string, to: string, ...points: [number, number][]) => ({ from, to, points: points.map(([x, y]) => ({ x, y })) });
  const empty = (): DiagramGeometry => ({ nodes: [], edges: [], labels: [], headers: [] });

  it('counts two arrows crossing once, and none where they only meet at an end or run side by side', () => {
    const crossing = { ...empty(), edges: [edge('a', 'b', [0, 5], [10, 5]), edge('c', 'd', [5, 0], [5, 10])] };
    expect(measureDiagramGeometry(crossing)).toMatchObject({ crossings: 1, crossCuttingCrossings: 0 });
    const meeting = { ...empty(), edges: [edge('a', 'b', [0, 5], [10, 5]), edge('b', 'c', [10, 5], [10, 20])] };
    expect(measureDiagramGeometry(meeting).crossings).toBe(0);
    const parallel = { ...empty(), edges: [edge('a', 'b', [0, 5], [10, 5]), edge('c', 'd', [0, 6], [10, 6])] };
    expect(measureDiagramGeometry(parallel).crossings).toBe(0);
  });

  it('counts a crossing between a shared-service arrow and the main flow apart, but not between two shared-service arrows', () => {
    const geometry = { ...empty(), edges: [edge('a', 'b', [0, 5], [10, 5]), edge('logs', 'd', [5, 0], [5, 10])] };
    expect(measureDiagramGeometry(geometry, new Set(['logs']))).toMatchObject({ crossings: 1, crossCuttingCrossings: 1 });
    expect(measureDiagramGeometry(geometry, new Set(['logs', 'a']))).toMatchObject({ crossings: 1, crossCuttingCrossings: 0 });
  });

  it('counts an arrow through a box that is not one of its ends, but not one grazing its border', () => {
    const nodes = [{ id: 'n', box: box(20, 0, 10, 10) }];
    expect(measureDiagramGeometry({ ...empty(), nodes, edges: [edge('a', 'b', [0, 5], [40, 5])] }).edgesThroughNodes).toBe(1);
    expect(measureDiagramGeometry({ ...empty(), nodes, edges: [edge('n', 'b', [0, 5], [40, 5])] }).edgesThroughNodes).toBe(0);
    expect(measureDiagramGeometry({ ...empty(), nodes, edges: [edge('a', 'b', [0, 1], [40, 1])] }).edgesThroughNodes).toBe(0);
    expect(measureDiagramGeometry({ ...empty(), nodes, edges: [edge('a', 'b', [25, -10], [25, 20])] }).edgesThroughNodes).toBe(1);
  });

  it('counts a label over a box, a title, another label or another arrow, but not over its own arrow', () => {
    const label = { from: 'a', to: 'b', box: box(0, 0, 10, 10) };
    expect(measureDiagramGeometry({ ...empty(), labels: [label], nodes: [{ id: 'n', box: box(5, 5, 10, 10) }] }).labelOverlaps).toBe(1);
    expect(measureDiagramGeometry({ ...empty(), labels: [label], headers: [{ box: box(8, 8, 10, 10) }] }).labelOverlaps).toBe(1);
    expect(measureDiagramGeometry({ ...empty(), labels: [label, { from: 'c', to: 'd', box: box(5, 0, 10, 10) }] }).labelOverlaps).toBe(1);
    expect(measureDiagramGeometry({ ...empty(), labels: [label], edges: [edge('c', 'd', [-5, 5], [20, 5])] }).labelOverlaps).toBe(1);
    expect(measureDiagramGeometry({ ...empty(), labels: [label], edges: [edge('a', 'b', [-5, 5], [20, 5])] }).labelOverlaps).toBe(0);
    // Touching within a pixel is not an overlap.
    expect(measureDiagramGeometry({ ...empty(), labels: [label], nodes: [{ id: 'n', box: box(9.5, 0, 10, 10) }] }).labelOverlaps).toBe(0);
  });
});
