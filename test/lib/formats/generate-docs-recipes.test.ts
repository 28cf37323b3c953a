import { compile } from '@mdx-js/mdx';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { generateDocsRecipes, toFileStem, type DocsRecipe } from '../../../src/lib/formats/index.ts';
import { markdownRenderers } from '../../support/markdown-renderers.ts';

const urls = {
  page: new URL('https://archkb.example/architectures/authgear/'),
  markdown: new URL('https://archkb.example/architectures/authgear/self-managed/components.md'),
  embed: new URL('https://archkb.example/embed/authgear/'),
  svg: new URL('https://archkb.example/architectures/authgear/self-managed/diagram.svg'),
};
const title = 'Authgear: Self-managed [beta]';

/** The recipe for one tool, generated inside the calling test (see TESTING.md, "Writing tests that mutation testing can see"). */
function recipe(id: DocsRecipe['id']): DocsRecipe {
  const found = generateDocsRecipes(title, urls).find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id} recipe`);
  return found;
}

/** Renders Markdown or MDX with the renderer a tool uses and returns the document. */
async function renderWith(rendererId: string, markdown: string): Promise<Document> {
  const renderer = markdownRenderers.find((entry) => entry.id === rendererId);
  if (!renderer) throw new Error(`no renderer ${rendererId}`);
  return new JSDOM(await renderer.render(markdown)).window.document;
}

/** Asserts the document holds exactly one iframe onto the embed. */
function expectOneEmbed(document: Document): void {
  const frames = document.querySelectorAll('iframe');
  expect(frames).toHaveLength(1);
  expect(new URL(frames[0]?.getAttribute('src') ?? '').pathname).toBe(urls.embed.pathname);
  expect(frames[0]?.getAttribute('title')).toBe(`${title} (archkb)`);
}

describe('generateDocsRecipes', () => {
  it('covers Docusaurus, Starlight, VitePress, MkDocs, GitHub/GitLab and Notion/Confluence', () => {
    expect(generateDocsRecipes(title, urls).map((entry) => entry.id)).toEqual([
      'docusaurus',
      'starlight',
      'vitepress',
      'mkdocs',
      'github-gitlab',
      'notion-confluence',
    ]);
  });

  it('fetches the .md URL into a file named after the title, for the tools that include at build time', () => {
    for (const id of ['docusaurus', 'starlight', 'vitepress'] as const) {
      const [fetch] = recipe(id).snippets;
      expect(fetch?.code).toBe(`curl -fsSL '${urls.markdown.href}' -o ${fetch?.code.split(' -o ')[1] ?? ''}`);
      expect(fetch?.code).toMatch(/\/_archkb\/authgear-self-managed-beta\.md$/);
    }
  });

  it.each(['docusaurus', 'starlight'] as const)('%s: the include compiles as MDX and imports the fetched file', async (id) => {
    const include = recipe(id).snippets[1]?.code ?? '';
    const compiled = String(await compile(include));
    expect(compiled).toContain('./_archkb/authgear-self-managed-beta.md');
  });

  it.each(['docusaurus', 'starlight'] as const)('%s: the live embed renders through MDX and React as one iframe', async (id) => {
    const embed = recipe(id).snippets[2]?.code ?? '';
    const document = await renderWith('mdx', embed);
    expectOneEmbed(document);
    expect(document.querySelector('iframe')?.getAttribute('style')).toMatch(/border:\s*0/);
  });

  it('vitepress: the embed renders through markdown-it with html on, as VitePress runs it', async () => {
    expectOneEmbed(await renderWith('markdown-it-html', recipe('vitepress').snippets[2]?.code ?? ''));
  });

  it('mkdocs: includes the .md URL with pymdownx.snippets (Python-Markdown is not on npm, so no renderer test here)', () => {
    expect(recipe('mkdocs').snippets.map((snippet) => snippet.code)).toContain(`--8<-- "${urls.markdown.href}"`);
  });

  it('github-gitlab: links the page with the diagram as an image, as safe GFM renders it', async () => {
    const document = await renderWith('micromark-gfm', recipe('github-gitlab').snippets[0]?.code ?? '');
    const link = document.querySelector('a');
    expect(link?.getAttribute('href')).toBe(urls.page.href);
    expect(link?.querySelector('img')?.getAttribute('src')).toBe(urls.svg.href);
    expect(link?.querySelector('img')?.getAttribute('alt')).toBe(`${title} diagram`);
  });

  it('github-gitlab: without a diagram, a plain link', async () => {
    const [snippet] =
      generateDocsRecipes('Compare', { ...urls, svg: undefined }).find((entry) => entry.id === 'github-gitlab')?.snippets ?? [];
    const document = await renderWith('micromark-gfm', snippet?.code ?? '');
    expect(document.querySelector('a')?.getAttribute('href')).toBe(urls.page.href);
    expect(document.querySelector('img')).toBeNull();
  });

  it('notion-confluence: gives the page URL for oEmbed and the embed URL for iframe macros', () => {
    expect(recipe('notion-confluence').snippets.map((snippet) => snippet.code)).toEqual([urls.page.href, urls.embed.href]);
  });
});

describe('generateDocsRecipes snippets, byte for byte', () => {
  // Worked out by hand from the title (stem "authgear-self-managed-beta", brackets escaped in link text) and the URLs above.
  const md = urls.markdown.href;
  const iframeSrc = 'https://archkb.example/embed/authgear/?autoheight=1';
  const iframe = `<iframe src="${iframeSrc}" title="${title} (archkb)" width="100%" height="600" loading="lazy" style="border:0"></iframe>`;
  const jsx = `<iframe src={"${iframeSrc}"} title={"${title} (archkb)"} width="100%" height="600" loading="lazy" style={{ border: 0 }} />`;

  it.each([
    [
      'docusaurus',
      [
        ['sh', `curl -fsSL '${md}' -o docs/_archkb/authgear-self-managed-beta.md`],
        ['mdx', "import Archkb from './_archkb/authgear-self-managed-beta.md';\n\n<Archkb />"],
        ['mdx', jsx],
      ],
    ],
    [
      'starlight',
      [
        ['sh', `curl -fsSL '${md}' -o src/content/docs/_archkb/authgear-self-managed-beta.md`],
        ['mdx', "import { Content as Archkb } from './_archkb/authgear-self-managed-beta.md';\n\n<Archkb />"],
        ['mdx', jsx],
      ],
    ],
    [
      'vitepress',
      [
        ['sh', `curl -fsSL '${md}' -o docs/_archkb/authgear-self-managed-beta.md`],
        ['md', '<!--@include: ./_archkb/authgear-self-managed-beta.md-->'],
        ['md', iframe],
      ],
    ],
    [
      'mkdocs',
      [
        ['yaml', 'markdown_extensions:\n  - tables\n  - pymdownx.snippets:\n      url_download: true'],
        ['md', `--8<-- "${md}"`],
        ['md', iframe],
      ],
    ],
    ['github-gitlab', [['md', `[![Authgear: Self-managed \\[beta\\] diagram](${urls.svg.href})](${urls.page.href})`]]],
    [
      'notion-confluence',
      [
        ['text', urls.page.href],
        ['text', urls.embed.href],
      ],
    ],
  ] as const)('%s: gives each snippet in its language, with a label saying what to do with it', (id, expected) => {
    const { snippets, summary, tool } = recipe(id);
    expect(snippets.map((snippet) => [snippet.language, snippet.code])).toEqual(expected);
    for (const snippet of snippets) expect(snippet.label).toMatch(/\S.*:$/);
    expect(summary).toMatch(/^[A-Z].*\.$/);
    expect(tool).toMatch(/^[A-Z]/);
  });

  it('github-gitlab: says to link the page, with the diagram only when there is one', () => {
    const withDiagram = recipe('github-gitlab').summary;
    const without = generateDocsRecipes(title, { ...urls, svg: undefined }).find((entry) => entry.id === 'github-gitlab');
    expect(withDiagram).toMatch(/so link the page instead, with the diagram as an image\.$/);
    expect(without?.summary).toMatch(/so link the page instead\.$/);
    expect(without?.snippets[0]?.code).toBe(`[Authgear: Self-managed \\[beta\\] on archkb](${urls.page.href})`);
  });

  it("percent-encodes a quote in the Markdown URL so it cannot end the shell's quoted argument", () => {
    const quoted = { ...urls, markdown: new URL("https://archkb.example/it's/components.md") };
    const [fetch] = generateDocsRecipes('A', quoted).find((entry) => entry.id === 'vitepress')?.snippets ?? [];
    expect(fetch?.code).toBe("curl -fsSL 'https://archkb.example/it%27s/components.md' -o docs/_archkb/a.md");
  });
});

describe('toFileStem', () => {
  it('makes a safe kebab-case stem from any title', () => {
    expect(toFileStem('Authgear: Self-managed')).toBe('authgear-self-managed');
    expect(toFileStem('Ünïcödé / $5')).toBe('unicode-5');
    expect(toFileStem('日本語')).toBe('archkb');
    expect(toFileStem('  --Réseau: A/B--  ')).toBe('reseau-a-b');
    expect(toFileStem('e\u0301\u0301x')).toBe('ex');
  });
});
