// Decides whether a build can keep the pages of the last one: when only some architectures' content changed (same code,
// registries, sources, settings, the same set of architectures in the same categories), only their pages and the pages
// over the whole catalogue are rendered again, into a staging folder that is then merged into the output.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { resolveSourcesDirectory } from '../src/lib/content/index.ts';
import type { Architecture } from '../src/schemas/architecture.ts';

/** What the last successful build was made from, kept in the cache folder. */
export interface BuildManifest {
  format: 1;
  outDir: string;
  /** Digest of every input other than the architectures: code, registries, sources, settings, dependencies. */
  siteDigest: string;
  /** Per architecture: digest of its validated data and its category. */
  architectures: Record<string, { digest: string; category: string }>;
}

/** A full build (with why), or a partial one rendering the pages of `changed` into `stagingDir`. */
export type BuildPlan =
  | { kind: 'full'; reason: string; manifest: BuildManifest }
  | { kind: 'partial'; changed: string[]; stagingDir: string; manifest: BuildManifest };

const MANIFEST_FILE = 'archkb-build-manifest.json';

/** Project files and folders every page depends on, besides the architectures. */
const siteInputs = ['src', 'data', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json'];

/** Settings read at build time that change what every page holds. */
const siteSettings = ['ARCHKB_SITE', 'ARCHKB_OUTPUT'];

/** Adds a file or a folder tree (paths and bytes, in name order) to `hash`. */
function hashTree(hash: ReturnType<typeof createHash>, target: string, label: string): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) {
    hash.update(`${label}\0`).update(readFileSync(target)).update('\0');
    return;
  }
  for (const name of readdirSync(target).sort()) hashTree(hash, path.join(target, name), `${label}/${name}`);
}

/** Digest of everything but the architectures themselves. */
function digestSite(root: string, contentDir: string): string {
  const hash = createHash('sha256');
  for (const input of siteInputs) hashTree(hash, path.join(root, input), input);
  hashTree(hash, resolveSourcesDirectory(contentDir), 'sources');
  for (const name of siteSettings) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** Reads the last build's manifest, if there is a readable one. */
function readManifest(cacheDir: string): BuildManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST_FILE), 'utf8')) as BuildManifest;
    return manifest.format === 1 ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Plans the build of `architectures` into `outDir` from the last build's manifest in `cacheDir`. */
export function planBuild(options: {
  root: string;
  outDir: string;
  cacheDir: string;
  contentDir: string;
  architectures: readonly Architecture[];
}): BuildPlan {
  const manifest: BuildManifest = {
    format: 1,
    outDir: options.outDir,
    siteDigest: digestSite(options.root, options.contentDir),
    architectures: Object.fromEntries(
      options.architectures.map((architecture) => [
        architecture.id,
        { digest: createHash('sha256').update(JSON.stringify(architecture)).digest('hex'), category: architecture.category },
      ]),
    ),
  };
  const previous = readManifest(options.cacheDir);
  // Until this build succeeds, the output folder no longer matches any manifest.
  rmSync(path.join(options.cacheDir, MANIFEST_FILE), { force: true });
  const full = (reason: string): BuildPlan => ({ kind: 'full', reason, manifest });
  if (process.env.ARCHKB_FULL_BUILD) return full('ARCHKB_FULL_BUILD is set');
  if (!previous) return full('no earlier build recorded in this cache folder');
  if (previous.outDir !== options.outDir || !existsSync(path.join(options.outDir, 'server', 'entry.mjs')))
    return full('no earlier build in this output folder');
  if (previous.siteDigest !== manifest.siteDigest) return full('code, registries, source documents, settings or dependencies changed');
  const ids = Object.keys(manifest.architectures);
  if (ids.length !== Object.keys(previous.architectures).length || ids.some((id) => !previous.architectures[id])) {
    return full('architectures were added or removed');
  }
  const changed = ids.filter((id) => previous.architectures[id]!.digest !== manifest.architectures[id]!.digest);
  if (changed.some((id) => previous.architectures[id]!.category !== manifest.architectures[id]!.category)) {
    return full('an architecture changed category');
  }
  if (changed.length > Math.max(1, ids.length / 4)) return full(`${changed.length} of ${ids.length} architectures changed`);
  const stagingDir = `${options.outDir}-partial`;
  rmSync(stagingDir, { recursive: true, force: true });
  return { kind: 'partial', changed, stagingDir, manifest };
}

/**
 * Moves a partial build into the output folder: the server bundle is replaced whole (its content store holds every
 * architecture), the pages it rendered overwrite their old copies, and the sitemap of the full build is kept.
 */
export function mergePartialBuild(stagingDir: string, outDir: string): void {
  rmSync(path.join(outDir, 'server'), { recursive: true, force: true });
  renameSync(path.join(stagingDir, 'server'), path.join(outDir, 'server'));
  cpSync(path.join(stagingDir, 'client'), path.join(outDir, 'client'), {
    recursive: true,
    filter: (source) => !/[\\/]sitemap[^\\/]*\.xml$/.test(source),
  });
  rmSync(stagingDir, { recursive: true, force: true });
}

/** Records a successful build, so the next one can be partial. */
export function saveBuildManifest(manifest: BuildManifest, cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(path.join(cacheDir, MANIFEST_FILE), JSON.stringify(manifest));
}
