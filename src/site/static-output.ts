import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Whether this build is for static hosting (ARCHKB_OUTPUT=static): no server, every feature from files. */
export function isStaticOutput(): boolean {
  return process.env.ARCHKB_OUTPUT === 'static';
}

/** Pages that read their query on the server; for static hosting they are built as shells the browser fills in. */
const browserFilledPages = ['src/pages/ask/index.astro', 'src/pages/compare/custom.astro'];

const ZOD_STAND_IN = '\0archkb:zod-stand-in';
const BUILT_REGISTRIES = '\0archkb:built-registries';

/**
 * Code of a stand-in for zod in browser bundles. The browser never validates: every file it reads was validated by
 * the build. But shared schema modules create zod schemas when they load, and zod would be most of the JavaScript; the
 * stand-in answers every property and call with itself, so those modules load and nothing is validated. Calls on it are
 * marked pure for the browser bundles, so a schema the browser never uses is dropped with its messages.
 */
const zodStandInCode = `function createStandIn() {
  const standIn = new Proxy(function () {}, {
    get: (_target, property) => (property === 'then' || typeof property === 'symbol' ? undefined : standIn),
    apply: () => standIn,
    construct: () => standIn,
  });
  return standIn;
}
const standIn = /* @__PURE__ */ createStandIn();
export const z = standIn;
export default standIn;`;

/** Library folders whose modules have no side effects when they load (the browser islands in src/scripts do). */
const pureModules = /[\\/](src[\\/](lib|schemas)|data)[\\/]|[\\/]node_modules[\\/](beautiful-mermaid|elkjs|entities|yaml)[\\/]/;

/**
 * Vite plugin for the browser bundles of a static build: the registries come in as the data the build already
 * validated (no zod, no validation code), zod becomes an inert stand-in, and library modules are marked free of side
 * effects so the engines' chunks keep only the code they call. Server bundles are left alone.
 */
function browserEnginesPlugin(root: string): Plugin {
  const registriesFile = path.join(root, 'src', 'schemas', 'registries.ts');
  return {
    name: 'archkb-static-browser-engines',
    enforce: 'pre',
    // Calls on zod's stand-in are inert, so a schema built in a shared module and not used in the browser is dropped.
    configEnvironment(name) {
      return name === 'client' ? { build: { rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } } } } : null;
    },
    async resolveId(source, importer, options) {
      if (options.ssr) return null;
      if (source === 'zod') return ZOD_STAND_IN;
      if (!source.endsWith('registries.ts') || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && path.resolve(resolved.id) === registriesFile ? BUILT_REGISTRIES : null;
    },
    async load(id, options) {
      if (options?.ssr) return null;
      if (id === ZOD_STAND_IN) return { code: zodStandInCode, moduleSideEffects: false };
      if (id === BUILT_REGISTRIES) {
        const registries = (await import(pathToFileURL(registriesFile).href)) as Record<string, unknown>;
        const code = Object.entries(registries)
          .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
          .join('\n');
        return { code, moduleSideEffects: false };
      }
      return null;
    },
    // The registries' data gets a chunk of its own: it is data (measured as such), fetched with the engines that read it.
    outputOptions(options) {
      const given = options.manualChunks;
      if (given !== undefined && typeof given !== 'function') return null;
      return {
        ...options,
        manualChunks: (id, meta) => (id === BUILT_REGISTRIES ? 'registries-data' : given?.(id, meta)),
      };
    },
    transform(_code, id, options) {
      if (options?.ssr || !pureModules.test(id)) return null;
      return { code: _code, map: null, moduleSideEffects: false };
    },
  };
}

/**
 * The static-hosting build (ARCHKB_OUTPUT=static): /ask/ and /compare/custom/ are prerendered as shells whose islands
 * answer from the data files the build writes, and the browser bundles are made small enough to carry the engines.
 * Everything else is the same build as server mode; scripts/build.ts writes the data and Markdown files around it.
 */
export function archkbStaticOutput(): AstroIntegration {
  return {
    name: 'archkb-static-output',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!isStaticOutput()) return;
        updateConfig({ vite: { plugins: [browserEnginesPlugin(path.resolve(decodeURI(config.root.pathname)))] } });
      },
      'astro:route:setup': ({ route }) => {
        if (isStaticOutput() && browserFilledPages.includes(route.component)) route.prerender = true;
      },
    },
  };
}
