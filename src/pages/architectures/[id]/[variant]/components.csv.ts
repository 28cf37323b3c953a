import type { APIRoute, GetStaticPaths } from 'astro';
import { buildComponentTable } from '../../../../lib/catalogue/build-component-table.ts';
import { generateCsv } from '../../../../lib/formats/generate-csv.ts';
import { listVariantPaths } from '../../../../site/load-architectures.ts';
import { findExportContentType } from '../../../../lib/http/find-export-content-type.ts';
import type { ResolvedVariant } from '../../../../lib/model/resolve-variant.ts';
import type { Architecture } from '../../../../schemas/architecture.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's components table as RFC 4180 CSV, for spreadsheets. */
export const GET: APIRoute<{ architecture: Architecture; resolved: ResolvedVariant }> = ({ props }) =>
  new Response(generateCsv(buildComponentTable(props.resolved)), {
    headers: { 'Content-Type': findExportContentType('csv') },
  });
