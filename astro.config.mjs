// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { archkbBuildReporter } from './src/site/build-reporter.ts';
import { archkbStaticOutput } from './src/site/static-output.ts';

// ARCHKB_OUT_DIR and ARCHKB_CACHE_DIR let benchmarks and parallel builds use their own folders.
export default defineConfig({
  site: process.env.ARCHKB_SITE ?? 'http://localhost:4321',
  outDir: process.env.ARCHKB_OUT_DIR ?? './dist',
  cacheDir: process.env.ARCHKB_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  adapter: node({ mode: 'standalone' }),
  // Embeds are chrome-free, noindex duplicates of architecture pages; keep them out of the sitemap.
  // The /ask/ page renders on demand (it reads ?q=), so the sitemap, and the page tests that walk it, list it by hand.
  integrations: [
    mdx(),
    // ARCHKB_OUTPUT=static: a site any static host serves (see README); a no-op otherwise.
    archkbStaticOutput(),
    // Under scripts/build.ts: tells it when the output folder is emptied and hands it the searched pages; a no-op otherwise.
    archkbBuildReporter(),
    sitemap({
      filter: (page) => !new URL(page).pathname.startsWith('/embed/'),
      customPages: [new URL('/ask/', process.env.ARCHKB_SITE ?? 'http://localhost:4321').href],
    }),
  ],
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? 'localhost' },
  build: { inlineStylesheets: 'always' },
  // Never inline scripts: the CSP allows only same-origin script files, no inline script.
  // ARCHKB_STATIC tells the browser islands whether a server answers /api/* or they compute from the data files.
  vite: {
    build: { assetsInlineLimit: 0 },
    define: { 'import.meta.env.ARCHKB_STATIC': JSON.stringify(process.env.ARCHKB_OUTPUT === 'static') },
  },
});
