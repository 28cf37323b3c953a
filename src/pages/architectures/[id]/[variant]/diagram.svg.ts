import type { APIRoute, GetStaticPaths } from 'astro';
import { buildStandaloneDiagramSvg } from '../../../../lib/diagram/index.ts';
import { listVariantPaths } from '../../../../site/load-architectures.ts';
import type { ResolvedVariant } from '../../../../lib/model/index.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's diagram as a standalone SVG that follows the reader's light or dark preference. */
export const GET: APIRoute<{ resolved: ResolvedVariant }> = async ({ props }) =>
  new Response(await buildStandaloneDiagramSvg(props.resolved), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
