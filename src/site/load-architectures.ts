import { getCollection } from 'astro:content';
import type { Architecture } from '../schemas/architecture.ts';
import { resolveAllVariants, sortArchitectures, type ResolvedVariant } from '../lib/model/index.ts';

let cached: Promise<Architecture[]> | undefined;

/** Loads every architecture once per process, sorted by product name, as plain data for the derivations. */
export function loadArchitectures(): Promise<Architecture[]> {
  cached ??= getCollection('architectures').then((entries) => sortArchitectures(entries.map((entry) => entry.data)));
  return cached;
}

/** Static paths for per-variant routes (/architectures/<id>/<variant>/...): one per variant, the default included. */
export async function listVariantPaths(): Promise<
  { params: { id: string; variant: string }; props: { architecture: Architecture; resolved: ResolvedVariant } }[]
> {
  const architectures = await loadArchitectures();
  return architectures.flatMap((architecture) =>
    resolveAllVariants(architecture).map((resolved) => ({
      params: { id: architecture.id, variant: resolved.variant.id },
      props: { architecture, resolved },
    })),
  );
}

/** Static paths for a `[...slug]` route below `prefix` whose variant pages live at `toPath(architecture, variantId)`. */
export async function listVariantSlugPaths(
  prefix: string,
  toPath: (architecture: Architecture, variantId: string) => string,
): Promise<{ params: { slug: string }; props: { architecture: Architecture; variantId: string } }[]> {
  const architectures = await loadArchitectures();
  return architectures.flatMap((architecture) =>
    architecture.variants.map((variant) => ({
      params: {
        slug: toPath(architecture, variant.id)
          .slice(prefix.length)
          .replace(/^\/+|\/+$/g, ''),
      },
      props: { architecture, variantId: variant.id },
    })),
  );
}
