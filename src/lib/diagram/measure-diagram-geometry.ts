import { measureTextWidth } from './measure-text.ts';

/** An axis-aligned box. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a diagram's SVG holds, as plain geometry: component boxes, arrows as polylines, label and header boxes. */
export interface DiagramGeometry {
  nodes: { id: string; box: Box }[];
  edges: { from: string; to: string; points: { x: number; y: number }[] }[];
  /** Boxes of the texts on arrows. */
  labels: { from: string; to: string; box: Box }[];
  /** Boxes of the group titles. */
  headers: { box: Box }[];
}

/** How readable a diagram is, counted from its geometry. */
export interface DiagramMeasures {
  /** Points where two different arrows cross (shared starts and ends do not count). */
  crossings: number;
  /** Of those, crossings between an arrow to or from a cross-cutting service and an arrow of the main flow. */
  crossCuttingCrossings: number;
  /** Arrow segments passing through a component box that is neither of their ends. */
  edgesThroughNodes: number;
  /** Arrow labels overlapping a component box, a group title, another label or another arrow. */
  labelOverlaps: number;
}

const NUMBER = /-?\d*\.?\d+(?:e-?\d+)?/gi;

/** Reads a numeric attribute of a tag, or 0. */
function readNumber(attributes: string, name: string): number {
  const match = new RegExp(`\\s${name}="(-?[\\d.e-]+)"`).exec(attributes);
  return match ? Number(match[1]) : 0;
}

/** Reads a string attribute of a tag, or null. */
function readAttribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(attributes);
  return match ? (match[1] ?? '') : null;
}

/** The points of an SVG path made of absolute M, L, H, V, Q, A and Z commands (arc bulges included). */
function readPathPoints(d: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLHVQAZ])([^MLHVQAZ]*)/gi)) {
    const values = (args?.match(NUMBER) ?? []).map(Number);
    switch (command?.toUpperCase()) {
      case 'M':
      case 'L':
        for (let i = 0; i + 1 < values.length; i += 2) points.push({ x: (x = values[i]!), y: (y = values[i + 1]!) });
        break;
      case 'H':
        for (const value of values) points.push({ x: (x = value), y });
        break;
      case 'V':
        for (const value of values) points.push({ x, y: (y = value) });
        break;
      case 'Q':
        for (let i = 0; i + 3 < values.length; i += 4) points.push({ x: (x = values[i + 2]!), y: (y = values[i + 3]!) });
        break;
      case 'A':
        for (let i = 0; i + 6 < values.length; i += 7) {
          const [rx = 0, ry = 0] = values.slice(i, i + 2);
          const end = { x: values[i + 5]!, y: values[i + 6]! };
          const mid = { x: (x + end.x) / 2, y: (y + end.y) / 2 };
          // A half ellipse over a chord bulges across it by its radius on one side (both are taken: the bounds stay safe).
          if (Math.abs(end.x - x) < Math.abs(end.y - y)) points.push({ x: mid.x - rx, y: mid.y }, { x: mid.x + rx, y: mid.y });
          else points.push({ x: mid.x, y: mid.y - ry }, { x: mid.x, y: mid.y + ry });
          points.push({ x: (x = end.x), y: (y = end.y) });
        }
        break;
      default:
        break;
    }
  }
  return points;
}

/** The box around a set of points. */
function boundsOf(points: readonly { x: number; y: number }[]): Box | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** The points a shape element covers. */
function shapePoints(tag: string, attributes: string): { x: number; y: number }[] {
  switch (tag) {
    case 'rect': {
      const x = readNumber(attributes, 'x');
      const y = readNumber(attributes, 'y');
      return [
        { x, y },
        { x: x + readNumber(attributes, 'width'), y: y + readNumber(attributes, 'height') },
      ];
    }
    case 'ellipse':
    case 'circle': {
      const cx = readNumber(attributes, 'cx');
      const cy = readNumber(attributes, 'cy');
      const rx = readNumber(attributes, tag === 'circle' ? 'r' : 'rx');
      const ry = readNumber(attributes, tag === 'circle' ? 'r' : 'ry');
      return [
        { x: cx - rx, y: cy - ry },
        { x: cx + rx, y: cy + ry },
      ];
    }
    case 'line':
      return [
        { x: readNumber(attributes, 'x1'), y: readNumber(attributes, 'y1') },
        { x: readNumber(attributes, 'x2'), y: readNumber(attributes, 'y2') },
      ];
    case 'polygon':
    case 'polyline': {
      const values = (readAttribute(attributes, 'points')?.match(NUMBER) ?? []).map(Number);
      const points: { x: number; y: number }[] = [];
      for (let i = 0; i + 1 < values.length; i += 2) points.push({ x: values[i]!, y: values[i + 1]! });
      return points;
    }
    case 'path':
      return readPathPoints(readAttribute(attributes, 'd') ?? '');
    default:
      return [];
  }
}

/**
 * Reads the geometry of a diagram SVG: nodes are `g.node[data-id]` (their shapes' bounds), arrows are `.edge` elements
 * with `data-from`/`data-to` (a polyline, or a path inside a `g.edge`), labels are the rect of a `g.edge-label`, group
 * titles the text of a `g.group` or `g.subgraph`. Reads archkb's own renderer and beautiful-mermaid's alike.
 */
export function readDiagramGeometry(svg: string): DiagramGeometry {
  const geometry: DiagramGeometry = { nodes: [], edges: [], labels: [], headers: [] };
  const stack: { kind: string; id: string; from: string; to: string; points: { x: number; y: number }[] }[] = [];
  const kindOf = (attributes: string): string => {
    const classes = (readAttribute(attributes, 'class') ?? '').split(/\s+/);
    return ['node', 'edge-label', 'edge', 'group', 'subgraph'].find((kind) => classes.includes(kind)) ?? '';
  };
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g)) {
    const [whole, closing, tag = '', attributes = '', selfClosing] = match;
    if (tag === 'g' && !closing) {
      stack.push({
        kind: kindOf(attributes),
        id: readAttribute(attributes, 'data-id') ?? '',
        from: readAttribute(attributes, 'data-from') ?? '',
        to: readAttribute(attributes, 'data-to') ?? '',
        points: [],
      });
      if (selfClosing) stack.pop();
      continue;
    }
    if (tag === 'g' && closing) {
      const group = stack.pop();
      if (group?.kind === 'node') {
        const box = boundsOf(group.points);
        if (box) geometry.nodes.push({ id: group.id, box });
      }
      continue;
    }
    if (closing) continue;
    const owner = [...stack].reverse().find((entry) => entry.kind !== '');
    if (tag === 'polyline' && kindOf(attributes) === 'edge') {
      geometry.edges.push({
        from: readAttribute(attributes, 'data-from') ?? '',
        to: readAttribute(attributes, 'data-to') ?? '',
        points: shapePoints(tag, attributes),
      });
      continue;
    }
    if (!owner) continue;
    if (owner.kind === 'node' && tag !== 'text' && tag !== 'tspan') owner.points.push(...shapePoints(tag, attributes));
    else if (owner.kind === 'edge' && tag === 'path')
      geometry.edges.push({ from: owner.from, to: owner.to, points: shapePoints(tag, attributes) });
    else if (owner.kind === 'edge-label' && tag === 'rect') {
      const box = boundsOf(shapePoints(tag, attributes));
      if (box) geometry.labels.push({ from: owner.from, to: owner.to, box });
    } else if ((owner.kind === 'group' || owner.kind === 'subgraph') && tag === 'text') {
      const text = svg.slice(match.index + whole.length).split('<')[0] ?? '';
      const size = readNumber(attributes, 'font-size') || 12;
      const x = readNumber(attributes, 'x');
      const y = readNumber(attributes, 'y') + readNumber(attributes, 'dy');
      geometry.headers.push({ box: { x, y: y - size, width: measureTextWidth(text, size, true), height: size * 1.2 } });
    }
  }
  return geometry;
}

/** Whether two boxes overlap by more than `slack` px each way. */
function overlaps(a: Box, b: Box, slack = 1): boolean {
  return a.x + slack < b.x + b.width && b.x + slack < a.x + a.width && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height;
}

/** The segments of a polyline. */
function segmentsOf(points: readonly { x: number; y: number }[]): [{ x: number; y: number }, { x: number; y: number }][] {
  return points.slice(1).map((point, index) => [points[index]!, point]);
}

/** Whether two segments cross at a point inside both (touching ends and collinear runs do not count). */
function segmentsCross(
  a: [{ x: number; y: number }, { x: number; y: number }],
  b: [{ x: number; y: number }, { x: number; y: number }],
): boolean {
  const [p, p2] = a;
  const [q, q2] = b;
  const r = { x: p2.x - p.x, y: p2.y - p.y };
  const s = { x: q2.x - q.x, y: q2.y - q.y };
  const denominator = r.x * s.y - r.y * s.x;
  if (Math.abs(denominator) < 1e-9) return false;
  const t = ((q.x - p.x) * s.y - (q.y - p.y) * s.x) / denominator;
  const u = ((q.x - p.x) * r.y - (q.y - p.y) * r.x) / denominator;
  const lengthA = Math.hypot(r.x, r.y);
  const lengthB = Math.hypot(s.x, s.y);
  // Half a pixel in from each end, so arrows meeting at a node or a bend are not counted.
  return t * lengthA > 0.5 && (1 - t) * lengthA > 0.5 && u * lengthB > 0.5 && (1 - u) * lengthB > 0.5;
}

/** Whether a segment passes through the inside of a box (shrunk by `inset` px so grazing a border does not count). */
function segmentCrossesBox(segment: [{ x: number; y: number }, { x: number; y: number }], box: Box, inset = 2): boolean {
  const inner = { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset };
  if (inner.width <= 0 || inner.height <= 0) return false;
  const [a, b] = segment;
  // Clip the segment to the box (Liang-Barsky).
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - inner.x],
    [dx, inner.x + inner.width - a.x],
    [-dy, a.y - inner.y],
    [dy, inner.y + inner.height - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t1 - t0 > 1e-9;
}

/** Counts crossings, arrows through boxes and label overlaps in a diagram's geometry; `crossCutting` names the nodes whose arrows are cross-cutting. */
export function measureDiagramGeometry(geometry: DiagramGeometry, crossCutting: ReadonlySet<string> = new Set()): DiagramMeasures {
  const edges = geometry.edges.map((edge) => ({
    ...edge,
    segments: segmentsOf(edge.points),
    side: crossCutting.has(edge.from) || crossCutting.has(edge.to),
  }));
  let crossings = 0;
  let crossCuttingCrossings = 0;
  edges.forEach((edge, index) => {
    for (const other of edges.slice(index + 1)) {
      const count = edge.segments.reduce(
        (sum, segment) => sum + other.segments.filter((otherSegment) => segmentsCross(segment, otherSegment)).length,
        0,
      );
      crossings += count;
      if (edge.side !== other.side) crossCuttingCrossings += count;
    }
  });
  let edgesThroughNodes = 0;
  for (const edge of edges) {
    for (const node of geometry.nodes) {
      if (node.id === edge.from || node.id === edge.to) continue;
      if (edge.segments.some((segment) => segmentCrossesBox(segment, node.box))) edgesThroughNodes += 1;
    }
  }
  let labelOverlaps = 0;
  geometry.labels.forEach((label, index) => {
    labelOverlaps += geometry.nodes.filter((node) => overlaps(label.box, node.box)).length;
    labelOverlaps += geometry.headers.filter((header) => overlaps(label.box, header.box)).length;
    labelOverlaps += geometry.labels.slice(index + 1).filter((other) => overlaps(label.box, other.box)).length;
    // An arrow through a label other than its own hides words; a label sits on its own arrow by design.
    labelOverlaps += edges.filter(
      (edge) =>
        !(edge.from === label.from && edge.to === label.to) && edge.segments.some((segment) => segmentCrossesBox(segment, label.box, 3)),
    ).length;
  });
  return { crossings, crossCuttingCrossings, edgesThroughNodes, labelOverlaps };
}
