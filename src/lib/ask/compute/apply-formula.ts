import { stopwords, tokenizeText } from '../normalize-question.ts';
import type { ScoredFact } from '../select-facts.ts';
import type { IndexedFact, NumberMention, Reading } from '../types.ts';

/** "2 × the number of concurrently used clients": a multiplier and what it multiplies. */
const formulaPattern = /(\d+(?:\.\d+)?)\s*[×x*]\s*(?:the\s+)?(?:number|count)\s+of\s+([^.;,()]+)/i;

/** A formula fact worked out for a number the question gives. */
export interface FormulaResult {
  text: string;
  facts: IndexedFact[];
}

/**
 * Works out facts that state a multiple of a count ("increase by 2 × the number of concurrently used clients") for the
 * number the question gives for that count ("3000 clients used concurrently"), among the facts ranked for the question.
 */
export function applyFormula(reading: Reading, ranked: readonly ScoredFact[], numbers: readonly NumberMention[]): FormulaResult | null {
  const best = ranked[0]?.score ?? 0;
  const lines: string[] = [];
  const facts: IndexedFact[] = [];
  for (const { fact, score } of ranked.slice(0, 12)) {
    if (score < best * 0.4) break;
    const match = formulaPattern.exec(fact.text);
    if (!match) continue;
    const counted = new Set(tokenizeText(match[2] ?? '').filter((token) => !stopwords.has(token)));
    const number = numbers.find(
      (n) =>
        !n.negative &&
        n.unit === undefined &&
        reading.tokens.slice(Math.max(0, n.position - 3), n.position + 5).some((token) => counted.has(token)),
    );
    if (!number) continue;
    const multiplier = Number(match[1]);
    const result = multiplier * number.value;
    // The formula's own sentence leads; of the commentary after the value's closing colon, its first sentence says what
    // the rule is for, after the figure.
    const end = fact.text.indexOf(': ', match.index + match[0].length);
    const statement = (end > 0 ? fact.text.slice(0, end) : fact.text).replace(/[.\s]+$/, '');
    const said = end > 0 ? (/^[^.]+\./.exec(fact.text.slice(end + 2).trim())?.[0] ?? '') : '';
    const purpose = said.charAt(0).toUpperCase() + said.slice(1);
    lines.push(
      `${fact.subject}: ${statement}; for ${number.value.toLocaleString('en-US')}: ${multiplier} × ${number.value.toLocaleString('en-US')} = ${result.toLocaleString('en-US')}.${purpose ? ` ${purpose}` : ''}`,
    );
    facts.push(fact);
  }
  return lines.length > 0 ? { text: lines.join(' '), facts } : null;
}
