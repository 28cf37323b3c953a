import { describe, expect, it } from 'vitest';
import {
  findVariantBySlug,
  renderComparisonPairMarkdown,
  renderHomeMarkdown,
  renderLlmsFullTxt,
  renderLlmsTxt,
  renderVariantMarkdown,
  toMarkdownPath,
} from '../../../src/lib/markdown/index.ts';
import { listPrerenderedComparisonPairs } from '../../../src/lib/compare/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

const fixture = buildArchitecture({
  id: 'fixture',
  product: 'Fixture | Pipes',
  variants: [
    { id: 'default', name: 'Default', summary: 'The default variant.', source: 'authgear-self-managed#introduction' },
    { id: 'azure', name: 'On Azure', summary: 'The Azure variant.', cloud: 'azure', source: 'authgear-azure#cloud-resources-requirements' },
  ],
  components: [
    buildComponentInput({
      purpose: 'Stores <b>state</b> | and *more*.',
      notes: [{ kind: 'warning', text: 'Back it up.', source: 'authgear-self-managed#deployment-options' }],
    }),
  ],
});

describe('toMarkdownPath', () => {
  it('turns page paths into their .md twins', () => {
    expect(toMarkdownPath('/architectures/authgear/')).toBe('/architectures/authgear.md');
    expect(toMarkdownPath('/architectures/authgear/azure/')).toBe('/architectures/authgear/azure.md');
    expect(toMarkdownPath('/')).toBe('/index.md');
  });
});

describe('renderVariantMarkdown', () => {
  const site = new URL('https://archkb.example');
  const markdown = renderVariantMarkdown(fixture, 'default', site);

  it('has a title, variant links, a GFM components table, notes and sources', () => {
    expect(markdown).toMatch(/^# Fixture \\\| Pipes: Default$/m);
    expect(markdown).toContain('[On Azure](/architectures/fixture/azure.md)');
    expect(markdown).toMatch(/^\| Component \|.*\|$/m);
    expect(markdown).toMatch(/^\| --- \|/m);
    expect(markdown).toContain('**Warning (PostgreSQL):** Back it up.');
    expect(markdown).toContain('#src-authgear-self-managed-resources-reference');
  });

  it('ends with the line linking the page absolutely, with the export schema, content hash and date', () => {
    expect(markdown.trimEnd().split('\n').at(-1)).toMatch(
      /^Source: \[Fixture \\\| Pipes: Default\]\(https:\/\/archkb\.example\/architectures\/fixture\/\) on archkb · export schema 1 · content [0-9a-f]{12}, sources read by 2026-11-23$/,
    );
  });

  it('escapes content so it never becomes HTML or breaks the table', () => {
    expect(markdown).not.toContain('<b>');
    const row = markdown.split('\n').find((line) => line.startsWith('| PostgreSQL'));
    expect(row).toContain('\\|');
  });
});

describe('home, llms.txt and llms-full.txt', () => {
  const architectures = loadContentArchitectures();
  const site = new URL('https://archkb.example');

  it('lists every architecture variant as an absolute .md link in llms.txt', () => {
    const llms = renderLlmsTxt(architectures, 'https://archkb.example/');
    const variants = architectures.flatMap((a) => a.variants).length;
    expect(llms.match(/\]\(https:\/\/archkb\.example\/architectures\/[^)]+\.md\)/g)?.length).toBe(variants);
    expect(llms).toContain('https://archkb.example/llms-full.txt');
  });

  it('puts the catalogue and every variant page in llms-full.txt', () => {
    const full = renderLlmsFullTxt(architectures, site);
    expect(full.startsWith(renderHomeMarkdown(architectures))).toBe(true);
    for (const architecture of architectures)
      for (const variant of architecture.variants) expect(full).toContain(renderVariantMarkdown(architecture, variant.id, site));
  });

  it('renders a comparison pair page for a known slug only, and lists every pair in llms.txt', () => {
    const pair = renderComparisonPairMarkdown(architectures, 'authgear-vs-coder', site);
    expect(pair).toMatch(/^# Authgear vs Coder/);
    expect(pair).toMatch(/^\| Role \|/m);
    expect(renderComparisonPairMarkdown(architectures, 'coder-vs-authgear', site)).toBeUndefined();
    const pairs = listPrerenderedComparisonPairs(architectures).length;
    expect(pairs).toBeGreaterThan(0);
    expect(renderLlmsTxt(architectures, 'https://archkb.example').match(/\/compare\/[a-z-]+-vs-[a-z-]+\.md\)/g)?.length).toBe(pairs);
  });

  it('finds a variant by its page slug and nothing for an unknown one', () => {
    expect(findVariantBySlug([fixture], 'fixture')?.variantId).toBe('default');
    expect(findVariantBySlug([fixture], 'fixture/azure')?.variantId).toBe('azure');
    expect(findVariantBySlug([fixture], 'fixture/default')).toBeUndefined();
    expect(findVariantBySlug([fixture], '../etc')).toBeUndefined();
  });
});
