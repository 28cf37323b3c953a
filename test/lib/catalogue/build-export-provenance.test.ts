import { describe, expect, it } from 'vitest';
import { buildExportProvenance, EXPORT_SCHEMA_VERSION, generateProvenanceMarkdown } from '../../../src/lib/catalogue/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { loadRealSourceDocuments } from '../../fixtures/load-real-content.ts';
import { parseMarkdownTables } from '../../support/parse-markdown-table.ts';

const page = new URL('https://archkb.example/architectures/fixture/');

describe('buildExportProvenance', () => {
  it('gives the same hash for the same content and a different one when a fact changes', () => {
    const first = buildExportProvenance([buildArchitecture()], page);
    expect(buildExportProvenance([buildArchitecture()], page).contentHash).toBe(first.contentHash);
    expect(first.contentHash).toMatch(/^[0-9a-f]{12}$/);
    const edited = buildArchitecture({ components: [buildComponentInput({ purpose: 'Stores something else.' })] });
    expect(buildExportProvenance([edited], page).contentHash).not.toBe(first.contentHash);
  });

  it('dates the content by the newest retrieval of the documents it cites, and names the page absolutely', () => {
    const cited = ['authgear-self-managed'];
    const newest = loadRealSourceDocuments()
      .filter((document) => cited.includes(document.id))
      .map((document) => document.retrieved ?? '')
      .sort()
      .at(-1);
    const provenance = buildExportProvenance([buildArchitecture()], page);
    expect(provenance).toEqual({
      schemaVersion: EXPORT_SCHEMA_VERSION,
      contentHash: provenance.contentHash,
      contentDate: newest,
      source: page.href,
    });
  });
});

describe('generateProvenanceMarkdown', () => {
  it('writes one plain Markdown line whose link survives parentheses in the URL and Markdown in the title', () => {
    const provenance = buildExportProvenance([buildArchitecture()], new URL('https://archkb.example/a (b)/'));
    const line = generateProvenanceMarkdown(provenance, 'Fixture | *Pipes*');
    expect(line).not.toMatch(/[\n<]/);
    expect(line).toContain('(https://archkb.example/a%20%28b%29/)');
    expect(line).toContain('[Fixture \\| \\*Pipes\\*]');
    expect(parseMarkdownTables(line)).toEqual([]);
  });
});
