import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiagramModel } from './build-diagram-model.ts';
import { drawDiagramSvg, type DiagramText } from './draw-diagram-svg.ts';
import {
  composeDiagramLayout,
  placeDiagram,
  prepareDiagramLayout,
  type DiagramPlacement,
  type PreparedDiagramLayout,
} from './layout-diagram.ts';

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
 * (bump the trailing number) lays every diagram out again. Only ELK's placement is cached, keyed by ELK's input:
 * diagrams that differ only in what ELK does not see (necessity, counts, line styles, the text of a box of the same
 * size) share one placement. Drawing is not cached: it is cheap and always current.
 */
export const DIAGRAM_RENDERER = `elkjs@${readLayoutEngineVersion()}+archkb-layout-2`;

/** Site palette for the standalone .svg export; mirrors :root in src/styles/global.css. */
export const STANDALONE_PALETTE = {
  light: { bg: '#ffffff', fg: '#1b1f24', muted: '#57606a', border: '#d0d7de', accent: '#0550ae', surface: '#f6f8fa' },
  dark: { bg: '#0d1117', fg: '#e6edf3', muted: '#9198a1', border: '#3d444d', accent: '#58a6ff', surface: '#161b22' },
} as const;

/** A rendered diagram and what producing it cost. */
export interface RenderedDiagram {
  svg: string;
  /** Content hash of the model and renderer (the drawing's ids derive from it). */
  hash: string;
  /** Content hash of ELK's input and the renderer; the cache file name, shared by diagrams ELK places alike. */
  layoutHash: string;
  /** Width and height at natural size, in px. */
  width: number;
  height: number;
  /** Where the layout came from in this call. */
  origin: 'memory' | 'disk' | 'rendered';
  /** Milliseconds spent laying out; 0 when cached. */
  renderMs: number;
}

/** Hash identifying one drawing: the model and the renderer version. */
export function hashDiagram(model: DiagramModel): string {
  return createHash('sha256')
    .update(`${DIAGRAM_RENDERER}\0${JSON.stringify(model)}`)
    .digest('hex');
}

/** Hash identifying one placement: ELK's input and the renderer version; the name of its file in the cache. */
function hashPreparedLayout(prepared: PreparedDiagramLayout): string {
  return createHash('sha256')
    .update(`${DIAGRAM_RENDERER}\0${JSON.stringify(prepared.graph)}`)
    .digest('hex');
}

/** Hash of the placement a model needs: models ELK places alike share it (see DIAGRAM_RENDERER). */
export function hashDiagramLayout(model: DiagramModel): string {
  return hashPreparedLayout(prepareDiagramLayout(model));
}

/** Folder holding cached layouts, keyed by hash. */
export function resolveDiagramCacheDir(): string {
  return path.resolve(process.env.ARCHKB_DIAGRAM_CACHE_DIR ?? 'node_modules/.cache/archkb-diagrams');
}

// One promise per placement for the whole process, so a build never runs ELK over the same input twice.
const inFlight = new Map<string, Promise<{ placement: DiagramPlacement; origin: 'disk' | 'rendered'; renderMs: number }>>();

/** Reads the placement for `hash` from disk, or runs ELK and stores it. */
async function loadOrPlace(
  prepared: PreparedDiagramLayout,
  hash: string,
): Promise<{ placement: DiagramPlacement; origin: 'disk' | 'rendered'; renderMs: number }> {
  const dir = resolveDiagramCacheDir();
  const file = path.join(dir, `${hash}.json`);
  try {
    return { placement: JSON.parse(await readFile(file, 'utf8')) as DiagramPlacement, origin: 'disk', renderMs: 0 };
  } catch {
    // Not cached yet (or unreadable): lay it out below.
  }
  const started = performance.now();
  const placement = await placeDiagram(prepared.graph);
  const renderMs = performance.now() - started;
  try {
    await mkdir(dir, { recursive: true });
    // Write then rename, so a parallel build never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(placement), 'utf8');
    await rename(temporary, file);
  } catch {
    // A read-only cache only costs speed.
  }
  return { placement, origin: 'rendered', renderMs };
}

/** Lays out (placement cached by ELK's input) and draws a diagram model as an inline SVG, reporting where the placement came from. */
export async function renderDiagram(model: DiagramModel, text: DiagramText): Promise<RenderedDiagram> {
  const prepared = prepareDiagramLayout(model);
  const layoutHash = hashPreparedLayout(prepared);
  const wasInFlight = inFlight.has(layoutHash);
  let pending = inFlight.get(layoutHash);
  if (!pending) {
    pending = loadOrPlace(prepared, layoutHash);
    inFlight.set(layoutHash, pending);
    pending.catch(() => inFlight.delete(layoutHash));
  }
  const { placement, origin, renderMs } = await pending;
  const layout = composeDiagramLayout(model, prepared, placement);
  const hash = hashDiagram(model);
  return {
    svg: drawDiagramSvg(layout, `diagram-${hash.slice(0, 10)}`, text),
    hash,
    layoutHash,
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
