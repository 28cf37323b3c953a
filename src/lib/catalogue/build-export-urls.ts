import type { Architecture } from '../../schemas/architecture.ts';
import {
  toComparisonEmbedPath,
  toComparisonExportPath,
  toComparisonPath,
  toComponentsExportPath,
  toDiagramMermaidPath,
  toDiagramSvgPath,
  toEmbedPath,
  toVariantPath,
} from '../model/index.ts';

/** Site-relative paths of a variant's page and every export of it. */
export interface ExportUrls {
  page: string;
  markdown: string;
  embed: string;
  csv: string;
  json: string;
  mermaid: string;
  svg: string;
}

/** Builds the page, table export, embed and diagram paths of one variant (throws on an unknown variant). */
export function buildExportUrls(architecture: Pick<Architecture, 'id' | 'variants'>, variantId: string): ExportUrls {
  if (!architecture.variants.some((variant) => variant.id === variantId)) {
    throw new Error(`buildExportUrls: unknown variant "${variantId}" of ${architecture.id}`);
  }
  return {
    page: toVariantPath(architecture, variantId),
    markdown: toComponentsExportPath(architecture.id, variantId, 'markdown'),
    embed: toEmbedPath(architecture, variantId),
    csv: toComponentsExportPath(architecture.id, variantId, 'csv'),
    json: toComponentsExportPath(architecture.id, variantId, 'json'),
    mermaid: toDiagramMermaidPath(architecture.id, variantId),
    svg: toDiagramSvgPath(architecture.id, variantId),
  };
}

/** Builds the page, table export and embed paths of the whole-catalogue comparison (it has no diagram). */
export function buildComparisonExportUrls(): Pick<ExportUrls, 'page' | 'markdown' | 'embed' | 'csv' | 'json'> {
  return {
    page: toComparisonPath(),
    markdown: toComparisonExportPath('markdown'),
    embed: toComparisonEmbedPath(),
    csv: toComparisonExportPath('csv'),
    json: toComparisonExportPath('json'),
  };
}
