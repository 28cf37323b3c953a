// @vitest-environment jsdom
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildDiagramModel,
  decodeMermaidLabel,
  escapeMermaidLabel,
  measureDiagramGeometry,
  readDiagramGeometry,
  toMermaidNodeId,
  type DiagramModel,
} from '../../../src/lib/diagram/index.ts';
import type * as RendererModule from '../../../src/lib/diagram/render-diagram-svg.ts';
import type { ResolvedVariant } from '../../../src/lib/model/index.ts';
import { buildHostileVariant, loadRealVariants } from '../../fixtures/build-diagram-variants.ts';

let cacheDir = '';
beforeAll(() => {
  cacheDir = mkdtempSync(path.join(tmpdir(), 'archkb-diagram-cache-'));
  vi.stubEnv('ARCHKB_DIAGRAM_CACHE_DIR', cacheDir);
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** Imports the renderer afresh, so its in-memory cache starts empty. */
async function importRenderer(): Promise<typeof RendererModule> {
  vi.resetModules();
  return import('../../../src/lib/diagram/render-diagram-svg.ts');
}

/** Parses SVG as XML, failing on anything that is not well formed. */
function parseSvg(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

/** Display text of a component node: its text lines joined with spaces (long names wrap onto several lines). */
function readNodeText(document: Document, componentId: string): string {
  const node = document.querySelector(`g.node[data-id="${toMermaidNodeId(componentId)}"]`);
  return [...(node?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent).join(' ');
}

/** A name as the diagram shows it: control characters dropped, every run of spaces and line breaks one space. */
function toShownText(text: string): string {
  return decodeMermaidLabel(escapeMermaidLabel(text)).replace(/\s+/g, ' ').trim();
}

const text = { title: 'Test diagram', description: 'Three boxes & <two> arrows.' };

/** Checks what every inline diagram must be: script-free, local-only, named, and showing each component name. */
async function expectSafeAccessibleSvg(resolved: ResolvedVariant): Promise<void> {
  const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
  const svg = await renderDiagramSvg(buildDiagramModel(resolved), text);
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/@import/);
  expect(svg).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
  expect(svg).not.toMatch(/\s(href|xlink:href)="(https?:)?\/\//i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  expect(svg).not.toMatch(/<style/i);
  const document = parseSvg(svg);
  const root = document.documentElement;
  expect(root.getAttribute('role')).toBe('img');
  const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
  expect(document.getElementById(titleId ?? '')?.textContent).toBe(text.title);
  expect(document.getElementById(descId ?? '')?.textContent).toBe(text.description);
  for (const component of resolved.components) {
    const shown = readNodeText(document, component.id);
    expect(shown.startsWith(toShownText(component.name)), `${component.id}: ${shown}`).toBe(true);
  }
}

describe('renderDiagramSvg', () => {
  for (const { name, resolved } of loadRealVariants()) {
    it(`renders ${name} without scripts or remote resources, as a named image showing every component`, async () => {
      await expectSafeAccessibleSvg(resolved);
    });
  }

  it('renders hostile labels as text, never as markup', async () => {
    const resolved = buildHostileVariant();
    await expectSafeAccessibleSvg(resolved);
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const document = parseSvg(await renderDiagramSvg(buildDiagramModel(resolved), text));
    expect(readNodeText(document, 'hostile-quotes')).toContain(`Say "hello" it's \`code\``);
    expect(readNodeText(document, 'hostile-markup')).toContain('<script>alert(1)</script> <br/> **bold**');
    expect(readNodeText(document, 'hostile-brackets')).toContain('Box [a] (b) {c} <d> ]) }}');
    expect(readNodeText(document, 'hostile-hash')).toContain('#35; is not # or #quot; or &amp; &');
  });

  it('draws optional components dashed, conditional ones dotted and the rest solid, on the one outline that carries every stroke', async () => {
    const resolved = buildHostileVariant();
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const document = parseSvg(await renderDiagramSvg(buildDiagramModel(resolved), text));
    const dashes = new Map<string, string | null>();
    for (const component of resolved.components) {
      const outlines = [...document.querySelectorAll(`g.node[data-id="${toMermaidNodeId(component.id)}"] > path`)];
      // One stroked outline per box: a dash pattern on it reaches every line of the shape (cylinder lids included).
      expect(outlines, component.id).toHaveLength(1);
      expect(outlines[0]?.getAttribute('stroke'), component.id).not.toBe('none');
      dashes.set(component.necessity.level, outlines[0]?.getAttribute('stroke-dasharray') ?? null);
    }
    expect(dashes.get('required')).toBeNull();
    expect(dashes.get('optional')).toMatch(/^\d/);
    expect(dashes.get('conditional')).toMatch(/^\d/);
    expect(dashes.get('optional')).not.toBe(dashes.get('conditional'));
  });

  it('lays each diagram out once per process and reuses the disk cache in the next one', async () => {
    // A model no other test uses, so the first layout cannot come from the shared cache folder.
    const base = buildDiagramModel(buildHostileVariant());
    const model: DiagramModel = { ...base, entry: { ...base.entry, label: 'Cache test visitors' } };
    const first = await importRenderer();
    const rendered = await first.renderDiagram(model, text);
    const again = await first.renderDiagram(model, { title: 'Other title', description: 'Other.' });
    expect(rendered.origin).toBe('rendered');
    expect(again.origin).toBe('memory');
    expect(again.svg).toContain('Other title');
    expect(readdirSync(cacheDir)).toContain(`${rendered.layoutHash}.json`);

    const nextBuild = await importRenderer();
    const fromDisk = await nextBuild.renderDiagram(model, text);
    expect(fromDisk.origin).toBe('disk');
    expect(fromDisk.svg).toBe(rendered.svg);

    const changed = await nextBuild.renderDiagram({ ...model, entry: { ...model.entry, label: 'Other visitors' } }, text);
    expect(changed.hash).not.toBe(rendered.hash);
    expect(changed.origin).toBe('rendered');
  });

  it('gives two diagrams on one page distinct ids', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const [a, b] = loadRealVariants();
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const first = ids(await renderDiagramSvg(buildDiagramModel(a!.resolved), text));
    const second = ids(await renderDiagramSvg(buildDiagramModel(b!.resolved), text));
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});

describe('diagram geometry', () => {
  it('counts a crossing, an arrow through a box and a label on a box, and nothing where arrows only meet at a box', () => {
    const svg =
      '<svg><g class="node" data-id="a"><rect x="0" y="0" width="20" height="20"/></g>' +
      '<g class="node" data-id="b"><rect x="100" y="0" width="20" height="20"/></g>' +
      '<g class="node" data-id="c"><rect x="50" y="40" width="20" height="20"/></g>' +
      '<g class="edge" data-from="a" data-to="b"><path d="M20 10L100 10"/></g>' +
      '<g class="edge" data-from="c" data-to="a"><path d="M60 40L60 -20"/></g>' +
      '<g class="edge" data-from="a" data-to="c"><path d="M10 20L10 100L60 100L60 60"/></g>' +
      '<g class="edge-label" data-from="a" data-to="b"><rect x="95" y="5" width="10" height="10"/></g></svg>';
    const geometry = readDiagramGeometry(svg);
    expect(geometry.nodes.map((node) => node.id)).toEqual(['a', 'b', 'c']);
    expect(geometry.edges).toHaveLength(3);
    const measures = measureDiagramGeometry(geometry, new Set(['c']));
    expect(measures).toEqual({ crossings: 1, crossCuttingCrossings: 1, edgesThroughNodes: 0, labelOverlaps: 1 });
  });

  for (const { name, resolved } of loadRealVariants()) {
    it(`draws ${name} with no arrow through a box and no label over a box, a title, a label or an arrow`, async () => {
      const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
      const model = buildDiagramModel(resolved);
      const geometry = readDiagramGeometry(await renderDiagramSvg(model, text));
      expect(geometry.nodes).toHaveLength(model.nodes.length);
      const measures = measureDiagramGeometry(geometry);
      expect(measures.edgesThroughNodes).toBe(0);
      expect(measures.labelOverlaps).toBe(0);
    });
  }
});

describe('toStandaloneSvg', () => {
  it('adds the site palette for light and dark readers and stays well-formed', async () => {
    const { renderDiagramSvg, toStandaloneSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const standalone = toStandaloneSvg(await renderDiagramSvg(buildDiagramModel(buildHostileVariant()), text));
    parseSvg(standalone);
    expect(standalone).toMatch(/svg\.archkb-diagram \{[^}]*--bg: #ffffff;/);
    expect(standalone).toMatch(/@media \(prefers-color-scheme: dark\) \{ svg\.archkb-diagram \{[^}]*--bg: #0d1117;/);
  });

  it('uses the same colours as the site stylesheet', async () => {
    const { STANDALONE_PALETTE } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/styles/global.css'), 'utf8');
    const [light = '', dark = ''] = css.split('@media (prefers-color-scheme: dark)');
    for (const [name, value] of Object.entries(STANDALONE_PALETTE.light))
      expect(light, `--${name}`).toMatch(new RegExp(`--${name}:\\s*${value};`, 'i'));
    for (const [name, value] of Object.entries(STANDALONE_PALETTE.dark))
      expect(dark, `--${name}`).toMatch(new RegExp(`--${name}:\\s*${value};`, 'i'));
  });
});

describe('renderDiagramSvg details', () => {
  it('drops characters XML does not allow from labels and keeps the rest as text', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const hostile = buildHostileVariant();
    const [first, ...others] = hostile.components;
    if (!first) throw new Error('the hostile variant has no component');
    const name = `x\u0008y\u001f\ufffez \u{10000}`;
    const svg = await renderDiagramSvg(buildDiagramModel({ ...hostile, components: [{ ...first, name }, ...others] }), text);
    for (const refused of ['\u0008', '\u001f', '\ufffe']) expect(svg).not.toContain(refused);
    expect(readNodeText(parseSvg(svg), first.id)).toContain('xyz \u{10000}');
  });

  it('escapes the title and description for XML, quotes included', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const svg = await renderDiagramSvg(buildDiagramModel(buildHostileVariant()), { title: `Tom's "<b>" & co`, description: 'd' });
    expect(svg).toMatch(/Tom(&#39;|&apos;)s &quot;&lt;b&gt;&quot; &amp; co<\/title>/);
  });

  it('names itself an archkb diagram in the site font stack, with marker ids no other diagram on the page shares', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const svg = await renderDiagramSvg(buildDiagramModel(buildHostileVariant()), text);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[^"]*" width="[\d.]+" height="[\d.]+" class="archkb-diagram" role="img"/,
    );
    expect(svg).toContain(`font-family="system-ui, -apple-system, &#39;Segoe UI&#39;, Roboto, sans-serif"`);
    expect(svg).not.toMatch(/<style/);
    // Marker ids carry a 10-character hash prefix, so two diagrams on a page never share one.
    expect(svg).toMatch(/id="diagram-[0-9a-f]{10}-arrow/);
    expect(svg).not.toMatch(/url\(#arrow/);
  });

  it('refuses to add a palette to text that is not one of its SVGs', async () => {
    const { toStandaloneSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    expect(() => toStandaloneSvg('<svg></svg>')).toThrow('toStandaloneSvg: expected an SVG from renderDiagramSvg (it has no <desc>).');
  });

  it('keeps the cache in the folder ARCHKB_DIAGRAM_CACHE_DIR names, else under node_modules/.cache', async () => {
    const { resolveDiagramCacheDir } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    expect(resolveDiagramCacheDir()).toBe(path.resolve(cacheDir));
    vi.stubEnv('ARCHKB_DIAGRAM_CACHE_DIR', undefined);
    try {
      expect(resolveDiagramCacheDir()).toBe(path.resolve('node_modules/.cache/archkb-diagrams'));
    } finally {
      vi.stubEnv('ARCHKB_DIAGRAM_CACHE_DIR', cacheDir);
    }
  });
});
