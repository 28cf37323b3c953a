import type { NecessityLevel } from '../../schemas/necessity.ts';
import type { RoleCategory } from './generate-mermaid.ts';
import {
  DIAGRAM_FONT,
  DIAGRAM_LINE,
  type DiagramLayout,
  type PositionedEdge,
  type PositionedGroup,
  type PositionedNode,
} from './layout-diagram.ts';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Rounds a coordinate for the SVG text, so output stays small and stable. */
function r(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Dash pattern of a box border by necessity: solid for required and recommended, dashed optional, dotted conditional. */
export function necessityDash(level: NecessityLevel): string | null {
  switch (level) {
    case 'required':
    case 'recommended':
      return null;
    case 'optional':
      return '7 4';
    case 'conditional':
      return '2 3';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** The outline of a component box as one path, so a dash pattern covers every stroke of the shape. */
export function outlinePath(shape: RoleCategory, x: number, y: number, w: number, h: number): string {
  const right = x + w;
  const bottom = y + h;
  switch (shape) {
    case 'application': {
      const c = 10;
      return `M${r(x + c)} ${r(y)}H${r(right - c)}Q${r(right)} ${r(y)} ${r(right)} ${r(y + c)}V${r(bottom - c)}Q${r(right)} ${r(bottom)} ${r(right - c)} ${r(bottom)}H${r(x + c)}Q${r(x)} ${r(bottom)} ${r(x)} ${r(bottom - c)}V${r(y + c)}Q${r(x)} ${r(y)} ${r(x + c)} ${r(y)}Z`;
    }
    case 'data': {
      const e = 7;
      // Body, then the front half of the top ellipse drawn again so the lid shows.
      return (
        `M${r(x)} ${r(y + e)}A${r(w / 2)} ${e} 0 0 1 ${r(right)} ${r(y + e)}V${r(bottom - e)}A${r(w / 2)} ${e} 0 0 1 ${r(x)} ${r(bottom - e)}Z` +
        `M${r(x)} ${r(y + e)}A${r(w / 2)} ${e} 0 0 0 ${r(right)} ${r(y + e)}`
      );
    }
    case 'security': {
      const s = 14;
      return `M${r(x + s)} ${r(y)}H${r(right - s)}L${r(right)} ${r(y + h / 2)}L${r(right - s)} ${r(bottom)}H${r(x + s)}L${r(x)} ${r(y + h / 2)}Z`;
    }
    case 'network': {
      const c = h / 2;
      return `M${r(x + c)} ${r(y)}H${r(right - c)}A${r(c)} ${r(c)} 0 0 1 ${r(right - c)} ${r(bottom)}H${r(x + c)}A${r(c)} ${r(c)} 0 0 1 ${r(x + c)} ${r(y)}Z`;
    }
    case 'delivery': {
      const s = 14;
      return `M${r(x + s)} ${r(y)}H${r(right - s)}L${r(right)} ${r(bottom)}H${r(x)}Z`;
    }
    case 'compute': {
      const s = 8;
      return (
        `M${r(x)} ${r(y)}H${r(right)}V${r(bottom)}H${r(x)}Z` + `M${r(x + s)} ${r(y)}V${r(bottom)}M${r(right - s)} ${r(y)}V${r(bottom)}`
      );
    }
    case 'operations':
      return `M${r(x)} ${r(y)}H${r(right)}V${r(bottom)}H${r(x)}Z`;
    case 'external': {
      const s = 12;
      return `M${r(x)} ${r(y)}H${r(right)}V${r(bottom)}H${r(x)}L${r(x + s)} ${r(y + h / 2)}Z`;
    }
    default: {
      const unreachable: never = shape;
      return unreachable;
    }
  }
}

/** Horizontal offset of a shape's text centre (the external flag's notch pushes it right). */
function textShift(shape: RoleCategory): number {
  return shape === 'external' ? 6 : 0;
}

/** SVG of one group box with its label. */
function drawGroup(group: PositionedGroup): string {
  const fill = group.boundary ? 'none' : 'var(--surface)';
  const dash = group.boundary ? ' stroke-dasharray="8 5"' : '';
  return (
    `<g class="group${group.boundary ? ' boundary' : ''}" data-id="${group.id}">` +
    `<rect x="${r(group.x)}" y="${r(group.y)}" width="${r(group.width)}" height="${r(group.height)}" rx="8" fill="${fill}" stroke="var(--border)" stroke-width="${group.boundary ? 1.5 : 1}"${dash}/>` +
    group.headerLines
      .map(
        (line, index) =>
          `<text x="${r(group.x + 12)}" y="${r(group.y + 19 + index * 16)}" font-size="${DIAGRAM_FONT.group}" font-weight="700" fill="var(--muted)">${escapeXml(line)}</text>`,
      )
      .join('') +
    `</g>`
  );
}

/** SVG of one component box: outline, name, detail and count. */
function drawNode(node: PositionedNode): string {
  const dash = necessityDash(node.necessity);
  const lines = [
    ...node.nameLines.map((text) => ({ text, size: DIAGRAM_FONT.name, weight: 700, fill: 'var(--fg)', height: DIAGRAM_LINE.name })),
    ...node.detailLines.map((text) => ({
      text,
      size: DIAGRAM_FONT.detail,
      weight: 400,
      fill: 'var(--muted)',
      height: DIAGRAM_LINE.detail,
    })),
  ];
  const total = lines.reduce((sum, line) => sum + line.height, 0);
  const cx = node.x + node.width / 2 + textShift(node.shape);
  let y = node.y + node.height / 2 - total / 2;
  const tspans = lines
    .map((line) => {
      y += line.height;
      return `<tspan x="${r(cx)}" y="${r(y - line.height * 0.28)}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.fill}">${escapeXml(line.text)}</tspan>`;
    })
    .join('');
  const count = node.count
    ? `<g class="count"><rect x="${r(node.x + node.width - 30)}" y="${r(node.y - 9)}" width="34" height="18" rx="9" fill="var(--accent)"/>` +
      `<text x="${r(node.x + node.width - 13)}" y="${r(node.y + 4.5)}" text-anchor="middle" font-size="${DIAGRAM_FONT.count}" font-weight="700" fill="var(--bg)">${escapeXml(node.count)}</text></g>`
    : '';
  return (
    `<g class="node" data-id="${node.id}" data-necessity="${node.necessity}">` +
    `<path d="${outlinePath(node.shape, node.x, node.y, node.width, node.height)}" fill="var(--bg)" stroke="var(--fg)" stroke-width="${node.necessity === 'required' ? 1.6 : 1.2}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` +
    `<text text-anchor="middle">${tspans}</text>${count}</g>`
  );
}

/** SVG of one arrow: solid when stated, dotted when implied, thin and muted when it touches a cross-cutting service. */
function drawEdgeLine(edge: PositionedEdge, markerId: string): string {
  if (edge.points.length < 2) return '';
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)} ${r(p.y)}`).join('');
  const stroke = edge.crossCutting ? 'var(--muted)' : 'var(--fg)';
  const dash = edge.inferred ? ' stroke-dasharray="2 3"' : '';
  return (
    `<g class="edge${edge.crossCutting ? ' cross-cutting' : ''}${edge.inferred ? ' inferred' : ''}" data-from="${edge.from}" data-to="${edge.to}">` +
    `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${edge.crossCutting ? 1 : 1.4}"${dash} marker-end="url(#${markerId}${edge.crossCutting ? '-muted' : ''})"/></g>`
  );
}

/** SVG of an arrow's label, on a background that interrupts the line under it. */
function drawEdgeLabel(edge: PositionedEdge): string {
  const box = edge.labelBox;
  if (!box) return '';
  const tspans = box.lines
    .map((line, i) => `<tspan x="${r(box.x + box.width / 2)}" y="${r(box.y + 13 + i * DIAGRAM_LINE.edge)}">${escapeXml(line)}</tspan>`)
    .join('');
  return (
    `<g class="edge-label" data-from="${edge.from}" data-to="${edge.to}"><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" rx="3" fill="var(--bg)"/>` +
    `<text text-anchor="middle" font-size="${DIAGRAM_FONT.edge}" fill="var(--muted)">${tspans}</text></g>`
  );
}

/** Accessible name and description of a rendered diagram. */
export interface DiagramText {
  /** Short name, read as the image's title. */
  title: string;
  /** One or two sentences saying what the diagram shows. */
  description: string;
}

/** The font stack of diagram text: the site's. */
export const DIAGRAM_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** SVG of the entry box. */
function drawEntry(entry: NonNullable<DiagramLayout['entry']>): string {
  return (
    `<g class="entry"><rect x="${r(entry.x)}" y="${r(entry.y)}" width="${r(entry.width)}" height="${r(entry.height)}" rx="18" fill="var(--accent)"/>` +
    `<text x="${r(entry.x + entry.width / 2)}" y="${r(entry.y + entry.height / 2 + 5)}" text-anchor="middle" font-size="${DIAGRAM_FONT.name}" font-weight="700" fill="var(--bg)">${escapeXml(entry.label)}</text></g>`
  );
}

/** SVG of the zones or regions box. */
function drawSpan(span: NonNullable<DiagramLayout['span']>): string {
  return (
    `<g class="group boundary span"><rect x="${r(span.x)}" y="${r(span.y)}" width="${r(span.width)}" height="${r(span.height)}" rx="10" fill="none" stroke="var(--accent)" stroke-width="1.5" stroke-dasharray="10 6"/>` +
    `<text x="${r(span.x + 12)}" y="${r(span.y + span.height - 10)}" font-size="${DIAGRAM_FONT.group}" font-weight="700" fill="var(--accent)">${escapeXml(span.label)}</text></g>`
  );
}

/**
 * Draws a laid-out diagram as an inline-ready SVG: a named image (title and description), colours from the page's CSS
 * variables (--bg, --fg, --muted, --border, --accent, --surface), ids prefixed with `idPrefix` so several diagrams can
 * share a page, no script, no style element and nothing remote. Groups first, then cross-cutting arrows, the main flow,
 * and the boxes on top.
 */
export function drawDiagramSvg(layout: DiagramLayout, idPrefix: string, text: DiagramText): string {
  const markerId = `${idPrefix}-arrow`;
  const marker = (id: string, fill: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${fill}"/></marker>`;
  const groups = [...layout.groups].sort((a, b) => a.depth - b.depth);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" class="archkb-diagram" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" font-family="${escapeXml(DIAGRAM_FONT_STACK)}" style="background:var(--bg)">` +
    `<title id="${idPrefix}-title">${escapeXml(text.title)}</title><desc id="${idPrefix}-desc">${escapeXml(text.description)}</desc>` +
    `<defs>${marker(markerId, 'var(--fg)')}${marker(`${markerId}-muted`, 'var(--muted)')}</defs>` +
    (layout.span ? drawSpan(layout.span) : '') +
    groups.map(drawGroup).join('') +
    layout.edges
      .filter((edge) => edge.crossCutting)
      .map((edge) => drawEdgeLine(edge, markerId))
      .join('') +
    layout.edges
      .filter((edge) => !edge.crossCutting)
      .map((edge) => drawEdgeLine(edge, markerId))
      .join('') +
    layout.edges.map(drawEdgeLabel).join('') +
    (layout.entry ? drawEntry(layout.entry) : '') +
    layout.nodes.map(drawNode).join('') +
    `</svg>`
  );
}
