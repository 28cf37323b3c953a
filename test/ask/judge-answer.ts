import type { Answer } from '../../src/lib/ask/index.ts';

/** One question of a set: what must and must not be in the answer, which products it must cite, or that it is declined. */
export interface QuestionCase {
  id: string;
  question: string;
  style?: string;
  architectures?: string[];
  facts?: string[];
  mustNot?: string[];
  declined?: boolean;
  source?: string;
  note?: string;
}

/** Whether an answer passes its case, and why not. Facts and must-not are case-insensitive regular expressions. */
export function judgeAnswer(question: QuestionCase, answer: Answer): { pass: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (question.declined) {
    if (answer.answer !== null) reasons.push('answered instead of declining');
    return { pass: reasons.length === 0, reasons };
  }
  if (answer.answer === null) return { pass: false, reasons: [`declined: ${answer.declined ?? ''}`] };
  for (const fact of question.facts ?? []) if (!new RegExp(fact, 'i').test(answer.answer)) reasons.push(`missing /${fact}/`);
  for (const bad of question.mustNot ?? []) if (new RegExp(bad, 'i').test(answer.answer)) reasons.push(`contains /${bad}/`);
  for (const id of question.architectures ?? []) {
    if (!answer.sources.some((source) => source.url.startsWith(`/architectures/${id}/`))) reasons.push(`no source on ${id}`);
  }
  return { pass: reasons.length === 0, reasons };
}
