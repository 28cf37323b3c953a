import type { Architecture } from '../../schemas/architecture.ts';
import { targetIds, type TargetId } from '../../schemas/cloud-ref.ts';
import type { Interval } from '../../schemas/quantity.ts';
import { computeSizing, MAX_LOAD, type SizingResult } from '../sizing/index.ts';
import { buildErrorBody, type ErrorBody } from './build-response.ts';

/** Query parameters GET /api/sizing accepts besides the loads. */
const fixedParameters = ['architecture', 'variant', 'cloud'] as const;

/** The sizing as the API sends it: figures rounded to three significant digits, the exact values alongside. */
export interface SizingResponseBody extends SizingResult {
  /** Every interval of the result with full precision, for callers who compute further. */
  exact: { totals: SizingResult['totals']; components: Record<string, SizingResult['components'][number]['amounts']> };
}

/** What the endpoint answers: a status and a JSON-serialisable body. */
export type SizingResponse = { status: 200; body: SizingResponseBody } | { status: 400; body: ErrorBody };

/** Builds a 400 naming the parameter. */
function reject(parameter: string, message: string): SizingResponse {
  return { status: 400, body: buildErrorBody(parameter, message) };
}

/** Whether a value is one of the deployment targets. */
function isTargetId(value: string): value is TargetId {
  return (targetIds as readonly string[]).includes(value);
}

/** Rounds to three significant digits without dropping a digit left of the decimal point. */
export function roundForApi(value: number): number {
  if (value === 0 || Math.abs(value) >= 100) return Math.round(value);
  return Number(value.toPrecision(3));
}

/** A copy of a value with every interval's ends rounded for the API. */
function roundIntervals<T>(value: T): T {
  if (Array.isArray(value)) return value.map(roundIntervals) as T;
  if (!value || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (typeof record.low === 'number' && typeof record.high === 'number' && Object.keys(record).length === 2) {
    return { low: roundForApi(record.low), high: roundForApi(record.high) } as T;
  }
  return Object.fromEntries(Object.entries(record).map(([key, child]) => [key, roundIntervals(child)])) as T;
}

/** The API body of a sizing: rounded figures plus the exact totals and component amounts. */
export function toSizingResponseBody(result: SizingResult): SizingResponseBody {
  const exact = {
    totals: result.totals,
    components: Object.fromEntries(result.components.map((component) => [component.id, component.amounts])) as Record<
      string,
      Record<string, Interval | null>
    >,
  };
  return { ...roundIntervals(result), exact: exact as SizingResponseBody['exact'] };
}

/** The load parameters an architecture takes: its drivers, and users for any architecture. */
export function listLoadParameters(architecture: Architecture): string[] {
  return [...new Set(['users', ...architecture.loadDrivers.map((driver) => driver.id)])];
}

/**
 * Validates GET /api/sizing query parameters and computes the sizing; every bad input becomes a 400 naming the
 * parameter, and error messages list valid values instead of repeating what was sent. Loads are given per driver
 * (users=10000, password-logins-per-second=45, ...); at least one is required.
 */
export function handleSizingRequest(searchParams: URLSearchParams, architectures: readonly Architecture[]): SizingResponse {
  for (const name of new Set(searchParams.keys())) {
    if (searchParams.getAll(name).length > 1) return reject(name, `${name} is given more than once; give it once.`);
  }
  const architectureId = searchParams.get('architecture');
  const ids = architectures.map((a) => a.id);
  if (architectureId === null || architectureId === '')
    return reject('architecture', `architecture is required; use one of ${ids.join(', ')}.`);
  const architecture = architectures.find((a) => a.id === architectureId);
  if (!architecture) return reject('architecture', `unknown architecture; use one of ${ids.join(', ')}.`);

  const loadParameters = listLoadParameters(architecture);
  const unknown = [...searchParams.keys()].find(
    (name) => !(fixedParameters as readonly string[]).includes(name) && !loadParameters.includes(name),
  );
  if (unknown !== undefined) {
    return reject('(unknown)', `unknown query parameter; use only ${[...fixedParameters, ...loadParameters].join(', ')}.`);
  }

  const variantId = searchParams.get('variant');
  const variantIds = architecture.variants.map((v) => v.id);
  if (variantId !== null && !variantIds.includes(variantId)) {
    return reject(
      'variant',
      `unknown variant of ${architecture.id}; use one of ${variantIds.join(', ')}, or leave it out for ${variantIds[0]}.`,
    );
  }

  const loads: Record<string, number> = {};
  for (const name of loadParameters) {
    const text = searchParams.get(name);
    if (text === null) continue;
    const whole = name === 'users';
    // Digits only (and a decimal part for rates): rejects signs, exponents, hex and whitespace that Number() would accept.
    const pattern = whole ? /^\d{1,12}$/ : /^\d{1,12}(\.\d{1,6})?$/;
    const value = pattern.test(text) ? Number(text) : Number.NaN;
    const low = whole ? 1 : 0;
    if (!Number.isFinite(value) || value < low || value > MAX_LOAD) {
      return reject(name, `${name} must be ${whole ? 'a whole number' : 'a number'} from ${low} to ${MAX_LOAD.toLocaleString('en-US')}.`);
    }
    loads[name] = value;
  }
  if (Object.keys(loads).length === 0) {
    const stated = architecture.loadDrivers.map((driver) => driver.id);
    return reject(
      stated[0] ?? 'users',
      `a load is required: give ${stated.length > 0 ? `one of ${stated.join(', ')} (the measures ${architecture.vendor} sizes by)` : 'users (the vendor states no load-based rule, so only its stated figures apply)'}.`,
    );
  }

  const cloudText = searchParams.get('cloud');
  const cloud = cloudText === null ? undefined : isTargetId(cloudText) ? cloudText : null;
  if (cloud === null) return reject('cloud', `unknown cloud; use one of ${targetIds.join(', ')}.`);

  return { status: 200, body: toSizingResponseBody(computeSizing(architecture, variantId ?? undefined, { loads, cloud })) };
}
