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
const recipes = generateDocsRecipes(title, urls);

/** The recipe for one tool. */
function recipe(id: DocsRecipe['id']): DocsRecipe {
  const found = recipes.find((entry) => entry.id === id);
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
    expect(recipes.map((entry) => entry.id)).toEqual([
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

describe('toFileStem', () => {
  it('makes a safe kebab-case stem from any title', () => {
    expect(toFileStem('Authgear: Self-managed')).toBe('authgear-self-managed');
    expect(toFileStem('Ünïcödé / $5')).toBe('unicode-5');
    expect(toFileStem('日本語')).toBe('archkb');
  });
});
