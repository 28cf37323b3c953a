import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/** Fetches a page and returns status and HTML. */
async function getPage(path: string): Promise<{ status: number; html: string }> {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, html: await response.text() };
}

/** Whether the HTML has a script element without a src (the CSP forbids inline script). */
function hasInlineScript(html: string): boolean {
  return [...html.matchAll(/<script\b([^>]*)>/gi)].some(
    ([, attributes]) => !/\bsrc=/.test(attributes ?? '') && !/type="application\/(ld\+)?json"/.test(attributes ?? ''),
  );
}

describe('comparison pages', () => {
  it('shows every architecture in /compare/, with not-used cells and no inline script', async () => {
    const catalogue = (await (await fetch(`${baseUrl}/api/architectures.json`)).json()) as {
      architectures: { id: string; product: string }[];
    };
    const { status, html } = await getPage('/compare/');
    expect(status).toBe(200);
    for (const architecture of catalogue.architectures) expect(html).toContain(`href="/architectures/${architecture.id}/"`);
    expect(html).toContain('Not used');
    expect(html).toContain('Not stated by the vendor');
    expect(html).toMatch(/<form[^>]+method="get"[^>]+action="\/compare\/custom\/"/);
    expect(hasInlineScript(html)).toBe(false);
  });

  it('prerenders a pair page', async () => {
    const { status, html } = await getPage('/compare/authgear-vs-coder/');
    expect(status).toBe(200);
    expect(html).toContain('Only Authgear uses');
  });

  it('renders a picked set on demand, shows an empty picker without a pick, and refuses an unknown pick with 400 without echoing it', async () => {
    const picked = await getPage('/compare/custom/?v=authgear.azure&v=authgear.self-managed');
    expect(picked.status).toBe(200);
    expect(picked.html).toContain('Azure reference architecture');
    const bad = await getPage(`/compare/custom/?v=${encodeURIComponent('<script>x</script>')}`);
    expect(bad.status).toBe(400);
    expect(bad.html).not.toContain('<script>x');
    const empty = await getPage('/compare/custom/');
    expect(empty.status).toBe(200);
    expect(empty.html).toContain('name="v"');
  });
});

describe('sizing pages', () => {
  it('prerenders 1,000 / 10,000 / 100,000 users, links its island as a file, and is linked from the compare page', async () => {
    const { status, html } = await getPage('/sizing/authgear/');
    expect(status).toBe(200);
    for (const users of ['1,000 users', '10,000 users', '100,000 users']) expect(html).toContain(users);
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(hasInlineScript(html)).toBe(false);
    expect(html).toContain('data-sizing-form');
    expect((await getPage('/compare/')).html).toContain('href="/sizing/authgear/"');
  });
});

describe('site footer', () => {
  it('spaces the dot between every pair of footer links, the last pair included', async () => {
    const { html } = await getPage('/compare/');
    const links = /<p class="footer-links"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    const text = links
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(text).toBe('Search · Compare · Ask · llms.txt · Catalogue JSON');
  });
});
