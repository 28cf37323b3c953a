import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchitectures } from '../../../../lib/content.ts';
import { generateMermaid } from '../../../../lib/generate-mermaid.ts';
import { resolveAllVariants, type ResolvedVariant } from '../../../../lib/resolve-variant.ts';

export const prerender = true;

/** One Mermaid export per variant of every architecture, the default variant included. */
export const getStaticPaths = (async () => {
  const architectures = await loadArchitectures();
  return architectures.flatMap((architecture) =>
    resolveAllVariants(architecture).map((resolved) => ({
      params: { id: architecture.id, variant: resolved.variant.id },
      props: { resolved },
    })),
  );
}) satisfies GetStaticPaths;

/** The variant's diagram as Mermaid source, for mermaid.live, docs sites or editors. */
export const GET: APIRoute<{ resolved: ResolvedVariant }> = ({ props }) =>
  new Response(generateMermaid(props.resolved), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
