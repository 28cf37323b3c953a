import type { Architecture } from '../../schemas/architecture.ts';

/** Title of a variant's page: the product alone when it has one variant, else "Product: Variant". */
export function formatVariantTitle(architecture: Pick<Architecture, 'product' | 'variants'>, variantName: string): string {
  return architecture.variants.length > 1 ? `${architecture.product}: ${variantName}` : architecture.product;
}
