import type { APIRoute, GetStaticPaths } from 'astro';
import { buildComponentTable } from '../../../../lib/catalogue/build-component-table.ts';
import { generateMarkdownTable } from '../../../../lib/formats/generate-markdown-table.ts';
import { listVariantPaths } from '../../../../site/load-architectures.ts';
import { findExportContentType } from '../../../../lib/http/find-export-content-type.ts';
import type { ResolvedVariant } from '../../../../lib/model/resolve-variant.ts';
import type { Architecture } from '../../../../schemas/architecture.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's components table as GitHub-flavoured Markdown, to paste into design docs, wikis and READMEs. */
export const GET: APIRoute<{ architecture: Architecture; resolved: ResolvedVariant }> = ({ props }) =>
  new Response(generateMarkdownTable(buildComponentTable(props.resolved)), {
    headers: { 'Content-Type': findExportContentType('markdown') },
  });
