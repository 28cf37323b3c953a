import { askVocabulary, formatCount } from '../../model/index.ts';
import { isHowMany, tokenizeText } from '../normalize-question.ts';
import type { IndexedFact, Reading } from '../types.ts';

/** Words that, before what they count, ask for the fewest of it ("the fewest clusters", "at least how many"). */
const leastWords = new Set([...askVocabulary.comparativeCues.less, 'minimum'].flatMap((word) => tokenizeText(word)));

/** How many words after a count word its noun may sit ("the fewest Che clusters"). */
const NOUN_REACH = 3;

/** "More than 10,000 namespaces in one cluster": a ceiling on a thing per container, read from a fact's text. */
const ceilingPattern = /\bmore than (\d{1,3}(?:,\d{3})+|\d+) ([\p{L}-]+) (?:in|per) (?:one|a|each|a single) ([\p{L}-]+)/iu;

/** A ceiling division: the text that works it out and the fact that states the ceiling. */
export interface CeilingCount {
  text: string;
  fact: IndexedFact;
}

/** Whether the question counts `container` ("how many clusters", "the fewest Che clusters"). */
function countsContainer(tokens: readonly string[], container: string): boolean {
  return tokens.some(
    (token, at) => (isHowMany(tokens, at) || leastWords.has(token)) && tokens.slice(at + 1, at + 2 + NOUN_REACH).includes(container),
  );
}

/**
 * "25,000 developers, each with a namespace: the fewest clusters?" of "more than 10,000 namespaces in one cluster is not
 * recommended": the one number the question gives, counted in the ceiling's unit (which it must name), over the ceiling,
 * rounded up. Null when no fact states a ceiling on the container the question counts.
 */
export function divideByCeiling(reading: Reading, facts: readonly IndexedFact[]): CeilingCount | null {
  const given = reading.numbers.filter((number) => !number.unit && !number.negative && number.value > 1);
  const [amount] = given;
  if (given.length !== 1 || !amount) return null;
  for (const fact of facts) {
    const match = ceilingPattern.exec(fact.text);
    const [, digits = '', unit = '', container = ''] = match ?? [];
    const [unitToken] = tokenizeText(unit);
    const [containerToken] = tokenizeText(container);
    if (!match || !unitToken || !containerToken) continue;
    if (!reading.tokens.includes(unitToken) || !countsContainer(reading.tokens, containerToken)) continue;
    const ceiling = Number(digits.replace(/,/g, ''));
    if (ceiling <= 0 || amount.value <= ceiling) continue;
    const count = Math.ceil(amount.value / ceiling);
    const ratio = Number((amount.value / ceiling).toPrecision(3));
    return {
      text: `Taking the ${formatCount(amount.value)} as ${unit}, with no more than ${formatCount(ceiling)} in one ${container}: ${formatCount(amount.value)} ÷ ${formatCount(ceiling)} = ${formatCount(ratio)}, so at least ${formatCount(count)} ${container}s, rounded up.`,
      fact,
    };
  }
  return null;
}
