import { askVocabulary } from '../model/index.ts';
import { countWordValues, escapeRegExp, opensAsking, stopwords, tokenizeText } from './normalize-question.ts';
import { readQuestion, requestSentence, sentenceBreak } from './read-question.ts';
import type { FactIndex } from './types.ts';

const genericWords = new Set(askVocabulary.genericNameWords.flatMap((word) => tokenizeText(word)));
const demonstratives = new Set(askVocabulary.demonstrativeWords.flatMap((word) => tokenizeText(word)));
const escape = (word: string) => escapeRegExp(word).replace(/\s+/g, '\\s+');
/** "Hi Sam," or "Hello team —": the greeting word, up to two words of names, and the mark after them. */
const greeting = new RegExp(
  `^\\s*(?:${askVocabulary.letterGreetings.map(escape).join('|')})\\b(?:\\s+[\\p{L}'’-]+){0,2}\\s*[,!:;\\u2013\\u2014-]\\s*`,
  'iu',
);
/** "… ? Thanks, Sam" or "Cheers!": a sign-off word opening the last sentence, with up to two words of names after it. */
const signOff = new RegExp(
  `(?<=^|[.!?]\\s*)\\s*(?:${askVocabulary.letterSignOffs.map(escape).join('|')})\\b\\s*[,!.]?(?:\\s*[\\p{L}'’-]+){0,2}\\s*[.!]?\\s*$`,
  'iu',
);

/** A figure standing as a word of its own: not part of a name ("SEC-412", "eu-central-1") or a date ("the 30th"). */
const figure = /(?<![\p{L}\d-])\d[\d,.]*(?!(?:st|nd|rd|th)\b)(?![\d-])/u;

/** Most words a fragment after the question may have to say what the question covers ("just the pool, not the X"). */
const QUALIFIER_WORDS = 8;

/** The most certainty a product linked through a part's words (not its name) has in a reading. */
const LINKED_BY_PART = 0.7;

/** A colon between the story and a question word, or the "if" of a question asked under a condition. */
const storyBeforeQuestion = new RegExp(`:\\s+(?=${opensAsking.source.replace(/^\^/, '')}|if\\b)`, 'gi');

/**
 * A question written as a letter ("Hi Sam, we are moving … Which port …? The review is on Friday. Thanks, Ana"): its
 * greeting and sign-off ask nothing, and of the sentences telling the team's story only those giving a figure (or a
 * count, when a number is asked) are kept beside the asking ones, so that a deadline or a team's name decides no
 * answer; the products the letter names lead the asking sentences that name none. Any other text is returned as it is.
 */
export function readLetter(text: string, index: FactIndex): string {
  const body = text.replace(greeting, '').replace(signOff, '').trim();
  if (body === text.trim()) return text;
  // "The team needs two details: which port …?" tells the story up to the colon and asks after it.
  const sentences = body
    .replace(storyBeforeQuestion, '. ')
    .split(sentenceBreak)
    .filter((sentence) => sentence.trim() !== '');
  // The sentences ending in a question mark ask, and so do requests ("Also please tell which …."); in a letter typed
  // without any, those opening with a question word do.
  const marked = sentences.filter((sentence) => sentence.trim().endsWith('?') || requestSentence.test(sentence));
  const asking = marked.length > 0 ? marked : sentences.filter((sentence) => opensAsking.test(sentence.trim().toLowerCase()));
  if (sentences.length <= 1 || asking.length === 0) return body;
  const asked = readQuestion(asking.join(' '), index);
  const asksNumber = asked.expectsNumber || asked.compute;
  // Only a product named by its name leads; one linked through a part's word ("the gateway") is a guess.
  const namedOf = (reading: ReturnType<typeof readQuestion>) =>
    reading.products.filter((product) => product.certainty > LINKED_BY_PART).map((product) => product.id);
  const named = namedOf(readQuestion(body, index));
  const names = named.map((id) => index.byId.get(id)?.architecture.product ?? id);
  // "We run it on ECS": a sentence naming one of the layouts of a product the letter names says which one is asked about
  // (beyond any layout the names alone read as).
  // The first layout is the one read when none is named, so naming it changes nothing.
  const layouts = (text: string) =>
    [...readQuestion(text, index).variants.entries()]
      .filter(([id, variant]) => index.defaultVariants.get(id) !== variant)
      .map(([id, variant]) => `${id}/${variant}`);
  const unnamed = new Set(layouts(`${names.join(' and ')}?`));
  const namesLayout = (sentence: string) => layouts(`${names.join(' and ')}: ${sentence}`).some((layout) => !unnamed.has(layout));
  const gives = (sentence: string) => {
    const tokens = tokenizeText(sentence);
    return figure.test(sentence) || (asksNumber && tokens.some((token) => countWordValues.has(token))) || namesLayout(sentence);
  };
  // "Just the node pool, not the database.": a short fragment after the question naming a part says what it covers.
  const parts = new Set(
    named.flatMap((id) => {
      const entry = index.byId.get(id);
      return [...(entry?.components.values() ?? [])].flatMap((c) => [...c.tokens].filter((token) => !entry?.nameTokens.has(token)));
    }),
  );
  const qualifies = (sentence: string) => {
    const tokens = tokenizeText(sentence);
    return tokens.length <= QUALIFIER_WORDS && tokens.some((token) => parts.has(token) && !stopwords.has(token));
  };
  // A figure told after the last question ("they measured 6 ms") is the team's own, not a load the question gives.
  const last = sentences.findLastIndex((sentence) => asking.includes(sentence));
  // "What goes in that column?" points back at the sentence before it, which says what is asked; the
  // "that" of "the only one that runs" points at nothing.
  const pointsBack = (sentence: string) =>
    tokenizeText(sentence).some((token, at, tokens) => {
      const next = tokens[at + 1] ?? 'the';
      const before = tokens[at - 1];
      // "That PostgreSQL database" names its part itself; "the one that runs" and "the service that runs" open a clause.
      const opensClause =
        before !== undefined && (countWordValues.has(before) || genericWords.has(before) || index.componentOwners.has(before));
      return demonstratives.has(token) && !stopwords.has(next) && !index.componentOwners.has(next) && !opensClause;
    });
  const pointedAt = new Set(
    sentences.flatMap((sentence, at) => (at > 0 && asking.includes(sentence) && pointsBack(sentence) ? [at - 1] : [])),
  );
  const kept = sentences
    .filter(
      (sentence, at) =>
        asking.includes(sentence) || pointedAt.has(at) || (at < last ? gives(sentence) : namesLayout(sentence) || qualifies(sentence)),
    )
    .join(' ');
  const reading = readQuestion(kept, index);
  const own = new Set(namedOf(reading));
  const missing = named.filter((id) => !own.has(id)).map((id) => index.byId.get(id)?.architecture.product ?? id);
  // A question about a product archkb lacks is not led by the ones the story compares it with.
  const foreign = reading.otherProducts.length > 0 || reading.unknownNames.length > 0;
  return own.size === 0 && missing.length > 0 && !foreign ? `${missing.join(' and ')}: ${kept}` : kept;
}
