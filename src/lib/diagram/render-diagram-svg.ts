import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagramModel } from './build-diagram-model.ts';
import { drawDiagramSvg, type DiagramText } from './draw-diagram-svg.ts';
import { layoutDiagram, type DiagramLayout } from './layout-diagram.ts';

export type { DiagramText } from './draw-diagram-svg.ts';

/** Reads the installed layout engine's version from its package.json (not exported by the package, so found on disk). */
function readLayoutEngineVersion(): string {
  let packageJson = path.resolve('node_modules/elkjs/package.json');
  try {
    packageJson = path.join(path.dirname(fileURLToPath(import.meta.resolve('elkjs/lib/elk.bundled.js'))), '..', 'package.json');
  } catch {
    // Some module runners lack import.meta.resolve; the project root's node_modules is the fallback.
  }
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/**
 * Layout engine and archkb's layout rules; part of every cache key, so upgrading ELK or changing layout-diagram.ts
 * (bump the trailing number) lays every diagram out again. Drawing is not cached: it is cheap and always current.
 */
export const DIAGRAM_RENDERER = `elkjs@${readLayoutEngineVersion()}+archkb-layout-1`;

/** Site palette for the standalone .svg export; mirrors :root in src/styles/global.css. */
export const STANDALONE_PALETTE = {
  light: { bg: '#ffffff', fg: '#1b1f24', muted: '#57606a', border: '#d0d7de', accent: '#0550ae', surface: '#f6f8fa' },
  dark: { bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', border: '#3d444d', accent: '#58a6ff', surface: '#161b22' },
} as const;

/** A rendered diagram and what producing it cost. */
export interface RenderedDiagram {
  svg: string;
  /** Content hash of the model and renderer; also the cache file name. */
  hash: string;
  /** Width and height at natural size, in px. */
  width: number;
  height: number;
  /** Where the layout came from in this call. */
  origin: 'memory' | 'disk' | 'rendered';
  /** Milliseconds spent laying out; 0 when cached. */
  renderMs: number;
}

/** Hash identifying one layout: the model and the renderer version. */
export function hashDiagram(model: DiagramModel): string {
  return createHash('sha256')
    .update(`${DIAGRAM_RENDERER}\0${JSON.stringify(model)}`)
    .digest('hex');
}

/** Folder holding cached layouts, keyed by hash. */
export function resolveDiagramCacheDir(): string {
  return path.resolve(process.env.ARCHKB_DIAGRAM_CACHE_DIR ?? 'node_modules/.cache/archkb-diagrams');
}

// One promise per hash for the whole process, so a build never lays out the same diagram twice.
const inFlight = new Map<string, Promise<{ layout: DiagramLayout; origin: 'disk' | 'rendered'; renderMs: number }>>();

/** Reads the layout for `hash` from disk, or lays it out and stores it. */
async function loadOrLayout(
  model: DiagramModel,
  hash: string,
): Promise<{ layout: DiagramLayout; origin: 'disk' | 'rendered'; renderMs: number }> {
  const dir = resolveDiagramCacheDir();
  const file = path.join(dir, `${hash}.json`);
  try {
    return { layout: JSON.parse(await readFile(file, 'utf8')) as DiagramLayout, origin: 'disk', renderMs: 0 };
  } catch {
    // Not cached yet (or unreadable): lay it out below.
  }
  const started = performance.now();
  const layout = await layoutDiagram(model);
  const renderMs = performance.now() - started;
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a parallel build never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(layout), 'utf8');
    await rename(temporary, file);
  } catch {
    // A read-only cache only costs speed.
  }
  return { layout, origin: 'rendered', renderMs };
}

/** Lays out (cached by content hash) and draws a diagram model as an inline SVG, reporting where the layout came from. */
export async function renderDiagram(model: DiagramModel, text: DiagramText): Promise<RenderedDiagram> {
  const hash = hashDiagram(model);
  const wasInFlight = inFlight.has(hash);
  let pending = inFlight.get(hash);
  if (!pending) {
    pending = loadOrLayout(model, hash);
    inFlight.set(hash, pending);
    pending.catch(() => inFlight.delete(hash));
  }
  const { layout, origin, renderMs } = await pending;
  return {
    svg: drawDiagramSvg(layout, `diagram-${hash.slice(0, 10)}`, text),
    hash,
    width: layout.width,
    height: layout.height,
    origin: wasInFlight ? 'memory' : origin,
    renderMs: wasInFlight ? 0 : renderMs,
  };
}

/** Renders a diagram model to an inline SVG that takes its colours from the page: no scripts, no remote fonts, role="img". */
export async function renderDiagramSvg(model: DiagramModel, text: DiagramText): Promise<string> {
  return (await renderDiagram(model, text)).svg;
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
