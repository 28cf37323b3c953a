import { execSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.ARCHKB_OUT_DIR ?? 'dist');

// The search index is built from the prerendered HTML, so Pagefind runs after Astro.
execSync('astro build', { cwd: root, stdio: 'inherit' });
execSync(`pagefind --site "${path.join(outDir, 'client')}" --output-subdir pagefind`, { cwd: root, stdio: 'inherit' });
