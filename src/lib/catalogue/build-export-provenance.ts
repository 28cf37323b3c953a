import { createHash } from 'node:crypto';
import type { Architecture } from '../../schemas/architecture.ts';
import { escapeMarkdownCell } from '../formats/index.ts';

/** Version of the export formats: bumped when a field changes meaning or is removed, never when one is added. */
export const EXPORT_SCHEMA_VERSION = 1;

/** Where an export comes from and which content it shows; every Markdown and JSON export carries it. */
export interface ExportProvenance {
  /** EXPORT_SCHEMA_VERSION when the export was written. */
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  /** First 12 hex digits of the SHA-256 of the architectures shown, as modelled: equal hashes, equal facts. */
  contentHash: string;
  /** Newest day (YYYY-MM-DD) a source document the architectures cite was read; null when none states one. */
  contentDate: string | null;
  /** Absolute URL of the page the export comes from. */
  source: string;
}

/** Ids of every document cited anywhere in a value: citations parse to `{ doc, section }`, wherever the schema puts them. */
function collectCitedDocuments(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectCitedDocuments(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['doc'] === 'string' && typeof record['section'] === 'string') found.add(record['doc']);
    for (const child of Object.values(record)) collectCitedDocuments(child, found);
  }
  return found;
}

// The whole-catalogue exports (CSV, JSON, Markdown) of one build describe the same array; hashing it (the catalogue as
// JSON) once instead of per export saved half a second per build at 1,000 architectures.
const contentOf = new WeakMap<readonly Architecture[], Pick<ExportProvenance, 'contentHash' | 'contentDate'>>();

/** Builds the provenance of an export showing `architectures` (one for a variant, all for the comparison) at `pageUrl`. */
export function buildExportProvenance(architectures: readonly Architecture[], pageUrl: URL): ExportProvenance {
  let content = contentOf.get(architectures);
  if (!content) {
    const cited = collectCitedDocuments(architectures, new Set());
    const dates = architectures
      .flatMap((architecture) => architecture.documents)
      .filter((document) => cited.has(document.id))
      .flatMap((document) => (document.retrieved ? [document.retrieved] : []))
      .sort();
    content = {
      contentHash: createHash('sha256').update(JSON.stringify(architectures)).digest('hex').slice(0, 12),
      contentDate: dates.at(-1) ?? null,
    };
    contentOf.set(architectures, content);
  }
  return { schemaVersion: EXPORT_SCHEMA_VERSION, ...content, source: pageUrl.href };
}

/** A URL as a Markdown link destination: parentheses and spaces percent-encoded so every renderer reads one link. */
function toLinkDestination(url: string): string {
  return url.replace(/[()\s<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Generates the Markdown line that says where an export came from and how old it is, as plain Markdown (no HTML, no
 * comment) so it survives being pasted or included: "Source: [title](url) on archkb · export schema 1 · content …".
 */
export function generateProvenanceMarkdown(provenance: ExportProvenance, title: string): string {
  const date = provenance.contentDate === null ? 'sources undated' : `sources read by ${provenance.contentDate}`;
  return `Source: [${escapeMarkdownCell(title)}](${toLinkDestination(provenance.source)}) on archkb · export schema ${provenance.schemaVersion} · content ${provenance.contentHash}, ${date}`;
}

/** Appends the provenance line to a Markdown export, after a blank line. */
export function appendProvenanceMarkdown(markdown: string, provenance: ExportProvenance, title: string): string {
  return `${markdown.trimEnd()}\n\n${generateProvenanceMarkdown(provenance, title)}\n`;
}
