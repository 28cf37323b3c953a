import { formatNecessity } from '../model/index.ts';
import { buildComponentTable, type ComponentRow } from './build-component-table.ts';
import type { ExportProvenance } from './build-export-provenance.ts';
import type { ExportUrls } from './build-export-urls.ts';
import type { ResolvedVariant } from '../model/index.ts';

/** One variant's components table as data: what components.json holds; `contentHash`, `contentDate` and `source` say where it came from. */
export interface ComponentJson extends ExportProvenance {
  architecture: { id: string; product: string; vendor: string };
  variant: { id: string; name: string };
  /** Site-relative paths of the variant's page and exports. */
  urls: ExportUrls;
  /** An empty `requirements` list means the vendor states no figure (never zero); an empty `managed` list means none named. */
  components: (Omit<ComponentRow, 'anchor'> & { necessityLabel: string; href: string })[];
}

/** Builds the components-table data of one resolved variant. */
function buildComponentJson(resolved: ResolvedVariant, urls: ExportUrls, provenance: ExportProvenance): ComponentJson {
  return {
    ...provenance,
    architecture: { id: resolved.architectureId, product: resolved.product, vendor: resolved.vendor },
    variant: { id: resolved.variant.id, name: resolved.variant.name },
    urls,
    components: buildComponentTable(resolved).map(({ anchor, ...row }) => ({
      ...row,
      necessityLabel: formatNecessity(row.necessity),
      href: `${urls.page}#${anchor}`,
    })),
  };
}

/** Generates components.json of one variant: the table as pretty-printed JSON with a trailing newline. */
export function generateComponentJson(resolved: ResolvedVariant, urls: ExportUrls, provenance: ExportProvenance): string {
  return `${JSON.stringify(buildComponentJson(resolved, urls, provenance), null, 2)}\n`;
}
