import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExportUrls } from '../../../../lib/build-export-urls.ts';
import { generateComponentJson } from '../../../../lib/generate-component-json.ts';
import { loadArchitectures } from '../../../../lib/content.ts';
import { findExportContentType } from '../../../../lib/find-export-content-type.ts';
import { resolveAllVariants, type ResolvedVariant } from '../../../../lib/resolve-variant.ts';
import type { Architecture } from '../../../../schemas/architecture.ts';

export const prerender = true;

/** One export per variant of every architecture, the default variant included. */
export const getStaticPaths = (async () => {
  const architectures = await loadArchitectures();
  return architectures.flatMap((architecture) =>
    resolveAllVariants(architecture).map((resolved) => ({
      params: { id: architecture.id, variant: resolved.variant.id },
      props: { architecture, resolved },
    })),
  );
}) satisfies GetStaticPaths;

/** The variant's components table as JSON data. */
export const GET: APIRoute<{ architecture: Architecture; resolved: ResolvedVariant }> = ({ props }) =>
  new Response(generateComponentJson(props.resolved, buildExportUrls(props.architecture, props.resolved.variant.id)), {
    headers: { 'Content-Type': findExportContentType('json') },
  });
