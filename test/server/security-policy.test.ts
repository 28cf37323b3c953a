import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { resolveOutDir } from '../../scripts/build-if-stale.ts';
import { listHtmlFiles } from '../support/site-pages.ts';

const baseUrl = inject('baseUrl');
const clientDir = path.join(resolveOutDir(), 'client');

/** The first built file under `folder` whose name ends with `extension`, as a URL path, if any. */
function findBuiltAsset(folder: string, extension: string): string | undefined {
  const absolute = path.join(clientDir, folder);
  const name = readdirSync(absolute, { withFileTypes: true }).find((entry) => entry.isFile() && entry.name.endsWith(extension))?.name;
  return name ? `/${folder}/${name}` : undefined;
}

/** A bundled script of the build; a build without one fails the checks below instead of skipping them. */
const bundledScript = findBuiltAsset('_astro', '.js') ?? '/_astro/no-bundled-script-was-built.js';

/** One URL per kind of response the server gives: page, static asset, bundled script, API JSON, export, 404, embed. */
const responseKinds: { kind: string; pathname: string; embed?: boolean }[] = [
  { kind: 'bundled script', pathname: bundledScript },
  { kind: 'page', pathname: '/' },
  { kind: 'architecture page', pathname: '/architectures/authgear/' },
  { kind: 'static asset (favicon)', pathname: '/favicon.svg' },
  { kind: 'static asset (pagefind)', pathname: '/pagefind/pagefind.js' },
  { kind: 'sitemap', pathname: '/sitemap-index.xml' },
  { kind: 'prerendered API JSON', pathname: '/api/architectures.json' },
  { kind: 'on-demand API JSON', pathname: '/api/sizing?architecture=authgear&users=1000' },
  { kind: 'API error JSON', pathname: '/api/sizing?users=not-a-number' },
  { kind: 'ask API JSON', pathname: '/api/ask?q=what%20database%20does%20authgear%20need' },
  { kind: '404', pathname: '/no-such-page/' },
  { kind: 'embed page', pathname: '/embed/authgear/', embed: true },
];

describe('security headers on every kind of response', () => {
  it.each(responseKinds)(
    '$kind ($pathname) has CSP without unsafe-inline script, nosniff, a referrer policy and the right framing rule',
    async ({ pathname, embed }) => {
      const response = await fetch(`${baseUrl}${pathname}`);
      expect(response.status).toBeLessThan(500);
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name = '', ...values]) => [name, values]),
      );
      expect(directives.get('script-src')).toBeDefined();
      expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
      if (embed) {
        expect(directives.get('frame-ancestors')).not.toEqual(["'none'"]);
        expect(response.headers.get('x-frame-options')).toBeNull();
      } else {
        expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
        expect(response.headers.get('x-frame-options')).toBe('DENY');
      }
    },
  );

  it('the kinds above were all served (every planned endpoint, page and a bundled script exist)', async () => {
    const missing: string[] = [];
    for (const { pathname, kind } of responseKinds) {
      const response = await fetch(`${baseUrl}${pathname}`);
      const expected = kind === '404' ? 404 : kind === 'API error JSON' ? 400 : 200;
      if (response.status !== expected) missing.push(`${pathname}: ${response.status}, expected ${expected}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('built HTML', () => {
  const files = listHtmlFiles(clientDir);

  it('there are built pages to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has no inline <script> without src other than JSON data blocks (the CSP forbids inline script)', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        const isExternal = /\ssrc\s*=/i.test(tag);
        const isData = /\stype\s*=\s*["']?application\/(ld\+)?json/i.test(tag);
        if (!isExternal && !isData) offenders.push(`${path.relative(clientDir, file)}: ${tag}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has no inline event handler attributes (onclick=...), which the CSP would also block', () => {
    const offenders = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<[a-z][^>]*\son[a-z]+\s*=\s*["'][^>]*>/gi)].map(
        (m) => `${path.relative(clientDir, file)}: ${m[0].slice(0, 120)}`,
      ),
    );
    expect(offenders).toEqual([]);
  });
});
