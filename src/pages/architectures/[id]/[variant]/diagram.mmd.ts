import type { APIRoute, GetStaticPaths } from 'astro';
import { listVariantPaths } from '../../../../site/load-architectures.ts';
import { generateMermaid } from '../../../../lib/diagram/index.ts';
import type { ResolvedVariant } from '../../../../lib/model/index.ts';

export const prerender = true;

export const getStaticPaths = listVariantPaths satisfies GetStaticPaths;

/** The variant's diagram as Mermaid source, for mermaid.live, docs sites or editors. */
export const GET: APIRoute<{ resolved: ResolvedVariant }> = ({ props }) =>
  new Response(generateMermaid(props.resolved), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
