import { askVocabulary } from '../../model/index.ts';
import { chooseVariant, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { isNegated, isQuestionNegated } from '../judge-polarity.ts';
import { countWordValues, stopwords, tokenizeText } from '../normalize-question.ts';
import { writesVariantName } from '../read-question.ts';
import type { Draft, IndexedFact } from '../types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const belowWords = canonical(askVocabulary.belowCues);
const aboveWords = canonical(askVocabulary.aboveCues);
const capWords = canonical(askVocabulary.capCues);
const orAboveWords = canonical(askVocabulary.orBoundCues.above);
const orBelowWords = canonical(askVocabulary.orBoundCues.below);
const severalWords = canonical(askVocabulary.severalCues);
/** A question's "multiple clusters" reads "multi cluster", a count of several; a fact's "multi-cluster" names a layout. */
const askedSeveralWords = new Set([...severalWords, ...canonical(askVocabulary.layoutSeveralWords)]);
/** Words asking whether there is trouble ("any problem?", "any caveats?"), whose yes means the bound is crossed. */
const troubleWords = canonical([...askVocabulary.troubleWords, ...askVocabulary.drawbackCues]);

/** Whether the question asks for trouble ("any problem doing that?"), which a crossed bound answers without its auxiliary. */
export function asksTrouble(context: AnswerContext): boolean {
  return context.reading.tokens.some((token) => troubleWords.has(token));
}

/** How far after a count its noun may sit, product names included. */
const NOUN_REACH = 5;

/** The count "several", "many" and "other" state: more than one, as one class of count. */
const SEVERAL = Number.POSITIVE_INFINITY;

/** How many words after a count may name what it counts: "three big regional data centers" counts centers. */
const NOUN_WORDS = 4;

/** The count a token states, in digits or as a word ("3", "three", "several"); null for any other token. */
function readCount(token: string, several: ReadonlySet<string> = severalWords): number | null {
  if (several.has(token)) return SEVERAL;
  return /^\d+$/.test(token) ? Number(token) : (countWordValues.get(token) ?? null);
}

/** Counts of two or more the question gives, with the words after them ("three zones", "3 AZs" give 3 and "zone"). */
function listCounts(reading: AnswerContext['reading'], productWords: ReadonlySet<string>): { value: number; nouns: string[] }[] {
  const { tokens, numbers } = reading;
  // Up to four words, as describing words or a rewrite may stand between a count and its noun ("three multi data
  // centers"); a product's name between them counts as none ("two separate Frobcore instances").
  const counted = (value: number | null, at: number) => {
    const nouns = tokens
      .slice(at + 1, at + 1 + NOUN_REACH)
      .filter((token) => !productWords.has(token))
      .slice(0, NOUN_WORDS)
      .filter((token) => !stopwords.has(token));
    return value !== null && (Number.isInteger(value) || value === SEVERAL) && value >= 2 && nouns.length > 0 ? [{ value, nouns }] : [];
  };
  return [
    // "Three multi data centers" is a count of three: the rewrite's "multi" after a count adds none of its own.
    ...tokens.flatMap((token, at) =>
      // Stryker disable next-line StringLiteral: the token before is read only when there is one (at > 0), so the fallback is never used.
      counted(readCount(token, at > 0 && readCount(tokens[at - 1] ?? '') !== null ? severalWords : askedSeveralWords), at),
    ),
    ...numbers.flatMap((number) => (number.unit || number.negative ? [] : counted(number.value, number.position))),
  ];
}

/** Whether a text states a count of a thing as such, not as an upper bound ("three or more zones", not "fewer than three zones"). */
function statesCount(words: readonly string[], value: number, nouns: readonly string[]): boolean {
  return words.some(
    (word, at) =>
      readCount(word) === value &&
      !words.slice(Math.max(0, at - 2), at).some((before) => belowWords.has(before)) &&
      words.slice(at + 1, at + 4).some((after) => nouns.includes(after)),
  );
}

const [onlyToken = 'only'] = tokenizeText('only');

/** Whether a text caps a thing at one ("a cluster can hold only one instance"), which any count of two or more exceeds. */
function capsAtOne(words: readonly string[], value: number, nouns: readonly string[]): boolean {
  return (
    value >= 2 &&
    words.some(
      (word, at) =>
        readCount(word) === 1 && words[at - 1] === onlyToken && words.slice(at + 1, at + 4).some((after) => nouns.includes(after)),
    )
  );
}

/** The words naming the products a question is scoped to. */
function listProductWords(context: AnswerContext): Set<string> {
  return new Set(context.scope.flatMap((id) => [...(context.index.byId.get(id)?.nameTokens ?? [])]));
}

/**
 * The yes/no a crossed bound gives, with the facts that state it: no, or yes when the question asks for trouble ("is that a
 * problem?") or claims the bound itself, at the evidence the rule's certainty earns.
 */
function draftBounded(context: AnswerContext, label: string, facts: IndexedFact[], evidence: number): Draft {
  return {
    kind: 'yes-no',
    text: `${asksTrouble(context) !== isQuestionNegated(context.reading.text) ? 'Yes' : 'No'}. ${label}: ${facts.map(writeFact).join(' ')}`,
    facts,
    coverage: evidence,
    strength: evidence,
  };
}

/** Whether a fact holds only for another layout than the one the question writes out ("single-cluster X across 3 zones"). */
function boundsOtherVariant(context: AnswerContext, fact: IndexedFact): boolean {
  const named = context.reading.variants.get(fact.architecture);
  return (
    named !== undefined &&
    !fact.variants.includes(named) &&
    writesVariantName(context.index, context.reading.tokens, fact.architecture, named)
  );
}

/**
 * "Can it span three zones?" against a limitation the vendor states about that many of that thing ("not supported once
 * three or more zones are involved"): a negated limitation or incompatibility naming the same count answers no.
 */
export function answerStatedLimit(context: AnswerContext): Draft | null {
  const { reading } = context;
  // "If we run several clusters, do we need X in each?" asks what the situation needs, not whether it is allowed: a
  // count only its condition gives is the situation.
  const asksNeed = reading.positiveNecessity || reading.negativeNecessity;
  const counts = listCounts(reading, listProductWords(context)).filter(
    ({ nouns }) => !(asksNeed && nouns.every((noun) => reading.conditioned.includes(noun))),
  );
  if (counts.length === 0) return null;
  // The count and the thing counted are the evidence; the limitation need only bear on the question at all.
  const limits = context.ranked().filter(({ fact }) => fact.kind === 'limitation' || fact.attribute === 'incompatibility');
  for (const { fact } of limits) {
    if (!isNegated(fact.text)) continue;
    if (boundsOtherVariant(context, fact)) continue;
    const words = tokenizeText(fact.text);
    if (!counts.some(({ value, nouns }) => statesCount(words, value, nouns) || capsAtOne(words, value, nouns))) continue;
    // The variant that states the limitation, even when the question's words picked another.
    const chosen = chooseVariant(context, fact.architecture, fact);
    const variant = fact.variants.includes(chosen) ? chosen : (fact.variants[0] ?? chosen);
    const label = labelVariant(context, fact.architecture, variant);
    // A limitation of a whole variant reads best with what that variant is.
    const summary =
      fact.component === null
        ? (context.index.factsByArchitecture.get(fact.architecture) ?? []).find(
            (other) => other.attribute === 'summary' && other.variants.includes(variant),
          )
        : undefined;
    return draftBounded(context, label, summary ? [fact, summary] : [fact], 0.85);
  }
  return null;
}

/** "More than 10,000 namespaces … is not recommended": the bound a negated sentence puts on a count. */
const boundPattern = /\b(?:more than|over|above|beyond|exceeding)\s+(\d{1,3}(?:,\d{3})+|\d+)\b/i;

/** How many of the best-ranked facts may hold the bound the question's number crosses. */
const BOUND_RANKS = 6;

/**
 * "Will a single ledger do for 5,000 projects?" against a close fact that advises against more than a count
 * ("more than 10,000 namespaces in one cluster is not recommended"): a number in the question above that bound answers
 * no, with the fact. Null when the question gives no such number or no close fact bounds it.
 */
export function answerExceededLimit(context: AnswerContext): Draft | null {
  const numbers = context.reading.numbers.filter((number) => !number.unit && !number.negative && number.value >= 2);
  if (numbers.length === 0) return null;
  for (const { fact } of context.ranked().slice(0, BOUND_RANKS)) {
    // The bound and its negation share a sentence: "tested over 3 zones. Not stated: …" puts no bound on anything.
    const bound = fact.text
      .split(/(?<=[.;])\s+/)
      .filter((sentence) => isNegated(sentence))
      .map((sentence) => boundPattern.exec(sentence))
      .find((found) => found !== null);
    if (!bound) continue;
    const limit = Number((bound[1] ?? '').replace(/,/g, ''));
    if (!numbers.some((number) => number.value > limit)) continue;
    const label = labelVariant(context, fact.architecture, chooseVariant(context, fact.architecture, fact));
    // Close facts that state the same bound say what it means and what to do instead ("… several clusters"); the bound
    // is a whole number there, not a part of a larger one ("12,000" does not state 2,000).
    const written = [String(limit), limit.toLocaleString('en-US')].map((form) => new RegExp(`(?<![\\d.,])${form}(?![.,]?\\d)`));
    const related = context
      .ranked()
      .slice(0, BOUND_RANKS)
      .map((scored) => scored.fact)
      .filter((other) => other !== fact && other.architecture === fact.architecture && written.some((form) => form.test(other.text)))
      .slice(0, 2);
    // "Is that a problem?" or "any red flags?" asks for trouble, so crossing the bound answers yes.
    return draftBounded(context, label, [fact, ...related], 0.8);
  }
  return null;
}

const [orToken = 'or'] = tokenizeText('or');
/** Nouns that count copies ("3 nodes"), whose bounds the count answerers above read with their nouns. */
const copyWords = canonical(askVocabulary.countNouns);
const [noToken = 'no'] = tokenizeText('no');

/**
 * Which way a fact bounds the figure at `at` in its words: "less than 10 ms" and "no more than 10 ms" from above,
 * "at least 3 zones" and "3 zones or more" from below; null when the figure is stated as it is.
 */
function readBound(words: readonly string[], at: number): 'above' | 'below' | null {
  const before = words.slice(Math.max(0, at - 2), at);
  // The words after the figure and its unit ("10 ms or less").
  const [joiner, after = ''] = words.slice(at + 2, at + 4);
  if (joiner === orToken && orBelowWords.has(after)) return 'above';
  if (joiner === orToken && orAboveWords.has(after)) return 'below';
  if (before.some((word) => belowWords.has(word) || capWords.has(word))) return 'above';
  // "No more than" bounds from above; its "no" sits three words before the figure.
  if (before.some((word) => aboveWords.has(word))) return words[at - 3] === noToken ? 'above' : 'below';
  return null;
}

/**
 * "Our sites are 25 ms apart; can one cluster span both?" against a close fact bounding that measure in the same unit
 * ("less than 10 ms round-trip latency"): a figure past the bound answers no (yes when the question asks for trouble),
 * with the fact. Null when no figure with a unit after it crosses a close fact's bound; a figure within it proves
 * nothing, as other needs may still fail.
 */
export function answerCrossedBound(context: AnswerContext): Draft | null {
  const { tokens, numbers } = context.reading;
  const figures = numbers.flatMap((number) => {
    // Stryker disable next-line StringLiteral: a figure closing the question has no unit after it, and an empty word is a stopword.
    const unit = tokens[number.position + 1] ?? '';
    // "More than 1 MiB" asks past the figure, so a cap of 1 MiB is crossed by it.
    const past = tokens.slice(Math.max(0, number.position - 2), number.position).some((word) => aboveWords.has(word));
    return number.negative || stopwords.has(unit) || copyWords.has(unit) || /^\d/.test(unit) ? [] : [{ value: number.value, unit, past }];
  });
  if (figures.length === 0) return null;
  for (const { fact } of context.ranked().slice(0, BOUND_RANKS)) {
    if (boundsOtherVariant(context, fact)) continue;
    const words = tokenizeText(fact.text);
    const crossed = words.some((word, at) => {
      const limit = Number(word);
      if (!/^\d+(?:\.\d+)?$/.test(word)) return false;
      const bound = readBound(words, at);
      return figures.some(
        ({ value, unit, past }) =>
          words[at + 1] === unit &&
          ((bound === 'above' && (value > limit || (past && value === limit))) || (bound === 'below' && value < limit)),
      );
    });
    if (!crossed) continue;
    const label = labelVariant(context, fact.architecture, chooseVariant(context, fact.architecture, fact));
    // The next close facts of the same product say what the bound means and what to do instead.
    const related = context
      .ranked()
      .slice(0, BOUND_RANKS)
      .map((scored) => scored.fact)
      .filter((other) => other !== fact && other.architecture === fact.architecture)
      .slice(0, 2);
    return draftBounded(context, label, [fact, ...related], 0.8);
  }
  return null;
}
