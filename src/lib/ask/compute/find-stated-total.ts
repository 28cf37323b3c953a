import { askVocabulary } from '../../model/index.ts';
import { tokenizeText } from '../normalize-question.ts';
import type { IndexedFact } from '../types.ts';

/** Fewest distinctive question words a note must hold to be the total the question asks for. */
const NOTE_WORDS = 2;

const totalWords = new Set(askVocabulary.statedTotalWords.flatMap((word) => tokenizeText(word)));

/**
 * "What do the runner, its helpers and the gateway add up to?": a note of the variant that states a total
 * ("the vendor's table totals … at 12.3 GiB") and holds at least two of the question's naming words is the vendor's
 * own answer, which a sum over archkb's parts may not match (a part it groups elsewhere). Null when no note does, or
 * when several hold the most words.
 */
export function findStatedTotal(facts: readonly IndexedFact[], variantId: string, naming: readonly string[]): IndexedFact | null {
  const asked = new Set(naming);
  const scored = facts
    .filter((fact) => fact.attribute === 'note' && fact.variants.includes(variantId) && /\d/.test(fact.text))
    .map((fact) => {
      const tokens = new Set(tokenizeText(fact.text));
      return {
        fact,
        total: [...tokens].some((token) => totalWords.has(token)),
        hits: [...tokens].filter((token) => asked.has(token)).length,
      };
    })
    .filter((entry) => entry.total && entry.hits >= NOTE_WORDS)
    .sort((a, b) => b.hits - a.hits);
  const [best, next] = scored;
  if (!best || (next && next.hits === best.hits)) return null;
  return best.fact;
}
