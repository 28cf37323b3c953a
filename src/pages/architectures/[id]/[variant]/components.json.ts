import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExportProvenance, buildExportUrls, generateComponentJson } from '../../../../lib/catalogue/index.ts';
import { listVariantPaths } from '../../../../site/load-architectures.ts';
import { findExportContentType } from '../../../../lib/http/index.ts';
import type { ResolvedVariant } from '../../../../lib/model/index.ts';
import type { Architecture } from '../../../../schemas/architecture.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's components table as JSON data. */
export const GET: APIRoute<{ architecture: Architecture; resolved: ResolvedVariant }> = ({ props, site, url }) => {
  const urls = buildExportUrls(props.architecture, props.resolved.variant.id);
  const provenance = buildExportProvenance([props.architecture], new URL(urls.page, site ?? url));
  return new Response(generateComponentJson(props.resolved, urls, provenance), {
    headers: { 'Content-Type': findExportContentType('json') },
  });
};
