import { sourceDocuments } from '../model/index.ts';

/** What the scaffolder needs: the new architecture's id and the registered document it starts from. */
export interface ScaffoldRequest {
  id: string;
  sourceId: string;
}

/** A scaffold outcome: the YAML text to write, or every reason it cannot be made, each with a fix. */
export type ScaffoldResult = { ok: true; text: string } | { ok: false; errors: string[] };

/** The marker authors search for; real content must not keep it (the seed-facts test checks). */
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

/** Builds the YAML of a new architecture that already validates, with TODO placeholders to replace. */
export function scaffoldArchitecture(request: ScaffoldRequest): ScaffoldResult {
  const errors: string[] = [];
  const idProblem = checkArchitectureId(request.id);
  if (idProblem) errors.push(idProblem);
  const document = sourceDocuments.find((d) => d.id === request.sourceId);
  if (!document) {
    const known = sourceDocuments.map((d) => d.id).join(', ');
    errors.push(
      request.sourceId
        ? `unknown source document "${request.sourceId}". Fix: use one of ${known}, or register the vendor document (id, file, title, sections) in data/sources.ts first.`
        : `missing --source. Fix: name the registered vendor document the facts come from (${known}), or register a new one in data/sources.ts first.`,
    );
  }
  if (errors.length > 0 || !document) return { ok: false, errors };
  const cite = `${document.id}#${document.sections[0].id}`;
  const text = `# yaml-language-server: $schema=../../public/schemas/architecture.schema.json
# Scaffolded by npm run new:architecture. Replace every ${TODO_MARKER}, cite document#section for each fact
# (sections of ${document.id}: ${document.sections.map((s) => s.id).join(', ')}), then run npm run validate.
id: ${request.id}
product: ${TODO_MARKER} product name
vendor: ${JSON.stringify(document.vendor)}
category: ${TODO_MARKER} kind of product
summary: >-
  ${TODO_MARKER} two or three sentences, in your own words, on what the product is and how it is deployed.
sources: [${document.id}]
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
  return { ok: true, text };
}
