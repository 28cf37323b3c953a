import { describe, expect, inject, it } from 'vitest';
import { generateMermaid } from '../../src/lib/diagram/index.ts';
import { toDiagramMermaidPath, toDiagramSvgPath, toVariantPath, resolveAllVariants } from '../../src/lib/model/index.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';

const baseUrl = inject('baseUrl');
const variants = loadContentArchitectures().flatMap((architecture) =>
  resolveAllVariants(architecture).map((resolved) => ({ architecture, resolved })),
);

describe('diagram exports and the diagram section', () => {
  for (const { architecture, resolved } of variants) {
    const name = `${architecture.id}/${resolved.variant.id}`;

    it(`serves ${name} as Mermaid text identical to the generator's output`, async () => {
      const response = await fetch(`${baseUrl}${toDiagramMermaidPath(architecture.id, resolved.variant.id)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(generateMermaid(resolved));
    });

    it(`serves ${name} as a standalone, script-free SVG image`, async () => {
      const response = await fetch(`${baseUrl}${toDiagramSvgPath(architecture.id, resolved.variant.id)}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = await response.text();
      expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*role="img"/);
      expect(svg).toContain('prefers-color-scheme: dark');
      expect(svg).not.toMatch(/<script|@import/i);
    });

    it(`shows ${name}'s diagram inline with export links, no inline script`, async () => {
      const html = await (await fetch(`${baseUrl}${toVariantPath(architecture, resolved.variant.id)}`)).text();
      expect(html).toContain('<h2 id="diagram">Diagram</h2>');
      // Inside a sideways-scrolling box with its cue, at a width that keeps the text readable.
      expect(html).toMatch(/<div class="scroll-x diagram"[^>]*data-scroll-cue[^>]*><div class="diagram-canvas"[^>]*><svg [^>]*role="img"/);
      expect(html).toContain(`href="${toDiagramMermaidPath(architecture.id, resolved.variant.id)}"`);
      expect(html).toContain(`href="${toDiagramSvgPath(architecture.id, resolved.variant.id)}"`);
      // The Mermaid source is shown folded, and left out of the search index so no result quotes it.
      expect(html).toMatch(/<details class="diagram-source"[^>]*\bdata-pagefind-ignore\b[^>]*>/);
      // Every script element must load a file: the CSP has no 'unsafe-inline' for scripts.
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag).toMatch(/\ssrc="/);
    });
  }

  it('answers 404, not 5xx, for the exports of an unknown variant', async () => {
    for (const path of [toDiagramMermaidPath('authgear', 'no-such-variant'), toDiagramSvgPath('no-such-architecture', 'x')]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(404);
    }
  });
});
