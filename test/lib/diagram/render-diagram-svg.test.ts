// @vitest-environment jsdom
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeMermaidLabel, escapeMermaidLabel, generateMermaid, toMermaidNodeId } from '../../../src/lib/diagram/index.ts';
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

/** Display text of a component node: its text lines joined with newlines. */
function readNodeText(document: Document, componentId: string): string {
  const node = document.querySelector(`g.node[data-id="${toMermaidNodeId(componentId)}"]`);
  const texts = [...(node?.querySelectorAll('text') ?? [])];
  return texts
    .map((text) =>
      text.querySelectorAll('tspan').length > 0
        ? [...text.querySelectorAll('tspan')].map((t) => t.textContent).join('\n')
        : text.textContent,
    )
    .join('\n');
}

const text = { title: 'Test diagram', description: 'Three boxes & <two> arrows.' };

/** Checks what every inline diagram must be: script-free, local-only, named, and showing each component name. */
async function expectSafeAccessibleSvg(resolved: ResolvedVariant): Promise<void> {
  const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
  const svg = await renderDiagramSvg(generateMermaid(resolved), text);
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/@import/);
  expect(svg).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
  expect(svg).not.toMatch(/\s(href|xlink:href)="(https?:)?\/\//i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  const document = parseSvg(svg);
  const root = document.documentElement;
  expect(root.getAttribute('role')).toBe('img');
  const [titleId, descId] = (root.getAttribute('aria-labelledby') ?? '').split(' ');
  expect(document.getElementById(titleId ?? '')?.textContent).toBe(text.title);
  expect(document.getElementById(descId ?? '')?.textContent).toBe(text.description);
  for (const component of resolved.components) {
    const shown = readNodeText(document, component.id);
    // The name as a reader sees it: escaping only drops control characters and splits lines.
    const displayName = decodeMermaidLabel(escapeMermaidLabel(component.name));
    expect(shown.startsWith(displayName), `${component.id}: ${shown}`).toBe(true);
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
    const document = parseSvg(await renderDiagramSvg(generateMermaid(resolved), text));
    expect(readNodeText(document, 'hostile-quotes')).toContain(`Say "hello" it's \`code\``);
    expect(readNodeText(document, 'hostile-markup')).toContain('<script>alert(1)</script> <br/> **bold**');
    expect(readNodeText(document, 'hostile-brackets')).toContain('Box [a] (b) {c} <d> ]) }}');
    expect(readNodeText(document, 'hostile-hash')).toContain('#35; is not # or #quot; or &amp; &');
  });

  it('draws optional and conditional components with a dashed border and required ones solid', async () => {
    const resolved = buildHostileVariant();
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const document = parseSvg(await renderDiagramSvg(generateMermaid(resolved), text));
    for (const component of resolved.components) {
      const shape = document.querySelector(`g.node[data-id="${toMermaidNodeId(component.id)}"] > :first-child`);
      const dashed = ['optional', 'conditional'].includes(component.necessity.level);
      expect(shape?.hasAttribute('stroke-dasharray'), component.id).toBe(dashed);
    }
  });

  it('renders each diagram once per process and reuses the disk cache in the next one', async () => {
    // A layout direction no other test uses, so the first render cannot come from the shared cache folder.
    const mermaidText = generateMermaid(buildHostileVariant()).replace('flowchart TB', 'flowchart BT');
    const first = await importRenderer();
    const rendered = await first.renderDiagram(mermaidText, text);
    const again = await first.renderDiagram(mermaidText, { title: 'Other title', description: 'Other.' });
    expect(rendered.origin).toBe('rendered');
    expect(again.origin).toBe('memory');
    expect(again.svg).toContain('Other title');
    expect(readdirSync(cacheDir)).toContain(`${rendered.hash}.svg`);

    const nextBuild = await importRenderer();
    const fromDisk = await nextBuild.renderDiagram(mermaidText, text);
    expect(fromDisk.origin).toBe('disk');
    expect(fromDisk.svg).toBe(rendered.svg);

    const changed = await nextBuild.renderDiagram(mermaidText.replace('flowchart BT', 'flowchart RL'), text);
    expect(changed.hash).not.toBe(rendered.hash);
    expect(changed.origin).toBe('rendered');
  });

  it('gives two diagrams on one page distinct ids', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const [a, b] = loadRealVariants();
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const first = ids(await renderDiagramSvg(generateMermaid(a!.resolved), text));
    const second = ids(await renderDiagramSvg(generateMermaid(b!.resolved), text));
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });
});

describe('toStandaloneSvg', () => {
  it('adds the site palette for light and dark readers and stays well-formed', async () => {
    const { renderDiagramSvg, toStandaloneSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const standalone = toStandaloneSvg(await renderDiagramSvg(generateMermaid(buildHostileVariant()), text));
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
  it('turns Mermaid entity codes into XML character references only for characters XML allows', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    // Tab, LF and CR are allowed; other C0 controls, surrogates, U+FFFE/U+FFFF and anything above U+10FFFF are not.
    const allowed = [9, 10, 13, 32, 55295, 57344, 65533, 65536, 1114111];
    const refused = [8, 31, 55296, 57343, 65534, 65535, 1114112];
    const codes = [...allowed, ...refused].map((code) => `#${code};`).join(' ');
    const svg = await renderDiagramSvg(`flowchart TB\n  a["x ${codes}"]\n`, text);
    for (const code of allowed) expect(svg, `#${code};`).toContain(`&#${code};`);
    for (const code of refused) {
      expect(svg, `#${code};`).not.toContain(`&#${code};`);
      expect(svg, `#${code};`).toContain(`#${code};`);
    }
  });

  it('escapes the title and description for XML, quotes included', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const svg = await renderDiagramSvg('flowchart TB\n  a["A"]\n', { title: `Tom's "<b>" & co`, description: 'd' });
    expect(svg).toContain('Tom&#39;s &quot;&lt;b&gt;&quot; &amp; co</title>');
  });

  it('scopes the renderer styles to archkb diagrams and uses the site font stack', async () => {
    const { renderDiagramSvg } = await import('../../../src/lib/diagram/render-diagram-svg.ts');
    const svg = await renderDiagramSvg('flowchart TB\n  a["A"] --> b["B"]\n', text);
    expect(svg).toContain("  svg.archkb-diagram text { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }");
    expect(svg).toMatch(/^ {2}svg\.archkb-diagram \{/m);
    expect(svg).not.toMatch(/^\s*svg \{/m);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[^"]*" width="[\d.]+" height="[\d.]+" class="archkb-diagram" role="img"/,
    );
    // Marker ids carry a 10-character hash prefix, so two diagrams on a page never share one.
    expect(svg).toMatch(/id="diagram-[0-9a-f]{10}-arrowhead/);
    expect(svg).not.toMatch(/url\(#arrowhead/);
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
