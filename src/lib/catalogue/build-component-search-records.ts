import type { CatalogueJson } from './build-catalogue-json.ts';
import { formatNecessity } from '../model/index.ts';
import { toComponentAnchor } from './build-component-table.ts';

/** One search record for a component row: its own URL (page + row anchor), text, title and filters. */
export interface ComponentSearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: { title: string; kind: string };
  filters: { vendor: string[]; role: string[]; necessity: string[] };
}

/** Builds one search record per component, pointing at its row on the first variant page that shows it. */
export function buildComponentSearchRecords(catalogue: Pick<CatalogueJson, 'architectures'>): ComponentSearchRecord[] {
  return catalogue.architectures.flatMap((architecture) =>
    architecture.components.flatMap((component) => {
      // A component without a variant list appears in every variant; link to the first page that shows it.
      const variant = architecture.variants.find((v) => !component.variants || component.variants.includes(v.id));
      if (!variant) return [];
      const necessity = formatNecessity(component.necessity.level);
      const text = [
        `${component.name}.`,
        component.technology && component.technology !== component.name ? `${component.technology}.` : '',
        `${component.roleLabel} in ${architecture.product} (${variant.name}).`,
        component.purpose,
        `${necessity}.`,
      ];
      return [
        {
          url: `${variant.path}#${toComponentAnchor(component.id)}`,
          content: text.filter(Boolean).join(' '),
          language: 'en' as const,
          meta: { title: `${architecture.product}: ${component.name}`, kind: 'Component' },
          filters: { vendor: [architecture.vendor], role: [component.roleLabel], necessity: [necessity] },
        },
      ];
    }),
  );
}
