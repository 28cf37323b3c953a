import type { Requirement, RequirementScope } from '../../../schemas/requirement.ts';
import { tokenizeText } from '../normalize-question.ts';
import type { ComputeSubject } from './compute-subject.ts';

/** Figures the vendor gives for a layout without some parts: their scope and the note that says so. */
export interface ScopeWithout {
  scope: RequirementScope;
  note: string;
}

/** Fewest of the left-out words a note must name to describe the figures without them. */
const NOTE_WORDS = 2;

/**
 * "With the log shipper left out, what is the total?": a stated figure whose note names what the question leaves out
 * ("if you leave out extras such as log shipping") gives the scope of the figures without it. The note must hold
 * every left-out word, or at least two of them. Null when no note of the variant's hosts or components does.
 */
export function findScopeWithout(subject: ComputeSubject, excluded: readonly string[]): ScopeWithout | null {
  const left = new Set(excluded);
  if (left.size === 0) return null;
  const entries: Requirement[] = [
    ...subject.resolved.hosts.flatMap((host) => host.requirements ?? []),
    ...subject.resolved.components.flatMap((component) => component.requirements ?? []),
  ];
  for (const entry of entries) {
    if (!entry.note) continue;
    const named = new Set(tokenizeText(entry.note).filter((token) => left.has(token)));
    if (named.size === left.size || named.size >= NOTE_WORDS) return { scope: entry.scope, note: entry.note };
  }
  return null;
}
