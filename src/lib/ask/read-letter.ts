import { askVocabulary } from '../model/index.ts';
import { countWordValues, tokenizeText } from './normalize-question.ts';
import { readQuestion, sentenceBreak } from './read-question.ts';
import type { FactIndex } from './types.ts';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
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

/** A colon between the story and a question word. */
const storyBeforeQuestion = /:\s+(?=(?:what|which|how|where|when|why|who|is|are|does|do|can|could|should|will)\b)/gi;

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
  const asking = sentences.filter((sentence) => sentence.trim().endsWith('?'));
  if (sentences.length <= 1 || asking.length === 0) return body;
  const asked = readQuestion(asking.join(' '), index);
  const asksNumber = asked.expectsNumber || asked.compute;
  const named = readQuestion(body, index).products.map((product) => product.id);
  const names = named.map((id) => index.byId.get(id)?.architecture.product ?? id);
  // "We run it on ECS": a sentence naming one of the layouts of a product the letter names says which one is asked about.
  const namesLayout = (sentence: string) => readQuestion(`${names.join(' and ')}: ${sentence}`, index).variants.size > 0;
  const gives = (sentence: string) => {
    const tokens = tokenizeText(sentence);
    return /\d/.test(sentence) || (asksNumber && tokens.some((token) => countWordValues.has(token))) || namesLayout(sentence);
  };
  const kept = sentences.filter((sentence) => asking.includes(sentence) || gives(sentence)).join(' ');
  const own = new Set(readQuestion(kept, index).products.map((product) => product.id));
  const missing = named.filter((id) => !own.has(id)).map((id) => index.byId.get(id)?.architecture.product ?? id);
  return own.size === 0 && missing.length > 0 ? `${missing.join(' and ')}: ${kept}` : kept;
}
