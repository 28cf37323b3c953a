import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMermaid, renderMermaidSVG, type RenderOptions } from 'beautiful-mermaid';

/** Reads the installed renderer's version from its package.json (not exported by the package, so found on disk). */
function readRendererVersion(): string {
  let packageJson = path.resolve('node_modules/beautiful-mermaid/package.json');
  try {
    packageJson = path.join(path.dirname(fileURLToPath(import.meta.resolve('beautiful-mermaid'))), '..', 'package.json');
  } catch {
    // Some module runners lack import.meta.resolve; the project root's node_modules is the fallback.
  }
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** Renderer package and version; part of every cache key, so upgrading it re-renders every diagram. */
export const DIAGRAM_RENDERER = `beautiful-mermaid@${readRendererVersion()}`;

/** Layout options passed to the renderer; part of the cache key. Colours are left to the page's CSS variables. */
const renderOptions: RenderOptions = { padding: 16, nodeSpacing: 28, layerSpacing: 48 };

/** Site palette for the standalone .svg export; mirrors :root in src/styles/global.css. */
export const STANDALONE_PALETTE = {
  light: { bg: '#ffffff', fg: '#1b1f24', muted: '#57606a', border: '#d0d7de', accent: '#0550ae', surface: '#f6f8fa' },
  dark: { bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', border: '#3d444d', accent: '#58a6ff', surface: '#161b22' },
} as const;

const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Accessible name and description of a rendered diagram. */
export interface DiagramText {
  /** Short name, read as the image's title. */
  title: string;
  /** One or two sentences saying what the diagram shows. */
  description: string;
}

/** A rendered diagram and what producing it cost. */
export interface RenderedDiagram {
  svg: string;
  /** Content hash of the Mermaid text, renderer and options; also the cache file name. */
  hash: string;
  /** Where the raw SVG came from in this call. */
  origin: 'memory' | 'disk' | 'rendered';
  /** Milliseconds spent in the renderer; 0 when cached. */
  renderMs: number;
}

/** Escapes text for XML content and attribute values. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Whether a code point may appear in an XML document. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Turns Mermaid entity codes ("#35;") left in labels into XML character references the SVG displays as the character. */
function decodeMermaidEntities(text: string): string {
  // The lookbehind leaves the renderer's own character references ("&#39;") alone.
  return text.replace(/(?<!&)#(\d{1,7});/g, (match, digits: string) => (isXmlChar(Number(digits)) ? `&#${Number(digits)};` : match));
}

/** Hash identifying one rendering: Mermaid text, renderer version and options. */
export function hashDiagram(mermaidText: string): string {
  return createHash('sha256')
    .update(`${DIAGRAM_RENDERER}\0${JSON.stringify(renderOptions)}\0${mermaidText}`)
    .digest('hex');
}

/** Folder holding cached raw SVG, keyed by hash. */
export function resolveDiagramCacheDir(): string {
  return path.resolve(process.env.ARCHKB_DIAGRAM_CACHE_DIR ?? 'node_modules/.cache/archkb-diagrams');
}

// One promise per hash for the whole process, so a build never renders the same diagram twice.
const inFlight = new Map<string, Promise<{ raw: string; origin: 'disk' | 'rendered'; renderMs: number }>>();

/** Reads the raw SVG for `hash` from disk, or renders and stores it. */
async function loadOrRender(mermaidText: string, hash: string): Promise<{ raw: string; origin: 'disk' | 'rendered'; renderMs: number }> {
  const dir = resolveDiagramCacheDir();
  const file = path.join(dir, `${hash}.svg`);
  try {
    return { raw: await readFile(file, 'utf8'), origin: 'disk', renderMs: 0 };
  } catch {
    // Not cached yet: render below.
  }
  const started = performance.now();
  const raw = renderMermaidSVG(mermaidText, renderOptions);
  const renderMs = performance.now() - started;
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a parallel build never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, raw, 'utf8');
    await rename(temporary, file);
  } catch {
    // A read-only cache only costs speed.
  }
  return { raw, origin: 'rendered', renderMs };
}

/** Replaces `pattern` once in `svg`, failing loudly when a renderer upgrade changed its output shape. */
function replaceOnce(svg: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(svg))
    throw new Error(`renderDiagramSvg: ${DIAGRAM_RENDERER} output has no ${what}; update render-diagram-svg.ts for the new renderer.`);
  return svg.replace(pattern, replacement);
}

/** Adds `stroke-dasharray` from classDefs to node shapes; the renderer applies fill and stroke only. */
function applyDashedClasses(svg: string, mermaidText: string): string {
  const graph = parseMermaid(mermaidText);
  let result = svg;
  for (const [nodeId, className] of graph.classAssignments) {
    const dash = graph.classDefs.get(className)?.['stroke-dasharray'];
    if (!dash) continue;
    const nodeStart = result.indexOf(`<g class="node" data-id="${nodeId}"`);
    if (nodeStart < 0) continue;
    const shapeStart = result.indexOf('<', result.indexOf('>', nodeStart) + 1);
    const shapeEnd = result.indexOf('>', shapeStart);
    const selfClosing = result[shapeEnd - 1] === '/';
    const insertAt = selfClosing ? shapeEnd - 1 : shapeEnd;
    result = `${result.slice(0, insertAt).trimEnd()} stroke-dasharray="${escapeXml(dash)}"${selfClosing ? ' ' : ''}${result.slice(insertAt)}`;
  }
  return result;
}

/** Makes raw renderer output safe and themeable for inlining: no remote fonts, scoped styles, unique ids, an accessible name. */
function finishSvg(raw: string, mermaidText: string, hash: string, text: DiagramText): string {
  const idPrefix = `diagram-${hash.slice(0, 10)}`;
  let svg = raw;
  // Remote fonts break the CSP and leak visits; the site font stack is used instead.
  svg = svg.replace(/^\s*@import[^\n]*\n/gm, '');
  svg = replaceOnce(
    svg,
    /^\s*text \{ font-family: [^\n]*\}$/m,
    `  svg.archkb-diagram text { font-family: ${FONT_STACK}; }`,
    'text font rule',
  );
  // The renderer's bare "svg {" rule would reach every svg on the page once inlined.
  svg = replaceOnce(svg, /^\s*svg \{/m, '  svg.archkb-diagram {', 'svg variable rule');
  // Colours come from the page's --bg/--fg/--accent/... variables, so the site's light and dark palettes apply.
  svg = replaceOnce(
    svg,
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" (viewBox="[^"]*") width="([\d.]+)" height="([\d.]+)" style="[^"]*">/,
    `<svg xmlns="http://www.w3.org/2000/svg" $1 width="$2" height="$3" class="archkb-diagram" role="img" aria-labelledby="${idPrefix}-title ${idPrefix}-desc" style="background:var(--bg)">` +
      `\n<title id="${idPrefix}-title">${escapeXml(text.title)}</title>\n<desc id="${idPrefix}-desc">${escapeXml(text.description)}</desc>`,
    'svg root element',
  );
  svg = svg.replace(/id="arrowhead/g, `id="${idPrefix}-arrowhead`).replace(/url\(#arrowhead/g, `url(#${idPrefix}-arrowhead`);
  svg = applyDashedClasses(svg, mermaidText);
  // Labels keep Mermaid's entity codes through the renderer; only text and label attributes are decoded.
  svg = svg.replace(/>([^<]*)</g, (_match, content: string) => `>${decodeMermaidEntities(content)}<`);
  svg = svg.replace(/data-label="([^"]*)"/g, (_match, value: string) => `data-label="${decodeMermaidEntities(value)}"`);
  return svg;
}

/** Renders Mermaid text to an inline-ready SVG (cached by content hash), reporting where it came from and the time spent. */
export async function renderDiagram(mermaidText: string, text: DiagramText): Promise<RenderedDiagram> {
  const hash = hashDiagram(mermaidText);
  const wasInFlight = inFlight.has(hash);
  let pending = inFlight.get(hash);
  if (!pending) {
    pending = loadOrRender(mermaidText, hash);
    inFlight.set(hash, pending);
    pending.catch(() => inFlight.delete(hash));
  }
  const { raw, origin, renderMs } = await pending;
  const svg = finishSvg(raw, mermaidText, hash, text);
  return { svg, hash, origin: wasInFlight ? 'memory' : origin, renderMs: wasInFlight ? 0 : renderMs };
}

/** Renders Mermaid text to an inline SVG that takes its colours from the page: no scripts, no remote fonts, role="img". */
export async function renderDiagramSvg(mermaidText: string, text: DiagramText): Promise<string> {
  return (await renderDiagram(mermaidText, text)).svg;
}

/** Adds the site palette (light and dark) to an inline SVG so it reads on its own, e.g. as a downloaded .svg file. */
export function toStandaloneSvg(svg: string): string {
  const vars = (palette: Record<string, string>) =>
    Object.entries(palette)
      .map(([name, value]) => `--${name}: ${value};`)
      .join(' ');
  const style =
    `<style>\n  svg.archkb-diagram { color-scheme: light dark; ${vars(STANDALONE_PALETTE.light)} }\n` +
    `  @media (prefers-color-scheme: dark) { svg.archkb-diagram { ${vars(STANDALONE_PALETTE.dark)} } }\n</style>`;
  const withStyle = svg.replace(/(<desc [^>]*>[^<]*<\/desc>)/, `$1\n${style}`);
  if (withStyle === svg) throw new Error('toStandaloneSvg: expected an SVG from renderDiagramSvg (it has no <desc>).');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${withStyle}\n`;
}
