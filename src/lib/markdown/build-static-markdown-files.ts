import type { Architecture } from '../../schemas/architecture.ts';
import { listPrerenderedComparisonPairs } from '../compare/index.ts';
import { toComparisonPairPath, toVariantPath } from '../model/index.ts';
import type { ExportFile } from './build-variant-exports.ts';
import {
  renderComparisonMarkdown,
  renderComparisonPairMarkdown,
  renderHomeMarkdown,
  renderVariantMarkdown,
} from './render-page-markdown.ts';
import { toMarkdownPath } from './to-markdown-path.ts';

/**
 * The Markdown twin of every page, as files, for a static build (a server renders them on request, and answers
 * `?ask=` there): each variant page of `only` (every architecture when omitted), the home page, the comparison and
 * each prerendered pair.
 */
export function buildStaticMarkdownFiles(architectures: readonly Architecture[], site: URL, only?: ReadonlySet<string>): ExportFile[] {
  const files: ExportFile[] = [];
  for (const architecture of architectures) {
    if (only && !only.has(architecture.id)) continue;
    for (const variant of architecture.variants) {
      files.push({
        path: toMarkdownPath(toVariantPath(architecture, variant.id)),
        body: renderVariantMarkdown(architecture, variant.id, site),
      });
    }
  }
  files.push(
    { path: '/index.md', body: renderHomeMarkdown(architectures) },
    { path: '/compare.md', body: renderComparisonMarkdown(architectures, site) },
  );
  for (const pair of listPrerenderedComparisonPairs(architectures)) {
    if (only && !only.has(pair.left.id) && !only.has(pair.right.id)) continue;
    const path = toComparisonPairPath(pair.left.id, pair.right.id);
    const body = renderComparisonPairMarkdown(architectures, path.replace(/^\/compare\/|\/$/g, ''), site);
    if (body !== undefined) files.push({ path: toMarkdownPath(path), body });
  }
  return files;
}
