import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGuideFiles } from '../../src/lib/content/index.ts';
import {
  buildGuideSources,
  checkGuideFiles,
  listGuideArchitectures,
  listGuideElements,
  parseGuide,
  toPlainText,
  type Guide,
} from '../../src/lib/guides/index.ts';
import { renderGuideMarkdown } from '../../src/lib/markdown/index.ts';
import { GuideFrontmatterSchema } from '../../src/schemas/guide.ts';
import { loadContentArchitectures } from '../fixtures/load-real-content.ts';
import { findOmissions, markdownRenderers } from '../support/markdown-renderers.ts';
import { parseMarkdownTables } from '../support/parse-markdown-table.ts';

const root = path.resolve(import.meta.dirname, '../..');
const architectures = loadContentArchitectures();
const files = readGuideFiles(path.join(root, 'content/guides'), root);
const site = new URL('https://archkb.example');

/** Every real guide as the site reads it: frontmatter, id and body (the frontmatter cut off, as Astro's loader does). */
const guides: Guide[] = files.map((file) => {
  const frontmatter = GuideFrontmatterSchema.parse(parseGuide(file).frontmatter);
  const body = file.text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  return { ...frontmatter, id: path.basename(file.path, '.mdx'), body };
});
const productGuides = guides.filter((guide) => guide.architecture !== undefined);

/** The level-2 headings of a guide. */
function listSections(guide: Guide): string[] {
  const { tree } = parseGuide({ path: `${guide.id}.mdx`, text: `---\ntitle: x\n---\n${guide.body}` });
  return tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toPlainText(node));
}

describe('the real guides (content/guides)', () => {
  it('pass the guide check: every product, variant, component, fact and citation exists, and no figure is written by hand', () => {
    const { issues, guides: checked } = checkGuideFiles(files, architectures);
    expect(issues).toEqual([]);
    expect(checked).toHaveLength(files.length);
  });

  it('include a guide for every product and for the identity, internal-tool and development-environment categories', () => {
    expect(productGuides.map((guide) => guide.architecture).sort()).toEqual(architectures.map((a) => a.id).sort());
    expect(guides.flatMap((guide) => (guide.category ? [guide.category] : [])).sort()).toEqual(
      ['cloud-development-environments', 'identity', 'internal-tools'].sort(),
    );
  });

  it.each(productGuides.map((guide) => [guide.id, guide] as const))(
    '%s covers the decisions a deployment needs, with the live components',
    (_, guide) => {
      const sections = listSections(guide).join(' | ');
      for (const topic of [/variant/i, /required|need/i, /sizing/i, /managed/i, /high availability/i, /does not state/i]) {
        expect(sections).toMatch(topic);
      }
      const { tree } = parseGuide({ path: `${guide.id}.mdx`, text: `---\ntitle: x\n---\n${guide.body}` });
      const names = new Set(listGuideElements(tree).map((element) => element.name));
      for (const name of ['Fact', 'Cite', 'ComponentsTable', 'Diagram', 'Sizing', 'CloudMapping']) expect(names, name).toContain(name);
    },
  );

  it.each(guides.filter((guide) => guide.category).map((guide) => [guide.id, guide] as const))(
    '%s leads to the comparison: a matrix of its products and a link to its /compare/ section',
    (_, guide) => {
      const { tree } = parseGuide({ path: `${guide.id}.mdx`, text: `---\ntitle: x\n---\n${guide.body}` });
      const comparison = listGuideElements(tree).find((element) => element.name === 'Comparison');
      const columns = (comparison?.attributes.of as string[] | undefined)?.map((column) => column.split('/')[0]);
      expect(columns?.sort()).toEqual(listGuideArchitectures(guide, architectures).map((a) => a.id).sort());
      expect(guide.body).toContain(`](/compare/#${guide.category})`);
    },
  );

  it.each(guides.map((guide) => [guide.id, guide] as const))('%s cites only the documents of the products it covers', (_, guide) => {
    const sources = buildGuideSources(parseGuide({ path: 'x.mdx', text: `---\ntitle: x\n---\n${guide.body}` }).tree, architectures);
    const own = new Set(listGuideArchitectures(guide, architectures).flatMap((a) => a.sources));
    expect(sources.length).toBeGreaterThan(2);
    expect(sources.filter((source) => !own.has(source.doc)).map((source) => source.anchor)).toEqual([]);
  });

  it.each(guides.map((guide) => [guide.id, guide] as const))(
    '%s renders to Markdown that every docs renderer reads with every table intact',
    async (_, guide) => {
      const markdown = renderGuideMarkdown(guide, architectures, site);
      const tables = parseMarkdownTables(markdown).length;
      for (const renderer of markdownRenderers) {
        const html = await renderer.render(markdown);
        expect(findOmissions(html), renderer.id).toEqual([]);
        expect(html.match(/<table>/g)?.length ?? 0, renderer.id).toBe(tables);
      }
      expect(markdown).toContain(`Source: [${guide.title}](https://archkb.example/guides/${guide.id}/)`);
    },
  );
});
