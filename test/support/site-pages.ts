import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Extracts the <loc> URLs of a sitemap or sitemap index. */
function parseLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1] ?? '').filter(Boolean);
}

/** Lists every page path the site's sitemap names, read through the running server so new pages are picked up. */
export async function listSitemapPaths(baseUrl: string): Promise<string[]> {
  const index = await fetch(`${baseUrl}/sitemap-index.xml`);
  if (!index.ok) throw new Error(`GET /sitemap-index.xml answered ${index.status}: is @astrojs/sitemap registered in astro.config.mjs?`);
  const paths = new Set<string>();
  for (const sitemapUrl of parseLocs(await index.text())) {
    const sitemap = await fetch(`${baseUrl}${new URL(sitemapUrl).pathname}`);
    if (!sitemap.ok) throw new Error(`GET ${new URL(sitemapUrl).pathname} answered ${sitemap.status}.`);
    for (const loc of parseLocs(await sitemap.text())) paths.add(new URL(loc).pathname);
  }
  return [...paths].sort();
}

/** Sitemap pages plus the embed pages (kept out of the sitemap on purpose, but still pages people load). */
export async function listPagesToCheck(baseUrl: string): Promise<string[]> {
  const catalogue = (await (await fetch(`${baseUrl}/api/architectures.json`)).json()) as { architectures: { urls: { embed?: string } }[] };
  const embeds = catalogue.architectures.flatMap((a) => (a.urls.embed ? [new URL(a.urls.embed, baseUrl).pathname] : []));
  return [...new Set([...(await listSitemapPaths(baseUrl)), ...embeds])].sort();
}

/** Lists the built HTML files under a folder, as absolute paths. */
export function listHtmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const absolute = path.join(folder, name);
    if (statSync(absolute).isDirectory()) return listHtmlFiles(absolute);
    return name.endsWith('.html') ? [absolute] : [];
  });
}

/** Fetches a path and tells whether it exists (2xx), so feature tests can name what is missing. */
export async function isServed(baseUrl: string, pathname: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}${pathname}`, { method: 'HEAD' });
  return response.ok;
}
