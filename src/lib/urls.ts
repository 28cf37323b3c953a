import type { Architecture } from '../schemas/architecture.ts';

/** Path of a variant's page: the first variant lives at the architecture's own path, the others below it. */
export function toVariantPath(architecture: Pick<Architecture, 'id' | 'variants'>, variantId: string): string {
  const isDefault = architecture.variants[0]?.id === variantId;
  return isDefault ? `/architectures/${architecture.id}/` : `/architectures/${architecture.id}/${variantId}/`;
}

/** Path of an architecture's default page. */
export function toArchitecturePath(architectureId: string): string {
  return `/architectures/${architectureId}/`;
}
