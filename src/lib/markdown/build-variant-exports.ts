import {
  buildComponentTable,
  buildExportProvenance,
  buildExportUrls,
  generateComponentJson,
  generateComponentsCsv,
  generateComponentsMarkdownFile,
} from '../catalogue/index.ts';
import { buildStandaloneDiagramSvg, generateMermaid } from '../diagram/index.ts';
import {
  formatVariantTitle,
  resolveAllVariants,
  toComponentsExportPath,
  toDiagramMermaidPath,
  toDiagramSvgPath,
  toVariantPath,
} from '../model/index.ts';
import type { Architecture } from '../../schemas/architecture.ts';

/** One export file: its site path and its body. */
export interface ExportFile {
  path: string;
  body: string;
}

/**
 * Every export file of an architecture's variants, in one pass over its model: the components table as Markdown
 * (with its source line), CSV and JSON, and the diagram as Mermaid source and standalone SVG. `site` is the public
 * origin the provenance lines link to.
 */
export async function buildVariantExports(architecture: Architecture, site: URL): Promise<ExportFile[]> {
  const files: ExportFile[] = [];
  for (const resolved of resolveAllVariants(architecture)) {
    const variantId = resolved.variant.id;
    const table = buildComponentTable(resolved);
    const urls = buildExportUrls(architecture, variantId);
    const pageUrl = new URL(toVariantPath(architecture, variantId), site);
    const provenance = buildExportProvenance([architecture], pageUrl);
    const title = formatVariantTitle(architecture, resolved.variant.name);
    files.push(
      {
        path: toComponentsExportPath(architecture.id, variantId, 'markdown'),
        body: generateComponentsMarkdownFile(table, provenance, title),
      },
      { path: toComponentsExportPath(architecture.id, variantId, 'csv'), body: generateComponentsCsv(table) },
      { path: toComponentsExportPath(architecture.id, variantId, 'json'), body: generateComponentJson(resolved, urls, provenance) },
      { path: toDiagramMermaidPath(architecture.id, variantId), body: generateMermaid(resolved) },
      { path: toDiagramSvgPath(architecture.id, variantId), body: await buildStandaloneDiagramSvg(resolved) },
    );
  }
  return files;
}
