import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.ARCHKB_OUT_DIR ?? 'dist');
const stamp = path.join(outDir, 'server', 'entry.mjs');
// Everything a build reads: sources, content (or the folder ARCHKB_CONTENT_DIR names), registries, static files, the
// build scripts, the configuration and the installed dependencies.
const inputs = [
  'src',
  process.env.ARCHKB_CONTENT_DIR ?? 'content',
  'data',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** Newest modification time of a file or folder tree. */
function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/** Whether the build is missing or older than any input. */
export function isBuildStale(): boolean {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return inputs.some((input) => newestMtime(path.resolve(root, input)) > built);
}

/** Folder the built site lives in. */
export function resolveOutDir(): string {
  return outDir;
}

/** Runs the full build when the output folder is missing or older than its inputs. */
export function buildIfStale(): void {
  if (!isBuildStale() && !process.env.ARCHKB_FORCE_BUILD) return;
  console.log(`archkb: building the site into ${path.relative(root, outDir) || outDir} (missing or older than its sources)...`);
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

if (import.meta.main) buildIfStale();
