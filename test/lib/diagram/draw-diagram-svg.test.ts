import { describe, expect, it } from 'vitest';
import { drawDiagramSvg, escapeXml, necessityDash, outlinePath, type DiagramLayout } from '../../../src/lib/diagram/index.ts';
import { buildDiagramEdge, buildDiagramNode } from '../../fixtures/build-diagram-model.ts';

describe('escapeXml', () => {
  it('escapes the five XML special characters, the ampersand first so references are not escaped twice', () => {
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;');
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });

  it('escapes every occurrence, not only the first', () => {
    expect(escapeXml(`&&<<>>""''`)).toBe('&amp;&amp;&lt;&lt;&gt;&gt;&quot;&quot;&#39;&#39;');
  });
});

describe('necessityDash', () => {
  it('draws required and recommended solid, optional dashed and conditional dotted', () => {
    expect(necessityDash('required')).toBeNull();
    expect(necessityDash('recommended')).toBeNull();
    expect(necessityDash('optional')).toBe('7 4');
    expect(necessityDash('conditional')).toBe('2 3');
  });
});

// A box at x 10, y 20, 100 wide and 40 high: right edge 110, bottom 60; the paths below are worked out by hand from
// each shape's corner, notch or arc size (application 10, data 7, security 14, network h/2 = 20, delivery 14,
// compute 8, external 12).
describe('outlinePath', () => {
  it.each([
    ['application', 'M20 20H100Q110 20 110 30V50Q110 60 100 60H20Q10 60 10 50V30Q10 20 20 20Z'],
    ['data', 'M10 27A50 7 0 0 1 110 27V53A50 7 0 0 1 10 53ZM10 27A50 7 0 0 0 110 27'],
    ['security', 'M24 20H96L110 40L96 60H24L10 40Z'],
    ['network', 'M30 20H90A20 20 0 0 1 90 60H30A20 20 0 0 1 30 20Z'],
    ['delivery', 'M24 20H96L110 60H10Z'],
    ['compute', 'M10 20H110V60H10ZM18 20V60M102 20V60'],
    ['operations', 'M10 20H110V60H10Z'],
    ['external', 'M10 20H110V60H10L22 40Z'],
  ] as const)('outlines a %s box', (shape, path) => {
    expect(outlinePath(shape, 10, 20, 100, 40)).toBe(path);
  });

  it('rounds each coordinate to one decimal', () => {
    // right = 0.25 + 10 = 10.25 rounds to 10.3; y = 0.04 rounds to 0; bottom = 10.04 rounds to 10.
    expect(outlinePath('operations', 0.25, 0.04, 10, 10)).toBe('M0.3 0H10.3V10H0.3Z');
  });
});

describe('drawDiagramSvg, byte for byte on a layout given by hand', () => {
  /** A layout with one of each element; the expected SVG below is worked out by hand from it. */
  function buildLayout(): DiagramLayout {
    return {
      width: 300,
      height: 200,
      span: { x: 5, y: 6, width: 100, height: 50, label: 'Z' },
      entry: { x: 50, y: 0, width: 93, height: 36, label: 'Users' },
      groups: [
        {
          id: 'g_in',
          label: 'In',
          tier: 'application',
          boundary: false,
          parent: 'g_out',
          x: 20,
          y: 40,
          width: 100,
          height: 50,
          depth: 1,
          headerLines: ['In', 'Two'],
        },
        {
          id: 'g_out',
          label: 'Out',
          tier: 'application',
          boundary: true,
          parent: null,
          x: 10,
          y: 20,
          width: 200,
          height: 100,
          depth: 0,
          headerLines: ['Out'],
        },
      ],
      edges: [
        {
          ...buildDiagramEdge({ id: 'main', from: 'c_api', to: 'c_x', label: 'L M' }),
          points: [
            { x: 1, y: 1 },
            { x: 2, y: 2 },
            { x: 3, y: 3 },
          ],
          labelBox: { x: 0, y: 0, width: 20, height: 34, lines: ['L', 'M'] },
        },
        {
          ...buildDiagramEdge({ id: 'shared', from: 'c_x', to: 'c_api', crossCutting: true, inferred: true }),
          points: [
            { x: 0, y: 0 },
            { x: 10, y: 20.25 },
          ],
          labelBox: null,
        },
        { ...buildDiagramEdge({ id: 'stub' }), points: [{ x: 9, y: 9 }], labelBox: null },
      ],
      nodes: [
        {
          ...buildDiagramNode({ id: 'c_api', count: '×3' }),
          x: 100,
          y: 100,
          width: 96,
          height: 52,
          nameLines: ['API'],
          detailLines: ['Go'],
        },
        {
          ...buildDiagramNode({ id: 'c_x', shape: 'external', necessity: 'optional' }),
          x: 0,
          y: 0,
          width: 100,
          height: 36,
          nameLines: ['X'],
          detailLines: [],
        },
      ],
    };
  }

  it('draws the span, groups outermost first, muted arrows, main arrows, labels, the entry and the boxes, in that order', () => {
    const marker = (id: string, fill: string) =>
      `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="${fill}"/></marker>`;
    const expected = [
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200" width="300" height="200" class="archkb-diagram" role="img" aria-labelledby="p-title p-desc" font-family="system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, sans-serif" style="background:var(--bg)">`,
      `<title id="p-title">T &amp; U</title><desc id="p-desc">D</desc>`,
      `<defs>${marker('p-arrow', 'var(--fg)')}${marker('p-arrow-muted', 'var(--muted)')}</defs>`,
      // The span: its label 12 px in from the left, 10 px up from the foot (6 + 50 - 10 = 46).
      `<g class="group boundary span"><rect x="5" y="6" width="100" height="50" rx="10" fill="none" stroke="var(--accent)" stroke-width="1.5" stroke-dasharray="10 6"/>`,
      `<text x="17" y="46" font-size="12" font-weight="700" fill="var(--accent)">Z</text></g>`,
      // Groups: the boundary (depth 0) first, dashed and unfilled; title lines at y + 19, then 16 px apart.
      `<g class="group boundary" data-id="g_out"><rect x="10" y="20" width="200" height="100" rx="8" fill="none" stroke="var(--border)" stroke-width="1.5" stroke-dasharray="8 5"/>`,
      `<text x="22" y="39" font-size="12" font-weight="700" fill="var(--muted)">Out</text></g>`,
      `<g class="group" data-id="g_in"><rect x="20" y="40" width="100" height="50" rx="8" fill="var(--surface)" stroke="var(--border)" stroke-width="1"/>`,
      `<text x="32" y="59" font-size="12" font-weight="700" fill="var(--muted)">In</text>`,
      `<text x="32" y="75" font-size="12" font-weight="700" fill="var(--muted)">Two</text></g>`,
      // The cross-cutting, inferred arrow first (20.25 rounds to 20.3), then the main one; one point draws nothing.
      `<g class="edge cross-cutting inferred" data-from="c_x" data-to="c_api"><path d="M0 0L10 20.3" fill="none" stroke="var(--muted)" stroke-width="1" stroke-dasharray="2 3" marker-end="url(#p-arrow-muted)"/></g>`,
      `<g class="edge" data-from="c_api" data-to="c_x"><path d="M1 1L2 2L3 3" fill="none" stroke="var(--fg)" stroke-width="1.4" marker-end="url(#p-arrow)"/></g>`,
      // The label: centred (0 + 20 / 2 = 10), lines at y + 13, then 15 px apart.
      `<g class="edge-label" data-from="c_api" data-to="c_x"><rect x="0" y="0" width="20" height="34" rx="3" fill="var(--bg)"/>`,
      `<text text-anchor="middle" font-size="12" fill="var(--muted)"><tspan x="10" y="13">L</tspan><tspan x="10" y="28">M</tspan></text></g>`,
      // The entry: text centred at 50 + 93 / 2 = 96.5, baseline 36 / 2 + 5 = 23.
      `<g class="entry"><rect x="50" y="0" width="93" height="36" rx="18" fill="var(--accent)"/>`,
      `<text x="96.5" y="23" text-anchor="middle" font-size="14" font-weight="700" fill="var(--bg)">Users</text></g>`,
      // A required box: lines of 18 and 16 px centred in 52 (first baseline 100 + 26 - 17 + 18 - 18 × 0.28 = 121.96,
      // second 143 - 16 × 0.28 = 138.52), the count badge at the top right corner (196 - 30, 100 - 9; text 196 - 13).
      `<g class="node" data-id="c_api" data-necessity="required"><path d="M110 100H186Q196 100 196 110V142Q196 152 186 152H110Q100 152 100 142V110Q100 100 110 100Z" fill="var(--bg)" stroke="var(--fg)" stroke-width="1.6"/>`,
      `<text text-anchor="middle"><tspan x="148" y="122" font-size="14" font-weight="700" fill="var(--fg)">API</tspan><tspan x="148" y="138.5" font-size="12" font-weight="400" fill="var(--muted)">Go</tspan></text>`,
      `<g class="count"><rect x="166" y="91" width="34" height="18" rx="9" fill="var(--accent)"/><text x="183" y="104.5" text-anchor="middle" font-size="12" font-weight="700" fill="var(--bg)">×3</text></g></g>`,
      // An optional external box: dashed, thinner, its text 6 px right of centre for the notch.
      `<g class="node" data-id="c_x" data-necessity="optional"><path d="M0 0H100V36H0L12 18Z" fill="var(--bg)" stroke="var(--fg)" stroke-width="1.2" stroke-dasharray="7 4"/>`,
      `<text text-anchor="middle"><tspan x="56" y="22" font-size="14" font-weight="700" fill="var(--fg)">X</tspan></text></g>`,
      `</svg>`,
    ].join('');
    expect(drawDiagramSvg(buildLayout(), 'p', { title: 'T & U', description: 'D' })).toBe(expected);
  });

  it('leaves out the span and the entry when the layout has none', () => {
    const svg = drawDiagramSvg({ ...buildLayout(), span: null, entry: null }, 'p', { title: 'T', description: 'D' });
    expect(svg).not.toContain('class="group boundary span"');
    expect(svg).not.toContain('class="entry"');
  });
});
