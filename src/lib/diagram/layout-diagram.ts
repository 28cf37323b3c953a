import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js';
import type { DiagramEdge, DiagramGroup, DiagramModel, DiagramNode, DiagramTier } from './build-diagram-model.ts';
import type { RoleCategory } from './generate-mermaid.ts';
import { measureTextWidth, wrapText } from './measure-text.ts';

/** Font sizes in px at the diagram's natural size; the smallest sets how far a page may shrink it. */
export const DIAGRAM_FONT = { name: 14, detail: 12, edge: 12, group: 12, count: 12 } as const;

/** Smallest font size in the drawing, in px at natural size. */
export const SMALLEST_DIAGRAM_FONT = Math.min(...Object.values(DIAGRAM_FONT));

/** Line heights in px, per kind of text. */
export const DIAGRAM_LINE = { name: 18, detail: 16, edge: 15, group: 16 } as const;

const TEXT_WIDTH = 168;
const EDGE_LABEL_WIDTH = 120;
const PAD = { x: 12, y: 9 };
const GROUP_PAD = { top: 30, side: 14, bottom: 14 };
const MARGIN = 16;
const SPAN_PAD = { side: 10, top: 10, bottom: 30 };
const ENTRY_ID = 'entry';

/** An axis-aligned box. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A component box with its text laid out in lines, at absolute coordinates. */
export interface PositionedNode extends DiagramNode, Rect {
  nameLines: string[];
  detailLines: string[];
}

/** A group box at absolute coordinates. */
export interface PositionedGroup extends DiagramGroup, Rect {
  /** Nesting depth, 0 for a top-level group. */
  depth: number;
  /** The title, wrapped to fit the box. */
  headerLines: string[];
}

/** An arrow as an orthogonal polyline from its start to its end, with its label box when it has one. */
export interface PositionedEdge extends DiagramEdge {
  points: { x: number; y: number }[];
  labelBox: (Rect & { lines: string[] }) | null;
}

/** A laid-out diagram: everything at absolute coordinates inside `width` × `height`. */
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PositionedNode[];
  groups: PositionedGroup[];
  edges: PositionedEdge[];
  /** The entry box ("Users"); its arrows are in `edges` with `from: "entry"`. */
  entry: (Rect & { label: string }) | null;
  /** The zones or regions box around everything but the entry. */
  span: (Rect & { label: string }) | null;
}

/** Extra room a shape needs around its text. */
function shapeInset(shape: RoleCategory): { x: number; y: number } {
  switch (shape) {
    case 'data':
      return { x: 0, y: 14 };
    case 'security':
    case 'delivery':
      return { x: 18, y: 0 };
    case 'network':
    case 'external':
      return { x: 14, y: 0 };
    case 'compute':
      return { x: 10, y: 0 };
    case 'application':
    case 'operations':
      return { x: 0, y: 0 };
    default: {
      const unreachable: never = shape;
      return unreachable;
    }
  }
}

/** Text lines and box size of a component. */
function sizeNode(node: DiagramNode): { width: number; height: number; nameLines: string[]; detailLines: string[] } {
  const nameLines = wrapText(node.name, DIAGRAM_FONT.name, TEXT_WIDTH, true);
  const detailLines = node.detail ? wrapText(node.detail, DIAGRAM_FONT.detail, TEXT_WIDTH) : [];
  const textWidth = Math.max(
    ...nameLines.map((line) => measureTextWidth(line, DIAGRAM_FONT.name, true)),
    ...detailLines.map((line) => measureTextWidth(line, DIAGRAM_FONT.detail)),
  );
  const inset = shapeInset(node.shape);
  return {
    width: Math.ceil(Math.max(96, textWidth + 2 * PAD.x + 2 * inset.x)),
    height: Math.ceil(nameLines.length * DIAGRAM_LINE.name + detailLines.length * DIAGRAM_LINE.detail + 2 * PAD.y + 2 * inset.y),
    nameLines,
    detailLines,
  };
}

/**
 * The layer band (ELK partition) of a tier, top to bottom. External services share the data band; operations come
 * last, so arrows to monitoring, secrets and registries leave the platform downwards instead of wrapping around it.
 */
function partitionOf(tier: DiagramTier): number {
  switch (tier) {
    case 'entry':
      return 0;
    case 'edge':
      return 1;
    case 'application':
      return 2;
    case 'data':
    case 'external':
      return 3;
    case 'operations':
      return 4;
    default: {
      const unreachable: never = tier;
      return unreachable;
    }
  }
}

/** Every component inside a group, its nested groups included. */
function descendantsOf(model: DiagramModel, groupId: string): DiagramNode[] {
  return [
    ...model.nodes.filter((node) => node.group === groupId),
    ...model.groups.filter((group) => group.parent === groupId).flatMap((group) => descendantsOf(model, group.id)),
  ];
}

/** Whether an arrow points up the bands (a registry below feeding the platform above); it is laid out downwards and drawn the right way round. */
function isUpstream(edge: DiagramEdge, tierOf: ReadonlyMap<string, DiagramTier>): boolean {
  const from = tierOf.get(edge.from);
  const to = tierOf.get(edge.to);
  return from !== undefined && to !== undefined && partitionOf(from) > partitionOf(to);
}

/** The position and size of a box, without anything else ELK returned. */
function toRect(node: { x?: number; y?: number; width?: number; height?: number } | undefined, id: string): Rect {
  if (!node) throw new Error(`layoutDiagram: ELK returned no box for "${id}".`);
  return { x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 };
}

/** The ELK input for a model: nodes and groups with their bands, arrows all pointing down the bands, labels sized. */
function toElkGraph(
  model: DiagramModel,
  sized: ReadonlyMap<string, ReturnType<typeof sizeNode>>,
  headerLines: ReadonlyMap<string, string[]>,
): ElkNode {
  const tierOf = new Map(model.nodes.map((node) => [node.id, node.tier]));
  const elkNode = (node: DiagramNode): ElkNode => ({
    id: node.id,
    width: sized.get(node.id)!.width,
    height: sized.get(node.id)!.height,
    layoutOptions: { 'elk.partitioning.partition': String(partitionOf(node.tier)) },
  });
  const elkGroup = (group: DiagramGroup): ElkNode => ({
    id: group.id,
    layoutOptions: {
      'elk.padding': `[top=${GROUP_PAD.top + (headerLines.get(group.id)!.length - 1) * DIAGRAM_LINE.group},left=${GROUP_PAD.side},bottom=${GROUP_PAD.bottom},right=${GROUP_PAD.side}]`,
      'elk.partitioning.partition': String(partitionOf(group.tier)),
    },
    children: [
      ...model.nodes.filter((node) => node.group === group.id).map(elkNode),
      ...model.groups.filter((child) => child.parent === group.id).map(elkGroup),
    ],
  });
  const edgeLabel = (text: string) => {
    const lines = wrapText(text, DIAGRAM_FONT.edge, EDGE_LABEL_WIDTH);
    return {
      text,
      layoutOptions: { 'elk.edgeLabels.inline': 'true', 'elk.edgeLabels.placement': 'CENTER' },
      width: Math.ceil(Math.max(...lines.map((line) => measureTextWidth(line, DIAGRAM_FONT.edge))) + 8),
      height: lines.length * DIAGRAM_LINE.edge + 4,
    };
  };
  const edges: ElkExtendedEdge[] = [
    ...model.entry.targets.map((target, index) => ({ id: `entry${index}`, sources: [ENTRY_ID], targets: [target] })),
    ...model.edges.map((edge) => {
      const reversed = isUpstream(edge, tierOf);
      return {
        id: edge.id,
        sources: [reversed ? edge.to : edge.from],
        targets: [reversed ? edge.from : edge.to],
        ...(edge.label ? { labels: [edgeLabel(edge.label)] } : {}),
      };
    }),
  ];
  const entryWidth = Math.ceil(measureTextWidth(model.entry.label, DIAGRAM_FONT.name, true) + 48);
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.partitioning.activate': 'true',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.thoroughness': '20',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.spacing.nodeNode': '22',
      'elk.layered.spacing.nodeNodeBetweenLayers': '34',
      'elk.spacing.edgeNode': '14',
      'elk.spacing.edgeEdge': '10',
      'elk.layered.spacing.edgeNodeBetweenLayers': '14',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '10',
      'elk.spacing.edgeLabel': '4',
      'elk.padding': `[top=${MARGIN},left=${MARGIN},bottom=${MARGIN},right=${MARGIN}]`,
      // Every coordinate relative to the canvas, nested boxes and arrows included.
      'elk.json.edgeCoords': 'ROOT',
      'elk.json.shapeCoords': 'ROOT',
    },
    children: [
      ...(model.entry.targets.length > 0
        ? [{ id: ENTRY_ID, width: entryWidth, height: 36, layoutOptions: { 'elk.partitioning.partition': String(partitionOf('entry')) } }]
        : []),
      ...model.nodes.filter((node) => node.group === null).map(elkNode),
      ...model.groups.filter((group) => group.parent === null).map(elkGroup),
    ],
    edges,
  };
}

/** A component's box size and its text in lines. */
export type SizedNode = ReturnType<typeof sizeNode>;

/** A model made ready for ELK: its boxes sized, its group titles wrapped, and the graph ELK lays out. */
export interface PreparedDiagramLayout {
  sized: ReadonlyMap<string, SizedNode>;
  headerLines: ReadonlyMap<string, string[]>;
  /** ELK's input: everything the placement depends on, and nothing else (not necessity, counts or line styles). */
  graph: ElkNode;
}

/** Where ELK put every box (by id, `root` the canvas) and every arrow (its polyline and label box), at absolute coordinates. */
export interface DiagramPlacement {
  boxes: Record<string, Rect>;
  edges: Record<string, { points: { x: number; y: number }[]; label: Rect | null }>;
}

/** Sizes a model's boxes and wraps its group titles, and builds the graph ELK lays out. */
export function prepareDiagramLayout(model: DiagramModel): PreparedDiagramLayout {
  const sized = new Map(model.nodes.map((node) => [node.id, sizeNode(node)]));
  // ELK ignores a minimum size on nested boxes, so a long title wraps to the width the group's widest box guarantees.
  const headerLines = new Map(
    model.groups.map((group) => {
      const widest = Math.max(0, ...descendantsOf(model, group.id).map((node) => sized.get(node.id)!.width));
      return [group.id, wrapText(group.label, DIAGRAM_FONT.group, Math.max(widest, 150), true)];
    }),
  );
  return { sized, headerLines, graph: toElkGraph(model, sized, headerLines) };
}

// One engine for the process: creating one per diagram set up ELK's dispatcher again for every layout.
let engine: InstanceType<typeof ELK> | undefined;

/** Runs ELK's layered algorithm over a prepared graph and keeps only the coordinates. Deterministic: the same graph gives the same placement. */
export async function placeDiagram(graph: ElkNode): Promise<DiagramPlacement> {
  engine ??= new ELK();
  const laid = await engine.layout(graph);
  const boxes: Record<string, Rect> = {};
  const collect = (node: ElkNode) => {
    boxes[node.id] = toRect(node, node.id);
    for (const child of node.children ?? []) collect(child);
  };
  collect(laid);
  const edges: DiagramPlacement['edges'] = {};
  for (const edge of laid.edges ?? []) {
    const label = edge.labels?.[0];
    edges[edge.id] = {
      points: (edge.sections ?? [])
        .flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint])
        .map((p) => ({ x: p.x, y: p.y })),
      label: label ? toRect(label, `${edge.id} label`) : null,
    };
  }
  return { boxes, edges };
}

/** Puts a model's boxes, groups and arrows where the placement says, with their text, the span box drawn around them. */
export function composeDiagramLayout(model: DiagramModel, prepared: PreparedDiagramLayout, placement: DiagramPlacement): DiagramLayout {
  const { sized, headerLines } = prepared;
  const box = (id: string) => toRect(placement.boxes[id], id);
  const depthOf = (group: DiagramGroup): number => {
    const parent = model.groups.find((g) => g.id === group.parent);
    return parent ? depthOf(parent) + 1 : 0;
  };
  const groups = model.groups.map((group) => ({
    ...group,
    ...box(group.id),
    depth: depthOf(group),
    headerLines: headerLines.get(group.id)!,
  }));
  // ELK gives a nested box an extra layer for its lower border; pull each bottom up to its content, innermost first.
  for (const group of [...groups].sort((a, b) => b.depth - a.depth)) {
    const inner = [
      ...model.nodes.filter((node) => node.group === group.id).map((node) => box(node.id)),
      ...groups.filter((child) => child.parent === group.id),
    ];
    if (inner.length === 0) continue;
    const bottom = Math.max(...inner.map((b) => b.y + b.height)) + GROUP_PAD.bottom;
    if (bottom < group.y + group.height) group.height = bottom - group.y;
  }
  const pointsOf = (id: string) => (placement.edges[id]?.points ?? []).map((p) => ({ x: p.x, y: p.y }));
  const tierOf = new Map(model.nodes.map((node) => [node.id, node.tier]));
  const edges: PositionedEdge[] = [
    ...model.entry.targets.map((target, index) => ({
      id: `entry${index}`,
      from: ENTRY_ID,
      to: target,
      label: null,
      inferred: false,
      crossCutting: false,
      points: pointsOf(`entry${index}`),
      labelBox: null,
    })),
    ...model.edges.map((edge): PositionedEdge => {
      const label = placement.edges[edge.id]?.label;
      const points = pointsOf(edge.id);
      return {
        ...edge,
        points: isUpstream(edge, tierOf) ? points.reverse() : points,
        labelBox:
          label && edge.label
            ? { ...toRect(label, `${edge.id} label`), lines: wrapText(edge.label, DIAGRAM_FONT.edge, EDGE_LABEL_WIDTH) }
            : null,
      };
    }),
  ];
  const root = box('root');
  const layout: DiagramLayout = {
    width: Math.ceil(root.width),
    height: Math.ceil(root.height),
    nodes: model.nodes.map((node) => ({ ...node, ...sized.get(node.id)!, ...box(node.id) })),
    groups,
    edges,
    entry: model.entry.targets.length > 0 ? { ...box(ENTRY_ID), label: model.entry.label } : null,
    span: null,
  };
  return model.span ? addSpan(layout, model.span) : layout;
}

/**
 * Lays a diagram model out with ELK's layered algorithm, top to bottom: the entry point first, then the tiers in
 * bands (edge, application, data and external services, operations), groups as nested boxes, arrows routed
 * orthogonally with their labels on them. Arrows that point up the bands are laid out downwards and turned back,
 * so they take the short way instead of looping round the drawing. Deterministic: the same model gives the same layout.
 */
export async function layoutDiagram(model: DiagramModel): Promise<DiagramLayout> {
  const prepared = prepareDiagramLayout(model);
  return composeDiagramLayout(model, prepared, await placeDiagram(prepared.graph));
}

/** Moves every coordinate of a layout by (dx, dy). */
function shift(layout: DiagramLayout, dx: number, dy: number): DiagramLayout {
  const move = <T extends Rect>(rect: T): T => ({ ...rect, x: rect.x + dx, y: rect.y + dy });
  return {
    ...layout,
    nodes: layout.nodes.map(move),
    groups: layout.groups.map(move),
    edges: layout.edges.map((edge) => ({
      ...edge,
      points: edge.points.map((p) => ({ x: p.x + dx, y: p.y + dy })),
      labelBox: edge.labelBox ? move(edge.labelBox) : null,
    })),
    entry: layout.entry ? move(layout.entry) : null,
  };
}

/** Draws the zones or regions a variant spans as one dashed box around everything but the entry, its label at the foot. */
function addSpan(layout: DiagramLayout, label: string): DiagramLayout {
  const moved = shift(layout, SPAN_PAD.side, 0);
  const inside = [...moved.nodes, ...moved.groups, ...moved.edges.flatMap((edge) => (edge.labelBox ? [edge.labelBox] : []))];
  if (inside.length === 0) return layout;
  const top = Math.min(...inside.map((r) => r.y)) - SPAN_PAD.top;
  const left = Math.min(...inside.map((r) => r.x)) - SPAN_PAD.side;
  const right = Math.max(...inside.map((r) => r.x + r.width)) + SPAN_PAD.side;
  const bottom = Math.max(...inside.map((r) => r.y + r.height)) + SPAN_PAD.bottom;
  return {
    ...moved,
    width: Math.ceil(Math.max(layout.width + 2 * SPAN_PAD.side, right + MARGIN)),
    height: Math.ceil(Math.max(layout.height, bottom + MARGIN)),
    span: { x: left, y: top, width: right - left, height: bottom - top, label },
  };
}
