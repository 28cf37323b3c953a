import { chooseVariant, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { listQueryTokens, measureCoverage, rankFacts, selectFacts } from '../select-facts.ts';
import type { Draft } from '../types.ts';

/** Answers a question about two or more named products: the best facts of each for the same question, side by side. */
export function answerCompare(context: AnswerContext): Draft {
  const query = listQueryTokens(context.index, context.reading);
  const parts: string[] = [];
  const facts = [];
  let coverage = 1;
  let strength = 1;
  for (const { id } of context.reading.products) {
    const ranked = rankFacts(context.index, context.reading, [id]);
    const chosen = selectFacts(ranked, 2, 0.6);
    const best = chosen[0];
    const label = labelVariant(context, id, chooseVariant(context, id, best?.fact));
    if (!best) {
      parts.push(`${label}: archkb's sources state nothing on this.`);
      coverage = Math.min(coverage, 0.3);
      strength = 0;
      continue;
    }
    coverage = Math.min(coverage, measureCoverage(context.index, query, chosen));
    strength = Math.min(strength, best.score / (best.score + 4));
    parts.push(`${label}: ${chosen.map((scored) => writeFact(scored.fact)).join(' ')}`);
    facts.push(...chosen.map((scored) => scored.fact));
  }
  return { kind: 'compare', text: parts.join(' '), facts, coverage, strength };
}
