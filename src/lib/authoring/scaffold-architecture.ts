import type { SourceDocument } from '../../schemas/source-document.ts';
import { categories } from '../model/index.ts';

/** What the scaffolder needs: the new architecture's id and the registered document it starts from. */
export interface ScaffoldRequest {
  id: string;
  sourceId: string;
}

/** A scaffold outcome: the YAML text to write (and a source document stub when the document is new), or every reason it cannot be made. */
export type ScaffoldResult = { ok: true; text: string; sourceText: string | null } | { ok: false; errors: string[] };

/** The marker authors search for; validation rejects it, so a scaffold fails until every placeholder is replaced. */
export const TODO_MARKER = 'TODO';

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** Checks a proposed architecture id; returns the problem with its fix, or undefined when it is fine. */
export function checkArchitectureId(id: string | undefined): string | undefined {
  if (!id) return 'missing id. Fix: pass one, e.g. npm run new:architecture -- my-product --source <doc-id>.';
  if (!idPattern.test(id))
    return `id "${id}" is not kebab-case. Fix: use lower-case letters, digits and hyphens, e.g. "${toKebabCase(id) || 'my-product'}".`;
  if (id.length > 64) return `id "${id}" is ${id.length} characters long. Fix: use 64 or fewer; it becomes the page URL.`;
  return undefined;
}

/** Suggests a kebab-case form of a name. */
function toKebabCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Builds a source document stub for a document archkb does not know yet; its TODOs name what to fill in. */
export function scaffoldSourceDocument(id: string): string {
  return `# yaml-language-server: $schema=../../public/schemas/source-document.schema.json
# Scaffolded by npm run new:architecture. Describe the vendor document; list the sections facts will cite.
id: ${id}
file: ${TODO_MARKER} file name under ../shared/sources/
title: ${TODO_MARKER} document title as published
vendor: ${TODO_MARKER} vendor
sections:
  - { id: introduction, title: ${TODO_MARKER} heading as the document writes it }
`;
}

/**
 * Builds the YAML of a new architecture whose only problems are its TODO placeholders, so `npm run validate` lists
 * exactly what is left to write. A document archkb does not know yet gets a stub in content/sources as well.
 */
export function scaffoldArchitecture(request: ScaffoldRequest, documents: readonly SourceDocument[]): ScaffoldResult {
  const errors: string[] = [];
  const idProblem = checkArchitectureId(request.id);
  if (idProblem) errors.push(idProblem);
  const sourceProblem = request.sourceId
    ? checkArchitectureId(request.sourceId)
    : 'missing --source. Fix: name the vendor document the facts come from (an id of content/sources, or a new id to create it).';
  if (sourceProblem) errors.push(sourceProblem.replace(/^id /, 'source id ').replace('missing id', 'missing source id'));
  if (errors.length > 0) return { ok: false, errors };
  const known = documents.find((d) => d.id === request.sourceId);
  const sections = known ? known.sections.map((section) => section.id) : ['introduction'];
  const cite = `${request.sourceId}#${sections[0]}`;
  const text = `# yaml-language-server: $schema=../../public/schemas/architecture.schema.json
# Scaffolded by npm run new:architecture. Replace every ${TODO_MARKER}, cite document#section for each fact
# (sections of ${request.sourceId}: ${sections.join(', ')}), then run npm run validate.
id: ${request.id}
product: ${TODO_MARKER} product name
vendor: ${known ? JSON.stringify(known.vendor) : `${TODO_MARKER} vendor`}
# ${TODO_MARKER}: pick the category: ${categories.map((category) => category.id).join(', ')} (data/categories.ts).
category: ${categories[0]?.id ?? 'identity'}
summary: >-
  ${TODO_MARKER} two or three sentences, in your own words, on what the product is and how it is deployed.
sources: [${request.sourceId}]
loadDrivers: []
variants:
  - id: default
    name: ${TODO_MARKER} variant name
    summary: >-
      ${TODO_MARKER} one or two sentences on this way of deploying it; say plainly what the source does not state.
    source: ${cite}
groups: []
components:
  - id: app
    name: ${TODO_MARKER} component name
    role: application-service
    purpose: ${TODO_MARKER} what it does here, in your own words.
    source: ${cite}
    necessity: { level: required, source: ${cite} }
connections: []
notes: []
`;
  return { ok: true, text, sourceText: known ? null : scaffoldSourceDocument(request.sourceId) };
}
