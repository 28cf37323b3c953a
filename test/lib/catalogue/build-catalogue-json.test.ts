import { describe, expect, it } from 'vitest';
import { buildCatalogueJson } from '../../../src/lib/catalogue/index.ts';
import { loadContentArchitectures } from '../../fixtures/load-real-content.ts';

describe('buildCatalogueJson', () => {
  const architectures = loadContentArchitectures();
  const catalogue = buildCatalogueJson(architectures);

  it('lists every architecture with its variants, components, requirements and citations', () => {
    expect(catalogue.architectures.map((a) => a.id)).toEqual(architectures.map((a) => a.id));
    const authgear = catalogue.architectures.find((a) => a.id === 'authgear');
    expect(authgear?.variants.map((v) => v.sizingPath)).toEqual(['/sizing/authgear/', '/sizing/authgear/azure/']);
    const postgresql = authgear?.components.find((c) => c.id === 'postgresql');
    expect(postgresql?.roleLabel).toBe('Relational database');
    expect(postgresql?.requirements?.[0]).toMatchObject({
      nodes: 2,
      storage: { amount: { low: 500, high: 500, text: '500 GB' } },
      source: [
        {
          doc: 'authgear-self-managed',
          section: 'resources-reference',
          documentTitle: expect.any(String),
          sectionTitle: expect.any(String),
        },
      ],
    });
  });

  it('resolves every citation against the listed source documents', () => {
    const known = new Set(catalogue.sourceDocuments.flatMap((d) => d.sections.map((s) => `${d.id}#${s.id}`)));
    const refs = JSON.stringify(catalogue.architectures).matchAll(/\{"doc":"([^"]+)","section":"([^"]+)"/g);
    let count = 0;
    for (const [, doc, section] of refs) {
      count += 1;
      expect(known.has(`${doc}#${section}`), `${doc}#${section}`).toBe(true);
    }
    expect(count).toBeGreaterThan(10);
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
  });
});
