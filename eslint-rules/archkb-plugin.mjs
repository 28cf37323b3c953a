// @ts-check
// Local ESLint rules: `archkb/layers` keeps imports flowing one way down the pipeline (see layers.mjs).
import path from 'node:path';
import { libAreas, outerLayers, registryReader } from './layers.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** @typedef {{ kind: 'lib', area: string, file: string } | { kind: 'outer', layer: string } | { kind: 'data' }} Place */

/** @type {Record<string, string[]>} */
const areas = libAreas;
/** @type {Record<string, string[]>} */
const outer = outerLayers;

/**
 * Where a repository-relative path sits in the pipeline, or null outside src/ and data/.
 * @param {string} relative
 * @returns {Place | null}
 */
function locate(relative) {
  const parts = relative.split('/');
  if (parts[0] === 'data') return { kind: 'data' };
  if (parts[0] === 'src' && parts[1] === 'lib' && parts.length > 3)
    return { kind: 'lib', area: parts[2] ?? '', file: parts.slice(3).join('/') };
  if (parts[0] === 'src' && parts.length > 2) return { kind: 'outer', layer: `src/${parts[1]}` };
  return null;
}

/**
 * Checks one import specifier of `filename`; returns a message with the fix, or null when allowed.
 * @param {string} filename
 * @param {string} specifier
 * @returns {string | null}
 */
function checkImport(filename, specifier) {
  // eslint-plugin-astro lints a component's <script> as a virtual file below the .astro file; resolve from the component.
  const file = filename.replace(/(\.astro)[\\/].*$/, '$1');
  const fromRel = path.relative(root, file).split(path.sep).join('/');
  const from = locate(fromRel);
  if (!from) return null;
  if (specifier.startsWith('astro:') && from.kind === 'lib') {
    return `src/lib is pure derivations and may not import ${specifier}; load collections in src/site/ and pass plain data in.`;
  }
  if (!specifier.startsWith('.')) return null;
  const targetRel = path
    .relative(root, path.resolve(path.dirname(file), specifier))
    .split(path.sep)
    .join('/');
  const to = locate(targetRel);
  if (!to) return null;
  if (to.kind === 'data') {
    return fromRel === registryReader
      ? null
      : `only ${registryReader} reads data/; import the registries from src/lib/model/index.ts instead.`;
  }
  if (from.kind === 'lib') {
    if (!(from.area in areas))
      return `src/lib/${from.area}/ is not a known area; add it to eslint-rules/layers.mjs with what it may import.`;
    if (to.kind === 'outer') {
      return to.layer === 'src/schemas'
        ? null
        : `src/lib/${from.area} may not import ${to.layer}; views and glue sit above the derivations.`;
    }
    if (to.area === from.area) return null;
    if (!areas[from.area]?.includes(to.area)) {
      return `src/lib/${from.area} may not import src/lib/${to.area} (allowed: ${areas[from.area]?.join(', ') || 'nothing'}); move the shared code down a layer.`;
    }
    return to.file === 'index.ts' ? null : `import src/lib/${to.area} through its index.ts, not ${to.file}.`;
  }
  if (from.kind === 'data') return null;
  const allowed = outer[from.layer];
  if (!allowed) return null;
  if (to.kind === 'lib') {
    if (!allowed.includes('lib')) return `${from.layer} may not import src/lib.`;
    return to.file === 'index.ts' ? null : `import src/lib/${to.area} through its index.ts, not ${to.file}.`;
  }
  return allowed.includes(to.layer) ? null : `${from.layer} may not import ${to.layer} (allowed: ${allowed.join(', ')}).`;
}

/** @type {import('eslint').Rule.RuleModule} */
const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports flow one way down the pipeline; areas are imported through index.ts.' },
    schema: [],
  },
  create(context) {
    /** @param {import('estree').Node | null | undefined} source */
    const report = (source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = checkImport(context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (node) => report(node.source),
      ExportNamedDeclaration: (node) => report(node.source),
      ExportAllDeclaration: (node) => report(node.source),
      ImportExpression: (node) => report(node.source),
    };
  },
};

/** @type {import('eslint').ESLint.Plugin} */
const plugin = { meta: { name: 'archkb' }, rules: { layers } };
export default plugin;
export { checkImport };
