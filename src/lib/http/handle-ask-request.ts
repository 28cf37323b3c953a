import type { Architecture } from '../../schemas/architecture.ts';
import { answerQuestion, type Answer, checkQuestion } from '../ask/index.ts';
import { buildErrorBody, type ErrorBody } from './build-response.ts';
import { findMalformedQueryParameter } from './find-malformed-query-parameter.ts';

/** What an ask front answers: a status and a JSON-serialisable body. */
export type AskResponse = { status: 200; body: Answer } | { status: 400; body: ErrorBody };

/** Builds a 400 naming the parameter. */
function reject(parameter: string, message: string): AskResponse {
  return { status: 400, body: buildErrorBody(parameter, message) };
}

/**
 * Validates an ask request (`questionParameter` is "q" for /api/ask and /ask, "ask" for <page>.md) and answers it,
 * scoped to `architectureId` first when given; bad input becomes a 400 naming the parameter.
 */
export function handleAskRequest(
  search: string,
  architectures: readonly Architecture[],
  options: { questionParameter?: string; architectureId?: string | undefined; variantId?: string | undefined } = {},
): AskResponse {
  const parameter = options.questionParameter ?? 'q';
  const malformed = findMalformedQueryParameter(search);
  if (malformed !== null)
    return reject(malformed, 'the query string is not valid percent-encoding; encode the question with encodeURIComponent.');
  const params = new URLSearchParams(search);
  const check = checkQuestion(params.getAll(parameter));
  if (!check.ok) return reject(parameter, check.error.replace('?q=', `?${parameter}=`));
  let architectureId = options.architectureId;
  if (architectureId === undefined && params.has('architecture')) {
    const wanted = params.getAll('architecture');
    if (wanted.length > 1) return reject('architecture', 'architecture is given more than once; give it once.');
    const known = architectures.find((a) => a.id === wanted[0]);
    if (!known) return reject('architecture', `unknown architecture; use one of ${architectures.map((a) => a.id).join(', ')}.`);
    architectureId = known.id;
  }
  return { status: 200, body: answerQuestion(check.question, architectures, { architectureId, variantId: options.variantId }) };
}
