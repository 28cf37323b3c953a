import type { APIRoute, GetStaticPaths } from 'astro';
import { buildComponentTable, generateComponentsMarkdown } from '../../../../lib/catalogue/index.ts';

import { listVariantPaths } from '../../../../site/load-architectures.ts';
import { findExportContentType } from '../../../../lib/http/index.ts';
import type { ResolvedVariant } from '../../../../lib/model/index.ts';
import type { Architecture } from '../../../../schemas/architecture.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's components table as GitHub-flavoured Markdown, to paste into design docs, wikis and READMEs. */
export const GET: APIRoute<{ architecture: Architecture; resolved: ResolvedVariant }> = ({ props }) =>
  new Response(generateComponentsMarkdown(buildComponentTable(props.resolved)), {
    headers: { 'Content-Type': findExportContentType('markdown') },
  });
