import type { Architecture } from '../../schemas/architecture.ts';

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

/** File formats of a variant's components-table exports. */
export type ComponentsExportFormat = 'markdown' | 'csv' | 'json';

/** File extension of an export format. */
function toExportExtension(format: ComponentsExportFormat): string {
  switch (format) {
    case 'markdown':
      return 'md';
    case 'csv':
      return 'csv';
    case 'json':
      return 'json';
    default: {
      const unreachable: never = format;
      return unreachable;
    }
  }
}

/** Path of a variant's components table as a file; every variant, the default included, has one under its own id. */
export function toComponentsExportPath(architectureId: string, variantId: string, format: ComponentsExportFormat): string {
  return `/architectures/${architectureId}/${variantId}/components.${toExportExtension(format)}`;
}

/** Path of a variant's chrome-free embed page, laid out like toVariantPath under /embed/. */
export function toEmbedPath(architecture: Pick<Architecture, 'id' | 'variants'>, variantId: string): string {
  return toVariantPath(architecture, variantId).replace(/^\/architectures\//, '/embed/');
}

/** Path of the whole-catalogue comparison as a file. */
export function toComparisonExportPath(format: ComponentsExportFormat): string {
  return `/compare/comparison.${toExportExtension(format)}`;
}

/** Path of the whole-catalogue comparison page. */
export function toComparisonPath(): string {
  return '/compare/';
}

/** Path of the comparison's chrome-free embed page. */
export function toComparisonEmbedPath(): string {
  return '/embed/compare/';
}

/** Path of one page of a category's product list: `/categories/<id>/`, then `/categories/<id>/2/` and on. */
export function toCategoryPath(categoryId: string, page = 1): string {
  return page <= 1 ? `/categories/${categoryId}/` : `/categories/${categoryId}/${page}/`;
}

/** Path of the validated data of every architecture, which a static build writes for the browser's ask and comparison. */
export function toArchitecturesDataPath(): string {
  return '/data/architectures.json';
}

/** Path of one architecture's validated data, which a static build writes for the browser's sizing. */
export function toArchitectureDataPath(architectureId: string): string {
  return `/data/architectures/${architectureId}.json`;
}
