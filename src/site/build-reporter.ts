import type { AstroIntegration } from 'astro';

/**
 * What `astro build` tells scripts/build.ts over its IPC channel: that the output folder has been emptied (so files
 * written into it from now on stay), and the HTML of each prerendered page the search index reads.
 */
export type BuildReport = { kind: 'output-emptied' } | { kind: 'page'; file: string; html: string };

/** Whether this Astro process reports to a parent build (scripts/build.ts spawns it with an IPC channel and this set). */
export function isBuildReporting(): boolean {
  return process.env.ARCHKB_BUILD_REPORT === '1' && typeof process.send === 'function';
}

/** Sends one report to the parent build. */
export function sendBuildReport(report: BuildReport): void {
  process.send?.(report);
}

/**
 * Lets scripts/build.ts work alongside `astro build` instead of after it: it learns when Astro has emptied the output
 * folder and receives the pages the search index reads as Astro renders them. A no-op unless the build asked for it,
 * so `astro dev`, a bare `astro build` and the server run no extra code.
 */
export function archkbBuildReporter(): AstroIntegration {
  let emptied = false;
  return {
    name: 'archkb-build-reporter',
    hooks: {
      'astro:config:setup': ({ addMiddleware, command }) => {
        if (command !== 'build' || !isBuildReporting()) return;
        addMiddleware({ entrypoint: new URL('./build-reporter-middleware.ts', import.meta.url), order: 'pre' });
      },
      // Astro empties the output folder before it bundles; this hook runs once per bundle, after that.
      'astro:build:setup': () => {
        if (emptied || !isBuildReporting()) return;
        emptied = true;
        sendBuildReport({ kind: 'output-emptied' });
      },
    },
  };
}
