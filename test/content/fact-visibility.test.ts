import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildExportProvenance, buildExportUrls, generateComponentJson, type ComponentJson } from '../../src/lib/catalogue/index.ts';
import { renderVariantMarkdown } from '../../src/lib/markdown/index.ts';
import { listArchitectureFacts, listVariantFacts, resolveVariant, type Fact } from '../../src/lib/model/index.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';

// Issue 10, item 3: every fact the model holds must reach the reader. For every real variant, each fact of
// listArchitectureFacts and listVariantFacts must show in the Markdown export (the page's .md twin) and, for facts
// about a component, in components.json. The exports are called as functions; the site is not built.

/** Collapses runs of whitespace, so a line break inside a cell or a list item reads as the space it renders as. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text a node renders, cells of a row separated by " | ", line breaks and raw HTML (only <br>) as spaces. */
function readText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
    case 'break':
      return ' ';
    case 'tableRow':
      return node.children.map(readText).join(' | ');
    default:
      return 'children' in node ? node.children.map((child) => readText(child)).join(node.type === 'listItem' || node.type === 'list' ? ' ' : '') : '';
  }
}

/** What a reader sees as separate lines: headings, paragraphs, list items and table rows, as plain text. */
function readBlocks(markdown: string): string[] {
  const collect = (node: Nodes): string[] => {
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'listItem' || node.type === 'tableRow') return [normalise(readText(node))];
    return 'children' in node ? node.children.flatMap((child) => collect(child)) : [];
  };
  return collect(unified().use(remarkParse).use(remarkGfm).parse(markdown));
}

/** Splits "Label: rest" at the first colon, for facts whose label the export shows apart from the value. */
function splitLabel(text: string): [string, string] {
  const at = text.indexOf(': ');
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 2)];
}

/**
 * The pieces of a fact a reader must find together on one line of the Markdown. Most facts show as written, next to
 * what they are about. Four are shown under a label of their own: role and technology in their table columns (the
 * column header carries "Role" / "Technology"), necessity as its level with the condition beside it, and notes as
 * "Kind (Subject): text".
 */
function markdownPieces(fact: Fact): string[] {
  const subject = fact.component === null ? [] : [fact.subject];
  switch (fact.attribute) {
    case 'role':
    case 'technology':
      return [...subject, splitLabel(fact.text)[1]];
    case 'necessity':
    case 'note':
      return [...splitLabel(fact.text), fact.subject].filter(Boolean);
    default:
      return [...subject, fact.text];
  }
}

/** The pieces of a component fact that must appear in its components.json row (which is about that component). */
function jsonPieces(fact: Fact): string[] {
  switch (fact.attribute) {
    case 'role':
    case 'technology':
      return [splitLabel(fact.text)[1]];
    case 'necessity':
      return splitLabel(fact.text).filter(Boolean);
    default:
      return [fact.text];
  }
}

/** Every string in a value, except under `facts` (the raw fact list the row carries): what the row's columns show. */
function collectShownStrings(value: unknown): string[] {
  if (typeof value === 'string') return [normalise(value)];
  if (Array.isArray(value)) return value.flatMap(collectShownStrings);
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'facts' ? [] : collectShownStrings(child)));
}

const variants = loadContentArchitectures().flatMap((architecture) => architecture.variants.map((variant) => ({ architecture, variantId: variant.id })));

/** The public origin exports are written against in this test. */
const site = new URL('https://archkb.example/');

describe('every modelled fact reaches the reader', () => {
  it('covers every real variant', () => {
    expect(variants.length).toBeGreaterThan(0);
  });

  for (const { architecture, variantId } of variants) {
    describe(`${architecture.id}/${variantId}`, () => {
      const resolved = resolveVariant(architecture, variantId);
      const facts = [...listArchitectureFacts(architecture, variantId), ...listVariantFacts(resolved)];
      const markdown = renderVariantMarkdown(architecture, variantId, site);

      it('shows every fact in the Markdown export, with what it is about', () => {
        const blocks = readBlocks(markdown);
        const document = blocks.join('\n');
        const missing = facts.filter((fact) => {
          // The fact listing the variants is shown as the page title and its variant links.
          if (fact.attribute === 'variants') return !architecture.variants.every((variant) => document.includes(normalise(variant.name)));
          const pieces = markdownPieces(fact).map(normalise);
          return !blocks.some((block) => pieces.every((piece) => block.includes(piece)));
        });
        expect(facts.length).toBeGreaterThan(0);
        expect(missing.map((fact) => `${fact.id}: ${fact.text}`)).toEqual([]);
      });

      it('shows every component fact in components.json, in that component row', () => {
        const json = JSON.parse(generateComponentJson(resolved, buildExportUrls(architecture, variantId), buildExportProvenance([architecture], new URL('/architectures/', site)))) as ComponentJson;
        const componentFacts = facts.filter((fact) => fact.component !== null && fact.attribute !== 'connection');
        const missing = componentFacts.filter((fact) => {
          const shown = collectShownStrings(json.components.find((row) => row.id === fact.component));
          return !jsonPieces(fact).every((piece) => shown.some((text) => text.includes(normalise(piece))));
        });
        expect(componentFacts.length).toBeGreaterThan(0);
        expect(missing.map((fact) => `${fact.id}: ${fact.text}`)).toEqual([]);
      });
    });
  }
});
