import { getCollection } from 'astro:content';
import type { Architecture } from '../schemas/architecture.ts';
import { sortArchitectures } from '../lib/model/index.ts';

let cached: Promise<Architecture[]> | undefined;

/**
 * The architectures whose own pages a partial rebuild renders (scripts/build.ts sets ARCHKB_ONLY_ARCHITECTURES to a
 * JSON list of ids after a content-only edit); undefined renders every page. Pages over the whole catalogue always render.
 */
function readPartialBuildIds(): Set<string> | undefined {
  const listed = process.env.ARCHKB_ONLY_ARCHITECTURES;
  if (listed === undefined) return undefined;
  const ids: unknown = JSON.parse(listed);
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
    throw new Error('ARCHKB_ONLY_ARCHITECTURES must be a JSON list of architecture ids.');
  return new Set(ids);
}

const partialBuildIds = readPartialBuildIds();

/** Whether this build renders the pages of one architecture (always, except in a partial rebuild that did not change it). */
export function isRenderedInThisBuild(architectureId: string): boolean {
  return partialBuildIds === undefined || partialBuildIds.has(architectureId);
}

/** The architectures whose own pages this build renders: all of them, or those a partial rebuild changed. */
async function loadRenderedArchitectures(): Promise<Architecture[]> {
  return (await loadArchitectures()).filter((architecture) => isRenderedInThisBuild(architecture.id));
}

/** Loads every architecture once per process, sorted by product name, as plain data for the derivations. */
export function loadArchitectures(): Promise<Architecture[]> {
  cached ??= getCollection('architectures').then((entries) => sortArchitectures(entries.map((entry) => entry.data)));
  return cached;
}

/** Static paths for a `[...slug]` route below `prefix` whose variant pages live at `toPath(architecture, variantId)`. */
export async function listVariantSlugPaths(
  prefix: string,
  toPath: (architecture: Architecture, variantId: string) => string,
): Promise<{ params: { slug: string }; props: { architecture: Architecture; variantId: string } }[]> {
  const architectures = await loadRenderedArchitectures();
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
