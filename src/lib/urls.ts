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

/** Path of a variant's sizing page: /sizing/<id>/ for the first variant, /sizing/<id>/<variant>/ for the others. */
export function toSizingPath(architecture: Pick<Architecture, 'id' | 'variants'>, variantId: string): string {
  const isDefault = architecture.variants[0]?.id === variantId;
  return isDefault ? `/sizing/${architecture.id}/` : `/sizing/${architecture.id}/${variantId}/`;
}

/** Path of the comparison page of two architectures; the pair is written in alphabetical order of ids. */
export function toComparisonPairPath(firstId: string, secondId: string): string {
  const [left, right] = [firstId, secondId].sort((a, b) => a.localeCompare(b));
  return `/compare/${left}-vs-${right}/`;
}

/** Path of a variant's diagram as Mermaid source; every variant, the default included, has one under its own id. */
export function toDiagramMermaidPath(architectureId: string, variantId: string): string {
  return `/architectures/${architectureId}/${variantId}/diagram.mmd`;
}

/** Path of a variant's diagram as a standalone SVG image. */
export function toDiagramSvgPath(architectureId: string, variantId: string): string {
  return `/architectures/${architectureId}/${variantId}/diagram.svg`;
}
