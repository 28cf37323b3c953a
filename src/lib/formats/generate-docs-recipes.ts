import { generateEmbedJsxSnippet, generateEmbedSnippet } from './generate-embed-snippet.ts';

/** Absolute addresses of what a recipe can use. */
export interface DocsRecipeUrls {
  /** The HTML page (what oEmbed and links point at). */
  page: URL;
  /** The Markdown export (components.md or comparison.md). */
  markdown: URL;
  /** The chrome-free embed page. */
  embed: URL;
  /** The diagram as SVG, when there is one. */
  svg?: URL | undefined;
}

/** One snippet of a recipe. */
export interface DocsRecipeSnippet {
  /** What to do with it, one sentence. */
  label: string;
  /** Language of the code, for highlighting: sh, mdx, md, text, yaml. */
  language: string;
  code: string;
}

/** How to use an export in one docs tool. */
export interface DocsRecipe {
  id: 'docusaurus' | 'starlight' | 'vitepress' | 'mkdocs' | 'github-gitlab' | 'notion-confluence';
  /** Tool names as a reader looks for them. */
  tool: string;
  /** One or two sentences: which way works there, and why. */
  summary: string;
  snippets: DocsRecipeSnippet[];
}

/** A file name stem from a title: "Authgear: Self-managed" -> "authgear-self-managed". */
export function toFileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // The line above leaves single dashes, so one at each end is all there is to trim.
    .replace(/^-|-$/g, '');
  return stem === '' ? 'archkb' : stem;
}

/** The shell line that fetches the Markdown export into a docs folder before each build. */
function fetchCommand(markdown: URL, target: string): string {
  return `curl -fsSL '${markdown.href.replace(/'/g, '%27')}' -o ${target}`;
}

/**
 * Generates the "use it in your docs" recipes for one exported page: paste the Markdown, include it at build time from
 * its .md URL, or embed it (iframe or oEmbed), for each tool as that tool accepts it.
 */
export function generateDocsRecipes(title: string, urls: DocsRecipeUrls): DocsRecipe[] {
  const stem = toFileStem(title);
  const iframe = generateEmbedSnippet(urls.embed, `${title} (archkb)`);
  const jsxIframe = generateEmbedJsxSnippet(urls.embed, `${title} (archkb)`);
  const linkText = title.replace(/[[\]\\]/g, '\\$&');
  return [
    {
      id: 'docusaurus',
      tool: 'Docusaurus, Nextra (MDX)',
      summary:
        'Paste the Markdown into any .md or .mdx page: the table has no HTML, so MDX compiles it. To keep it current, fetch the .md before each build and import it; for the live view, use the iframe as JSX.',
      snippets: [
        {
          label: 'Before each build (for example a prebuild script):',
          language: 'sh',
          code: fetchCommand(urls.markdown, `docs/_archkb/${stem}.md`),
        },
        { label: 'In the .mdx page:', language: 'mdx', code: `import Archkb from './_archkb/${stem}.md';\n\n<Archkb />` },
        { label: 'Live embed (MDX wants JSX, not an HTML string style):', language: 'mdx', code: jsxIframe },
      ],
    },
    {
      id: 'starlight',
      tool: 'Starlight, Astro',
      summary:
        'Paste the Markdown into a .md or .mdx page. To keep it current, fetch the .md before each build and render it from an .mdx page; for the live view, use the iframe as JSX.',
      snippets: [
        { label: 'Before each build:', language: 'sh', code: fetchCommand(urls.markdown, `src/content/docs/_archkb/${stem}.md`) },
        { label: 'In the .mdx page:', language: 'mdx', code: `import { Content as Archkb } from './_archkb/${stem}.md';\n\n<Archkb />` },
        { label: 'Live embed:', language: 'mdx', code: jsxIframe },
      ],
    },
    {
      id: 'vitepress',
      tool: 'VitePress (markdown-it)',
      summary:
        'Paste the Markdown, or fetch it before each build and include it with VitePress’s include directive; the iframe goes in as HTML.',
      snippets: [
        { label: 'Before each build:', language: 'sh', code: fetchCommand(urls.markdown, `docs/_archkb/${stem}.md`) },
        { label: 'In the page:', language: 'md', code: `<!--@include: ./_archkb/${stem}.md-->` },
        { label: 'Live embed:', language: 'md', code: iframe },
      ],
    },
    {
      id: 'mkdocs',
      tool: 'MkDocs (Python-Markdown)',
      summary:
        'Paste the Markdown (the tables extension is on by default), or include the .md URL at build time with pymdownx.snippets and url_download enabled; the iframe goes in as HTML.',
      snippets: [
        {
          label: 'mkdocs.yml:',
          language: 'yaml',
          code: 'markdown_extensions:\n  - tables\n  - pymdownx.snippets:\n      url_download: true',
        },
        { label: 'In the page:', language: 'md', code: `--8<-- "${urls.markdown.href}"` },
        { label: 'Live embed:', language: 'md', code: iframe },
      ],
    },
    {
      id: 'github-gitlab',
      tool: 'GitHub and GitLab Markdown (READMEs, wikis, issues)',
      summary:
        'Paste the Markdown: the table renders as one table with nothing omitted. Both strip iframes, so link the page instead' +
        (urls.svg ? ', with the diagram as an image.' : '.'),
      snippets: [
        {
          label: 'Link back:',
          language: 'md',
          code: urls.svg ? `[![${linkText} diagram](${urls.svg.href})](${urls.page.href})` : `[${linkText} on archkb](${urls.page.href})`,
        },
      ],
    },
    {
      id: 'notion-confluence',
      tool: 'Notion, Confluence, WordPress, Ghost, Discourse',
      summary:
        'Paste the page URL and choose embed: tools that resolve links with oEmbed discovery get the live table from it. Where a tool asks for an iframe address (Confluence’s iframe macro), give it the embed URL; to paste a static table, paste the Markdown.',
      snippets: [
        { label: 'Page URL (oEmbed):', language: 'text', code: urls.page.href },
        { label: 'Embed URL (iframe):', language: 'text', code: urls.embed.href },
      ],
    },
  ];
}
