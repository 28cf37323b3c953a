import type { APIRoute, GetStaticPaths } from 'astro';
import { buildComponentTable, buildExportProvenance, generateComponentsMarkdownFile } from '../../../../lib/catalogue/index.ts';

import { listVariantPaths } from '../../../../site/load-architectures.ts';
import { findExportContentType } from '../../../../lib/http/index.ts';
import { formatVariantTitle, toVariantPath, type ResolvedVariant } from '../../../../lib/model/index.ts';
import type { Architecture } from '../../../../schemas/architecture.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's components table as GitHub-flavoured Markdown with its source line, to paste or include in other docs. */
export const GET: APIRoute<{ architecture: Architecture; resolved: ResolvedVariant }> = ({ props, site, url }) => {
  const { architecture, resolved } = props;
  const provenance = buildExportProvenance([architecture], new URL(toVariantPath(architecture, resolved.variant.id), site ?? url));
  const title = formatVariantTitle(architecture, resolved.variant.name);
  return new Response(generateComponentsMarkdownFile(buildComponentTable(resolved), provenance, title), {
    headers: { 'Content-Type': findExportContentType('markdown') },
  });
};
