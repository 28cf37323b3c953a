import { askVocabulary } from '../model/index.ts';

/** A part the question names by what it does ("the box that keeps the ledger"), and the question asked of it. */
export interface DescribedPart {
  /** The words before the description ("In X, "). */
  before: string;
  /** What the part does, as the question says it ("keeps the ledger"). */
  clause: string;
  /** The question asked of the part ("what runs it?"). */
  after: string;
}

const nouns = askVocabulary.describedPartNouns.join('|');
// "The box that keeps the ledger — what runs it?": the description ends at a dash, colon or comma,
// and a question of its own follows.
const describedPart = new RegExp(
  `^(.*?)\\b(?:the|that|this)\\s+(?:${nouns})\\s+(?:that|which)\\s+((?:[\\p{L}\\d'’./-]+\\s+){1,11}?[\\p{L}\\d'’./-]+)\\s*(?:\\u2014|\\u2013|\\s-\\s|:|,)\\s*((?:${askVocabulary.questionWords.join('|')}|${askVocabulary.yesNoOpeners.join('|')})\\b[^]*)$`,
  'iu',
);

/**
 * A part named by a description of what it does, before a question asked of it; null when the question names its
 * parts by name, or the description is itself what is asked ("what is the bit that routes requests?").
 */
export function findDescribedPart(question: string): DescribedPart | null {
  const match = describedPart.exec(question);
  if (!match) return null;
  const [, before = '', clause = '', after = ''] = match;
  return { before, clause, after };
}
