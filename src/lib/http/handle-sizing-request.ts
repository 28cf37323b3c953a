import type { Architecture } from '../../schemas/architecture.ts';
import { targetIds, type TargetId } from '../../schemas/cloud-ref.ts';
import { computeSizing, MAX_USERS, type SizingResult } from '../sizing/index.ts';
import { buildErrorBody, type ErrorBody } from './build-response.ts';

/** Query parameters GET /api/sizing accepts. */
const sizingParameters = ['architecture', 'variant', 'users', 'cloud'] as const;
export type SizingParameter = (typeof sizingParameters)[number];

/** What the endpoint answers: a status and a JSON-serialisable body. */
export type SizingResponse = { status: 200; body: SizingResult } | { status: 400; body: ErrorBody };

/** Builds a 400 naming the parameter. */
function reject(parameter: string, message: string): SizingResponse {
  return { status: 400, body: buildErrorBody(parameter, message) };
}

/** Whether a value is one of the deployment targets. */
function isTargetId(value: string): value is TargetId {
  return (targetIds as readonly string[]).includes(value);
}

/**
 * Validates GET /api/sizing query parameters and computes the sizing; every bad input becomes a 400 naming the
 * parameter, and error messages list valid values instead of repeating what was sent.
 */
export function handleSizingRequest(searchParams: URLSearchParams, architectures: readonly Architecture[]): SizingResponse {
  const names = [...searchParams.keys()];
  const unknown = names.find((name) => !(sizingParameters as readonly string[]).includes(name));
  if (unknown !== undefined) {
    return reject('(unknown)', `unknown query parameter; use only ${sizingParameters.join(', ')}.`);
  }
  for (const name of sizingParameters) {
    if (searchParams.getAll(name).length > 1) return reject(name, `${name} is given more than once; give it once.`);
  }
  const architectureId = searchParams.get('architecture');
  const ids = architectures.map((a) => a.id);
  if (architectureId === null || architectureId === '')
    return reject('architecture', `architecture is required; use one of ${ids.join(', ')}.`);
  const architecture = architectures.find((a) => a.id === architectureId);
  if (!architecture) return reject('architecture', `unknown architecture; use one of ${ids.join(', ')}.`);

  const variantId = searchParams.get('variant');
  const variantIds = architecture.variants.map((v) => v.id);
  if (variantId !== null && !variantIds.includes(variantId)) {
    return reject(
      'variant',
      `unknown variant of ${architecture.id}; use one of ${variantIds.join(', ')}, or leave it out for ${variantIds[0]}.`,
    );
  }

  const usersText = searchParams.get('users');
  if (usersText === null || usersText === '')
    return reject('users', `users is required: a whole number from 1 to ${MAX_USERS.toLocaleString('en-US')}.`);
  // Digits only: rejects signs, exponents, decimals, hex and whitespace that Number() would accept.
  const users = /^\d{1,12}$/.test(usersText) ? Number(usersText) : Number.NaN;
  if (!Number.isSafeInteger(users) || users < 1 || users > MAX_USERS) {
    return reject('users', `users must be a whole number from 1 to ${MAX_USERS.toLocaleString('en-US')}.`);
  }

  const cloudText = searchParams.get('cloud');
  const cloud = cloudText === null ? undefined : isTargetId(cloudText) ? cloudText : null;
  if (cloud === null) return reject('cloud', `unknown cloud; use one of ${targetIds.join(', ')}.`);

  return { status: 200, body: computeSizing(architecture, variantId ?? undefined, { users, cloud }) };
}
