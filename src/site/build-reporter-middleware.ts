import path from 'node:path';
import { defineMiddleware } from 'astro:middleware';
import { sendBuildReport } from './build-reporter.ts';

/** The pages the search index reads, as a glob relative to the client folder (ARCHKB_SEARCHED_PAGES, set by scripts/build.ts). */
const searchedPages = process.env.ARCHKB_SEARCHED_PAGES;

/** The file a prerendered page is written to, relative to the client folder (`build.format: 'directory'`). */
function toPageFile(pathname: string): string {
  const trimmed = pathname.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

/**
 * Sends each prerendered page the search index reads to scripts/build.ts as Astro renders it, so Pagefind indexes it
 * on the other core while Astro renders the rest. Added by the build reporter integration only when a build asks.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!searchedPages || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const file = toPageFile(context.url.pathname);
  if (path.matchesGlob(file, searchedPages)) sendBuildReport({ kind: 'page', file, html: await response.clone().text() });
  return response;
});
