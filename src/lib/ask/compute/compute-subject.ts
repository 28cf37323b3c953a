import type { ResolvedVariant } from '../../model/index.ts';
import { chooseVariant, findIndexed, findResolved, labelVariant, type AnswerContext } from '../answer-context.ts';
import type { IndexedArchitecture } from '../types.ts';

/** What every computation works on: one architecture, the variant the question means, and its label. */
export interface ComputeSubject {
  context: AnswerContext;
  entry: IndexedArchitecture;
  resolved: ResolvedVariant;
  /** "Product (Variant)", or the product alone when it has one variant. */
  label: string;
}

/** The subject of a computation over one architecture, or null when the id is unknown. */
export function createComputeSubject(context: AnswerContext, architectureId: string, variantId?: string): ComputeSubject | null {
  const entry = findIndexed(context, architectureId);
  if (!entry) return null;
  const variant = variantId ?? chooseVariant(context, architectureId);
  return { context, entry, resolved: findResolved(entry, variant), label: labelVariant(context, architectureId, variant) };
}
