import { evaluate } from '@mdx-js/mdx';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { Marked } from 'marked';
import { init as initMd4w, mdToHtml as md4cToHtml } from 'md4w';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as jsxRuntime from 'react/jsx-runtime';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/** A real Markdown renderer from npm, as a docs tool configures it. */
export interface MarkdownRenderer {
  /** Short id used in test names and the measurement table. */
  id: string;
  /** Which docs tools render Markdown this way. */
  standsFor: string;
  /** Whether raw HTML passes through (false: it is escaped, omitted or refused). */
  rawHtml: boolean;
  /** Renders Markdown to HTML; throws when the renderer refuses the document (as MDX does). */
  render(markdown: string): Promise<string>;
}

let md4wReady: Promise<void> | undefined;

/** Every renderer the exports must survive, as each docs tool runs it. */
export const markdownRenderers: readonly MarkdownRenderer[] = [
  {
    id: 'mdx',
    standsFor: 'MDX 3 + remark-gfm (Docusaurus, Starlight .mdx, Nextra), rendered with React',
    rawHtml: false,
    async render(markdown) {
      const { default: Content } = await evaluate(markdown, { ...jsxRuntime, remarkPlugins: [remarkGfm] });
      return renderToStaticMarkup(createElement(Content as ComponentType));
    },
  },
  {
    id: 'markdown-it',
    standsFor: 'markdown-it defaults (html: false)',
    rawHtml: false,
    render: async (markdown) => new MarkdownIt().render(markdown),
  },
  {
    id: 'markdown-it-html',
    standsFor: 'markdown-it with html: true (VitePress)',
    rawHtml: true,
    render: async (markdown) => new MarkdownIt({ html: true }).render(markdown),
  },
  {
    id: 'marked',
    standsFor: 'marked with GFM (its default)',
    rawHtml: true,
    render: async (markdown) => new Marked({ gfm: true, async: false }).parse(markdown) as string,
  },
  {
    id: 'micromark-gfm',
    standsFor: 'micromark + GFM, safe by default: strict CommonMark and GFM as GitHub and GitLab specify them',
    rawHtml: false,
    render: async (markdown) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
  },
  {
    id: 'remark-gfm',
    standsFor: 'unified: remark-parse + remark-gfm + remark-rehype defaults (raw HTML dropped)',
    rawHtml: false,
    render: async (markdown) =>
      String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(markdown)),
  },
  {
    id: 'md4c',
    standsFor: 'md4c (C, WebAssembly build md4w) with tables and no raw HTML',
    rawHtml: false,
    async render(markdown) {
      await (md4wReady ??= initMd4w());
      return md4cToHtml(markdown, { parseFlags: ['TABLES', 'STRIKETHROUGH', 'PERMISSIVE_URL_AUTO_LINKS', 'NO_HTML'] });
    },
  },
];

/** The text a rendered element shows, with <br> elements read as line breaks. */
function readText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  if ((node as Element).tagName === 'BR') return '\n';
  return [...node.childNodes].map(readText).join('');
}

/** Every table in rendered HTML as rows of cell texts, header first; `<br>` elements read as "\n". */
export function readHtmlTables(html: string): string[][][] {
  const { document } = new JSDOM(html).window;
  return [...document.querySelectorAll('table')].map((table) =>
    [...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map(readText)),
  );
}

/** Signs that a renderer dropped part of a document: cmark-gfm's safe mode replaces raw HTML with a comment. */
export function findOmissions(html: string): string[] {
  return /raw HTML omitted/i.test(html) ? ['raw HTML omitted'] : [];
}
