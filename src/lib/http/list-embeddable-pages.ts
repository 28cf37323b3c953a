import type { Architecture } from '../../schemas/architecture.ts';
import { buildComparisonExportUrls, buildExportUrls } from '../catalogue/index.ts';
import { COMPARISON_TITLE } from '../compare/index.ts';
import { toGuideEmbedPath, toGuidePath, type Guide } from '../guides/index.ts';
import { formatVariantTitle, toComparisonPath } from '../model/index.ts';

/** A page that has a chrome-free embed, so oEmbed can answer for it and the page can advertise that. */
export interface EmbeddablePage {
  /** Site-relative path of the page, with its trailing slash. */
  page: string;
  /** Site-relative path of its /embed/ twin. */
  embed: string;
  /** Title of what the embed shows. */
  title: string;
}

/**
 * Every page with an embed: each architecture variant, the comparison and each guide. A new kind of page with an embed
 * adds its entries here; its layout then passes `oembed` to BaseLayout to advertise it.
 */
export function listEmbeddablePages(
  architectures: readonly Architecture[],
  guides: readonly Pick<Guide, 'id' | 'title'>[] = [],
): EmbeddablePage[] {
  return [
    ...architectures.flatMap((architecture) =>
      architecture.variants.map((variant) => {
        const urls = buildExportUrls(architecture, variant.id);
        return { page: urls.page, embed: urls.embed, title: formatVariantTitle(architecture, variant.name) };
      }),
    ),
    { page: toComparisonPath(), embed: buildComparisonExportUrls().embed, title: COMPARISON_TITLE },
    ...guides.map((guide) => ({ page: toGuidePath(guide.id), embed: toGuideEmbedPath(guide.id), title: guide.title })),
  ];
}
