import { askVocabulary } from '../../model/index.ts';
import { convertToGiB, sizeUnits, type SizeUnit } from '../../../schemas/quantity.ts';
import { chooseVariant, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { tokenizeText } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

const roomWords = new Set(askVocabulary.roomLeftCues.flatMap((word) => tokenizeText(word)));
const capWords = new Set(askVocabulary.capCues.flatMap((word) => tokenizeText(word)));
const maximumWords = new Set(askVocabulary.extremeCues.max.flatMap((word) => tokenizeText(word)));

/** How many of the best-ranked facts may hold the maximum the question measures its figure against. */
const MAXIMUM_RANKS = 3;

/** A size written with its unit ("2.5 GB", "8GB"), in any unit the model's sizes use. */
const sizePattern = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${sizeUnits.join('|')})\\b`);

/** The first size a text writes, with its unit as written; null when it writes none. */
function readSize(text: string): { value: number; unit: SizeUnit } | null {
  const match = sizePattern.exec(text);
  return match?.[1] && match[2] ? { value: Number(match[1]), unit: match[2] as SizeUnit } : null;
}

/** A difference rounded for reading, without a float's trailing digits ("5.5", not "5.499999"). */
function writeAmount(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * "The store holds 2.5 GB; what room is left below the maximum?": the maximum a close fact
 * states in a size, less the size the question gives, in the fact's unit. Null when the question asks no room left,
 * gives no size, or no close fact states a maximum size above it.
 */
export function answerRoomLeft(context: AnswerContext): Draft | null {
  if (!context.reading.tokens.some((token) => roomWords.has(token))) return null;
  const used = readSize(context.reading.text);
  if (!used) return null;
  for (const { fact } of context.ranked().slice(0, MAXIMUM_RANKS)) {
    if (!fact.tokens.some((token) => maximumWords.has(token) || capWords.has(token))) continue;
    const maximum = readSize(fact.text);
    if (!maximum) continue;
    // Both sizes in the fact's unit, so the difference reads as the vendor writes its maximum.
    const usedInUnit = convertToGiB(used.value, used.unit) / convertToGiB(1, maximum.unit);
    if (usedInUnit >= maximum.value) continue;
    const label = labelVariant(context, fact.architecture, chooseVariant(context, fact.architecture, fact));
    const left = writeAmount(maximum.value - usedInUnit);
    return {
      kind: 'compute',
      text: `${label}: ${writeAmount(maximum.value)} ${maximum.unit} − ${writeAmount(usedInUnit)} ${maximum.unit} = ${left} ${maximum.unit} left under the stated maximum. ${writeFact(fact)}`,
      facts: [fact],
      coverage: 0.85,
      strength: 0.85,
    };
  }
  return null;
}
