import type { APIRoute, GetStaticPaths } from 'astro';
import { buildStandaloneDiagramSvg } from '../../../../lib/build-diagram.ts';
import { loadArchitectures } from '../../../../lib/content.ts';
import { resolveAllVariants, type ResolvedVariant } from '../../../../lib/resolve-variant.ts';

export const prerender = true;

/** One SVG export per variant of every architecture, the default variant included. */
export const getStaticPaths = (async () => {
  const architectures = await loadArchitectures();
  return architectures.flatMap((architecture) =>
    resolveAllVariants(architecture).map((resolved) => ({
      params: { id: architecture.id, variant: resolved.variant.id },
      props: { resolved },
    })),
  );
}) satisfies GetStaticPaths;

/** The variant's diagram as a standalone SVG that follows the reader's light or dark preference. */
export const GET: APIRoute<{ resolved: ResolvedVariant }> = async ({ props }) =>
  new Response(await buildStandaloneDiagramSvg(props.resolved), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
