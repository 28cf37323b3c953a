import { describe, expect, it } from 'vitest';
import {
  buildComponentTable,
  buildExportProvenance,
  buildExportUrls,
  generateComponentJson,
  type ComponentJson,
} from '../../../src/lib/catalogue/index.ts';
import { resolveVariant } from '../../../src/lib/model/index.ts';
import { buildArchitecture, buildComponentInput } from '../../fixtures/build-architecture.ts';
import { TRICKY_TEXTS } from '../../fixtures/build-component-row.ts';

describe('generateComponentJson', () => {
  const architecture = buildArchitecture({
    components: [
      buildComponentInput({ id: 'db', name: 'a | b, "quoted" <b>x</b> =SUM(A1)', purpose: TRICKY_TEXTS.join(' / ') }),
      buildComponentInput({
        id: 'cache',
        name: 'Cache',
        role: 'cache',
        technology: 'Redis',
        necessity: { level: 'optional', source: 'authgear-self-managed#resources-reference' },
      }),
    ],
  });
  const resolved = resolveVariant(architecture, 'default');
  const urls = buildExportUrls(architecture, 'default');
  const provenance = buildExportProvenance([architecture], new URL(urls.page, 'https://archkb.example'));
  const parsed = JSON.parse(generateComponentJson(resolved, urls, provenance)) as ComponentJson;

  it('parses back to the component rows, with labels and links to the page rows', () => {
    const rows = buildComponentTable(resolved);
    expect(parsed.components.map(({ necessityLabel: _label, href: _href, ...row }) => row)).toEqual(
      rows.map(({ anchor: _anchor, ...row }) => row),
    );
    expect(parsed.components.map((c) => c.href)).toEqual([
      '/architectures/fixture/#component-db',
      '/architectures/fixture/#component-cache',
    ]);
    expect(parsed.components.map((c) => c.necessityLabel)).toEqual(['Required', 'Optional']);
  });

  it('names the architecture, the variant, the export urls and where it came from (fields added to schema 1, none removed)', () => {
    expect(parsed).toMatchObject({
      schemaVersion: 1,
      contentHash: provenance.contentHash,
      contentDate: provenance.contentDate,
      source: 'https://archkb.example/architectures/fixture/',
      architecture: { id: 'fixture', product: 'Fixture' },
      variant: { id: 'default' },
      urls,
    });
  });
});
