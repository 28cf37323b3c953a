// Crawls the built site served by our own server and reports every broken internal link (external URLs are skipped).
// Usage: npm run linkcheck   (reads ARCHKB_OUT_DIR like the build; exits 1 when a link is broken)
import type { AddressInfo } from 'node:net';
import { LinkChecker, LinkState } from 'linkinator';
import { startArchkbServer } from '../src/server/create-server.ts';
import { resolveOutDir } from './build-if-stale.ts';

/** A link that did not resolve, with the page it was found on. */
export interface BrokenLink {
  url: string;
  status: number | undefined;
  parent: string | undefined;
}

/** Outcome of one crawl: how many links were checked and which were broken. */
export interface LinkCheckResult {
  checked: number;
  broken: BrokenLink[];
}

/** Serves `distDir` on a free loopback port and crawls it from the home page, skipping every non-loopback URL. */
export async function checkLinks(distDir: string): Promise<LinkCheckResult> {
  const server = await startArchkbServer({ distDir, port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  try {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${origin}/`,
      recurse: true,
      concurrency: 8,
      timeout: 20_000,
      checkFragments: true,
      linksToSkip: async (link) => !link.startsWith(origin),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({ url: link.url.replace(origin, ''), status: link.status, parent: link.parent?.replace(origin, '') }));
    return { checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length, broken };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (import.meta.main) {
  const { checked, broken } = await checkLinks(resolveOutDir());
  for (const link of broken) console.error(`broken: ${link.url} (HTTP ${link.status ?? 'error'}) on ${link.parent ?? '?'}`);
  console.log(`link check: ${checked} internal links checked, ${broken.length} broken`);
  process.exit(broken.length > 0 ? 1 : 0);
}
