import type { Architecture } from '../../schemas/architecture.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { resolveVariant, type ResolvedVariant } from '../model/index.ts';

/** A reference found in the model, or what is wrong with it and how to fix it. */
export type Resolution<T> = { ok: true; value: T } | { ok: false; problem: string; fix: string };

/** A failed resolution. */
export function fail<T>(problem: string, fix: string): Resolution<T> {
  return { ok: false, problem, fix };
}

/** Lists ids for a fix: "a, b or c". */
export function listChoices(ids: readonly string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  if (quoted.length <= 1) return quoted[0] ?? 'nothing';
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** The architecture with this id. */
export function resolveProduct(architectures: readonly Architecture[], id: string): Resolution<Architecture> {
  const architecture = architectures.find((candidate) => candidate.id === id);
  if (architecture) return { ok: true, value: architecture };
  return fail(`no product "${id}" in content/architectures`, `use one of ${listChoices(architectures.map((a) => a.id))}`);
}

/** One variant of a product: the named one, or the product's first (default) variant. */
export function resolveVariantReference(
  architectures: readonly Architecture[],
  product: string,
  variantId?: string,
): Resolution<{ architecture: Architecture; resolved: ResolvedVariant }> {
  const found = resolveProduct(architectures, product);
  if (!found.ok) return found;
  const architecture = found.value;
  const id = variantId ?? architecture.variants[0]?.id;
  if (!id || !architecture.variants.some((variant) => variant.id === id)) {
    return fail(
      `${architecture.product} has no variant "${variantId ?? ''}"`,
      `use variant=${listChoices(architecture.variants.map((v) => v.id))}`,
    );
  }
  return { ok: true, value: { architecture, resolved: resolveVariant(architecture, id) } };
}

/** The comparison selection keys (`<architecture>.<variant>`) of columns written "product" or "product/variant". */
export function resolveComparisonColumns(architectures: readonly Architecture[], columns: readonly string[]): Resolution<string[]> {
  const keys: string[] = [];
  for (const column of columns) {
    const [product = '', variant] = column.split('/');
    const found = resolveVariantReference(architectures, product, variant);
    if (!found.ok) return found;
    const key = `${found.value.architecture.id}.${found.value.resolved.variant.id}`;
    if (keys.includes(key)) return fail(`column "${column}" is listed twice`, 'list each product or variant once');
    keys.push(key);
  }
  return { ok: true, value: keys };
}

/** The loads of a <Sizing>, checked against the load drivers the product sizes by (users is always accepted). */
export function resolveLoads(architecture: Architecture, loads: Readonly<Record<string, number>>): Resolution<Record<string, number>> {
  const drivers = [...new Set(['users', ...architecture.loadDrivers.map((driver) => driver.id)])];
  for (const key of Object.keys(loads)) {
    if (!drivers.includes(key))
      return fail(`${architecture.product} has no load driver "${key}"`, `use ${listChoices(drivers)} as keys of loads`);
  }
  if (Object.keys(loads).length === 0) return fail('loads is empty', `give a load for ${listChoices(drivers)}`);
  return { ok: true, value: { ...loads } };
}

/** Every source document the architectures cite, by id, with their sections. */
function listDocuments(architectures: readonly Architecture[]): Map<string, Architecture['documents'][number]> {
  return new Map(architectures.flatMap((architecture) => architecture.documents.map((document) => [document.id, document] as const)));
}

/** A citation "document-id#section-id" filled in from the source documents, like the citations of the model. */
export function resolveCitation(architectures: readonly Architecture[], reference: string): Resolution<SourceRef> {
  const [doc = '', section = ''] = reference.split('#');
  const documents = listDocuments(architectures);
  const document = documents.get(doc);
  if (!document) {
    return fail(`no source document "${doc}" (content/sources)`, `cite one of ${listChoices([...documents.keys()].sort())}`);
  }
  const found = document.sections.find((candidate) => candidate.id === section);
  if (!found) {
    return fail(
      `${doc} has no section "${section}"`,
      `cite one of its sections (${listChoices(document.sections.map((s) => s.id))}), or add the section to content/sources/${doc}.yaml`,
    );
  }
  return {
    ok: true,
    value: {
      doc,
      section,
      documentTitle: document.title,
      sectionTitle: found.title,
      vendor: document.vendor,
      url: document.url,
      anchor: `src-${doc}-${section}`,
    },
  };
}
