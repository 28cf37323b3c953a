import { buildSecurityHeaders } from './build-security-headers.ts';

/** One rule of a static host's headers file: a path pattern and the headers every matching response gets. */
export interface StaticHeaderRule {
  /** `/name` for a file, `/name/*` for everything under a folder, `/` for the home page. */
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The security headers of every response of a static build, as rules a static host applies by path: one rule per
 * top-level file or folder of the built site (named in `topLevel`, folders with a trailing slash), so the embed folder's
 * own rule never overlaps another one (hosts that merge overlapping rules would join two CSPs into one).
 */
export function buildStaticHeaderRules(topLevel: readonly string[]): StaticHeaderRule[] {
  const rules: StaticHeaderRule[] = [{ pattern: '/', headers: buildSecurityHeaders('/') }];
  for (const entry of [...topLevel].sort()) {
    const folder = entry.endsWith('/');
    const name = entry.replace(/\/$/, '');
    const pattern = folder ? `/${name}/*` : `/${name}`;
    rules.push({ pattern, headers: buildSecurityHeaders(folder ? `/${name}/` : `/${name}`) });
  }
  return rules;
}

/** Writes rules in the `_headers` format Netlify and Cloudflare Pages read (a pattern, then indented `Name: value` lines). */
export function formatStaticHeadersFile(rules: readonly StaticHeaderRule[]): string {
  return `${rules.map((rule) => [rule.pattern, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')).join('\n')}\n`;
}

/** Whether a `_headers` pattern matches a request path (exact, or `/folder/*` for anything below the folder). */
export function matchesStaticHeaderPattern(pattern: string, pathname: string): boolean {
  return pattern.endsWith('/*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
}
