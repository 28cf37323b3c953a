import { describe, expect, it } from 'vitest';
import { buildSiteNavigation, SIDEBAR_PRODUCT_LIMIT } from '../../../src/lib/catalogue/index.ts';
import { buildArchitecture } from '../../fixtures/build-architecture.ts';

const variants = [
  { id: 'default', name: 'Default', summary: 'The smallest layout.', source: 'authgear-self-managed#introduction' },
  { id: 'ha', name: 'High availability', summary: 'Adds redundancy.', source: 'authgear-self-managed#introduction' },
];
const catalogue = Array.from({ length: SIDEBAR_PRODUCT_LIMIT + 3 }, (_, i) =>
  buildArchitecture({ id: `product-${String(i).padStart(2, '0')}`, product: `Product ${i}`, variants }),
);
const [identity] = buildSiteNavigation(catalogue, '/').categories;

describe('buildSiteNavigation', () => {
  it('lists a category up to the limit, linking to the rest', () => {
    expect(identity?.products.map((p) => p.label)).toEqual(catalogue.slice(0, SIDEBAR_PRODUCT_LIMIT).map((a) => a.product));
    expect(identity?.more?.href).toBe('/categories/identity/');
    expect(identity?.products.some((p) => p.open)).toBe(false);
  });

  it('keeps and opens the product being read beyond the limit, on its variant and sizing pages', () => {
    const last = catalogue.at(-1)!;
    for (const pathname of [`/architectures/${last.id}/`, `/architectures/${last.id}/ha/`, `/sizing/${last.id}/ha/`]) {
      const products = buildSiteNavigation(catalogue, pathname).categories[0]!.products;
      expect(products).toHaveLength(SIDEBAR_PRODUCT_LIMIT + 1);
      expect(products.at(-1)).toMatchObject({ label: last.product, open: true });
      expect(products.filter((p) => p.open)).toHaveLength(1);
      expect(products.at(-1)?.variants.find((v) => v.current)?.href ?? products.at(-1)?.sizing.find((s) => s.current)?.href).toBe(pathname);
    }
  });

  it('opens nothing for a product whose id only starts like the one being read, nor on an embed', () => {
    const prefixed = [...catalogue, buildArchitecture({ id: 'product-00-extra', product: 'Extra', variants })];
    const open = (pathname: string) => buildSiteNavigation(prefixed, pathname).categories[0]!.products.filter((p) => p.open);
    expect(open('/architectures/product-00-extra/').map((p) => p.label)).toEqual(['Extra']);
    expect(open('/embed/product-00/')).toEqual([]);
  });
});
