import type { Architecture } from '../../schemas/architecture.ts';
import { buildExportUrls, type ExportUrls } from './build-export-urls.ts';
import { SIZING_UNITS } from '../sizing/index.ts';
import { findCategory, findRole, toSizingPath, toVariantPath } from '../model/index.ts';

/** One source document as the catalogue JSON lists it. */
export interface CatalogueJsonSource {
  id: string;
  title: string;
  vendor: string;
  url: string | null;
  sections: { id: string; title: string }[];
}

/** One architecture as the catalogue JSON lists it: the typed model as data, with paths of its pages. */
export interface CatalogueJsonEntry {
  id: string;
  title: string;
  product: string;
  vendor: string;
  category: string;
  categoryLabel: string;
  summary: string;
  sources: string[];
  loadDrivers: Architecture['loadDrivers'];
  hosts: Architecture['hosts'];
  conflicts: Architecture['conflicts'];
  /** Page and export paths of the default (first) variant. */
  urls: ExportUrls;
  variants: (Architecture['variants'][number] & { path: string; sizingPath: string; urls: ExportUrls })[];
  groups: Architecture['groups'];
  components: (Architecture['components'][number] & { roleLabel: string })[];
  connections: Architecture['connections'];
  notes: Architecture['notes'];
}

/** The whole catalogue as data, served at /api/architectures.json. */
export interface CatalogueJson {
  /** Bumped when a field changes meaning or is removed (2: citations are lists, figures carry intervals, categories are ids). */
  schemaVersion: 2;
  units: typeof SIZING_UNITS;
  /** Every cited document; citations in entries are objects with doc, section and both titles. */
  sourceDocuments: CatalogueJsonSource[];
  architectures: CatalogueJsonEntry[];
}

/** Builds one architecture's entry; extend here to add per-architecture fields. */
function buildCatalogueJsonEntry(architecture: Architecture): CatalogueJsonEntry {
  return {
    id: architecture.id,
    title: architecture.product,
    product: architecture.product,
    vendor: architecture.vendor,
    category: architecture.category,
    categoryLabel: findCategory(architecture.category).label,
    summary: architecture.summary,
    sources: architecture.sources,
    loadDrivers: architecture.loadDrivers,
    hosts: architecture.hosts,
    conflicts: architecture.conflicts,
    urls: buildExportUrls(architecture, architecture.variants[0]?.id ?? ''),
    variants: architecture.variants.map((variant) => ({
      ...variant,
      path: toVariantPath(architecture, variant.id),
      sizingPath: toSizingPath(architecture, variant.id),
      urls: buildExportUrls(architecture, variant.id),
    })),
    groups: architecture.groups,
    components: architecture.components.map((component) => ({ ...component, roleLabel: findRole(component.role).label })),
    connections: architecture.connections,
    notes: architecture.notes,
  };
}

/** Builds the catalogue JSON: every architecture with variants, components, requirements and citations. */
export function buildCatalogueJson(architectures: readonly Architecture[]): CatalogueJson {
  const documents = new Map(architectures.flatMap((a) => a.documents).map((document) => [document.id, document]));
  return {
    schemaVersion: 2,
    units: SIZING_UNITS,
    sourceDocuments: [...documents.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((document) => ({
        id: document.id,
        title: document.title,
        vendor: document.vendor,
        url: document.url ?? null,
        sections: document.sections.map((s) => ({ id: s.id, title: s.title })),
      })),
    architectures: architectures.map(buildCatalogueJsonEntry),
  };
}
