import type { Architecture } from '../../../schemas/architecture.ts';
import type { Figure, Interval } from '../../../schemas/quantity.ts';
import type { NecessityLevel } from '../../../schemas/necessity.ts';
import { formatLoad, formatNecessity, formatResourceInterval, sizingResources, type SizingResource } from '../../model/index.ts';
import { computeSizing, type SizedComponent, type SizingResult } from '../../sizing/index.ts';
import type { LoadMention, NumberMention } from '../types.ts';
import { isHowMany, isSizeOfCopies } from '../normalize-question.ts';
import type { ComputeSubject } from './compute-subject.ts';
import type { Target } from './find-targets.ts';
import { trimStop } from '../answer-context.ts';
import { formatExact, formatInStatedUnit } from './format-exact.ts';

/** A sizing at the loads a question gives, as the sentence and the component ids it rests on. */
export interface LoadSizing {
  text: string;
  components: string[];
  /** The requested amount of each resource reported, summed over the rows shown (or the deployment when whole). */
  /** Each asked resource's total, with the sizes as the vendor wrote them that the total is written in. */
  totals: { resource: SizingResource; value: Interval; text: string; stated?: string[] }[];
}

/** The resources to report: those asked, else what grows with the load, else what the rows state. */
function chooseResources(asked: readonly SizingResource[], rows: readonly SizedComponent[]): SizingResource[] {
  if (asked.length > 0) return [...asked];
  const grown = [...new Set(rows.flatMap((row) => row.grows))];
  return grown.length > 0 ? grown : sizingResources.filter((resource) => rows.some((row) => row.amounts[resource] !== null));
}

/** Whether a resource has a limit side. */
function hasLimits(resource: SizingResource): resource is 'vcpu' | 'memoryGiB' {
  return resource === 'vcpu' || resource === 'memoryGiB';
}

/** The figures a row's size rests on as the vendor wrote them: those of the scope it used and of the rules of the loads given. */
function listStatedSizes(
  architecture: Architecture,
  row: SizedComponent,
  resource: SizingResource,
  drivers: ReadonlySet<string>,
): string[] {
  if (resource !== 'memoryGiB' && resource !== 'storageGiB' && resource !== 'vcpu') return [];
  const key = resource === 'memoryGiB' ? 'memory' : resource === 'vcpu' ? 'vcpu' : 'storage';
  const component = architecture.components.find((candidate) => candidate.id === row.id);
  const texts = (figure: Figure | undefined) => (figure ? [figure.amount.text] : []);
  return [
    ...(component?.requirements ?? []).filter((entry) => entry.scope === row.scope).flatMap((entry) => texts(entry[key])),
    ...(component?.sizing ?? []).filter((rule) => drivers.has(rule.driver)).flatMap((rule) => texts(rule[key])),
  ];
}

/** A requested amount and its limit as written ("8 vCPU requested", "limit 20 vCPU"), each only on the side asked. */
function writeSides(requested: string | null, limit: string | null, side: 'request' | 'limit' | null): string[] {
  return [
    ...(requested && side !== 'limit' ? [`${requested}${limit ? ' requested' : ''}`] : []),
    ...(limit && side !== 'request' ? [`limit ${limit}`] : []),
  ];
}

/** One component's figures at the load: each resource with its limit unless only requests were asked. */
function describeRow(
  row: SizedComponent,
  resources: readonly SizingResource[],
  side: 'request' | 'limit' | null,
  stated: (resource: SizingResource) => string[],
): string {
  const figures = resources.flatMap((resource) => {
    const amount = row.amounts[resource];
    const limit = hasLimits(resource) ? row.limits[resource] : null;
    // The vendor's unit for what it states ("16 GB" from "4GB per 100 requests"); limits are derived, so archkb's.
    const parts = writeSides(amount && formatInStatedUnit(resource, amount, stated(resource)), limit && formatExact(resource, limit), side);
    return parts.length > 0 ? [parts.join(', ')] : [];
  });
  if (figures.length === 0) return '';
  // The arithmetic notes show how the figure was reached ("1 vCPU per 15 logins per second, at 300 ...: 20 vCPU").
  const arithmetic = row.notes.filter(
    (note) =>
      / at [\d,.]+ /.test(note) ||
      (resources.includes('vcpu') && /^CPU limit/i.test(note)) ||
      (resources.includes('memoryGiB') && /^Memory limit/i.test(note)),
  );
  // Stryker disable next-line ConditionalExpression,EqualityOperator: no notes add only a space, which the final text collapses.
  return `${row.name}: ${figures.join('; ')}.${arithmetic.length > 0 ? ` ${arithmetic.join(' ')}` : ''}`;
}

/** One copy's share of a row's figures when the load is spread over several ("Spread over 4 pods, per pod: 2 vCPU"). */
function describeShare(
  row: SizedComponent,
  resources: readonly SizingResource[],
  side: 'request' | 'limit' | null,
  spread: { count: number; noun: string },
): string {
  const divide = (amount: Interval): Interval => ({ low: amount.low / spread.count, high: amount.high / spread.count });
  const parts = resources.flatMap((resource) => {
    const amount = row.amounts[resource];
    const limit = hasLimits(resource) ? row.limits[resource] : null;
    return writeSides(amount && formatExact(resource, divide(amount)), limit && formatExact(resource, divide(limit)), side);
  });
  return parts.length > 0 ? ` Spread over ${spread.count} ${spread.noun}s, per ${spread.noun}: ${parts.join(', ')}.` : '';
}

/** Totals of the whole deployment at the load, on the asked side. */
function describeTotals(
  result: SizingResult,
  resources: readonly SizingResource[],
  side: 'request' | 'limit' | null,
  leftOut: readonly string[],
): string {
  const parts = resources.flatMap((resource) => {
    const total = result.totals[resource];
    const limit: Interval | null = hasLimits(resource) ? result.limitTotals[resource] : null;
    const out: string[] = [];
    if (total && side !== 'limit') out.push(`${formatExact(resource, total)}${limit ? ' requested' : ''}`);
    if (limit && side !== 'request') out.push(`${formatExact(resource, limit)} limit`);
    return out;
  });
  const without = leftOut.length > 0 ? `, leaving out ${leftOut.join(' and ')}` : '';
  return parts.length > 0
    ? ` Whole deployment (every required and recommended component at this load${without}): ${parts.join(', ')}.`
    : '';
}

/** How much a level asks of a deployment, to tell a threshold that raises a part's level. */
const necessityRank: Record<NecessityLevel, number> = { optional: 0, conditional: 1, recommended: 2, required: 3 };

/**
 * Sizes the variant at the loads the question gives (the vendor's per-unit rules, head-room and thresholds applied):
 * the named components, else those that grow with the load; with `whole`, the deployment's totals as well.
 */
export function sizeAtLoad(
  subject: ComputeSubject,
  loads: readonly LoadMention[],
  targets: readonly Target[],
  options: {
    resources: readonly SizingResource[];
    side: 'request' | 'limit' | null;
    whole: boolean;
    excluded?: readonly string[];
    /** Whether to say which parts a threshold makes needed at this load; a yes/no about a part asks that of the part. */
    thresholds?: boolean;
    /** The copies the load is spread over ("4 pods"), whose one share is asked as well. */
    spread?: { count: number; noun: string } | null;
  },
): LoadSizing | null {
  const architecture = subject.entry.architecture;
  // Components on a shared host count in the host's figures, so only those on no host can be left out.
  const onHost = new Set(architecture.hosts.flatMap((host) => host.components));
  const excluded = new Set((options.excluded ?? []).filter((id) => !onHost.has(id)));
  const kept = (options.excluded ?? []).filter((id) => onHost.has(id));
  const result = computeSizing(
    // Stryker disable next-line ConditionalExpression: with nothing excluded the filtered copy holds the same components and connections.
    excluded.size === 0
      ? architecture
      : {
          ...architecture,
          components: architecture.components.filter((component) => !excluded.has(component.id)),
          // Stryker disable next-line all: sizing reads no connection; they are dropped only to keep the copy consistent.
          connections: architecture.connections.filter((connection) => !excluded.has(connection.from) && !excluded.has(connection.to)),
        },
    subject.resolved.variant.id,
    { loads: Object.fromEntries(loads.map((load) => [load.driver, load.value])), cloud: 'self-managed' },
  );
  const named = new Set(targets.flatMap((target) => target.components));
  const grown = result.components.filter((row) => row.grows.length > 0);
  const namedRows = result.components.filter((row) => named.has(row.id) && (row.grows.length > 0 || row.scope !== null));
  // With the whole deployment asked, what grows with the load is shown next to what the question names.
  const rows = (namedRows.length === 0 ? grown : options.whole ? [...new Set([...grown, ...namedRows])] : namedRows).slice(0, 4);
  if (rows.length === 0 && !options.whole) return null;
  // Components with stated figures that do not grow make the deployment's total differ from the rows; say so when nothing was named.
  // "Everything but X" asks for the rest of the deployment.
  const whole =
    options.whole ||
    (excluded.size > 0 && namedRows.length === 0) ||
    (namedRows.length === 0 &&
      result.components.some((row) => row.counted && row.host === null && row.grows.length === 0 && row.scope !== null));
  const resources = chooseResources(options.resources, rows.length > 0 ? rows : result.components);
  const loadText = result.loads.map((load) => formatLoad(load, load.value)).join(' and ');
  const drivers = new Set(loads.map((load) => load.driver));
  const lines = rows
    .map((row) => describeRow(row, resources, options.side, (resource) => listStatedSizes(architecture, row, resource, drivers)))
    .filter(Boolean);
  // The rows' sum on the side the rows show: a total of requests beside rows of limits would add up to neither.
  const sumRows = (amountOf: (row: SizedComponent) => Interval | null) => {
    const stated = rows.map(amountOf).filter((amount): amount is Interval => amount !== null);
    return stated.length < 2
      ? null
      : stated.reduce((sum, amount) => ({ low: sum.low + amount.low, high: sum.high + amount.high }), { low: 0, high: 0 });
  };
  const together =
    // Stryker disable next-line ConditionalExpression,EqualityOperator: one row never has two stated amounts, so its "Together" is empty and dropped below.
    rows.length > 1 && !whole
      ? ` Together: ${resources
          .flatMap((resource) => {
            const requested = options.side === 'limit' ? null : sumRows((row) => row.amounts[resource]);
            const limit = options.side === 'request' || !hasLimits(resource) ? null : sumRows((row) => row.limits[resource]);
            return writeSides(requested && formatExact(resource, requested), limit && formatExact(resource, limit), options.side);
          })
          .join(', ')}.`
      : '';
  const leftOut = subject.resolved.components.filter((component) => excluded.has(component.id)).map((component) => component.name);
  const cannotLeave = subject.resolved.components.filter((component) => kept.includes(component.id)).map((component) => component.name);
  const totals = whole ? describeTotals(result, resources, options.side, leftOut) : '';
  const exclusionNote =
    cannotLeave.length > 0
      ? ` ${cannotLeave.join(' and ')} ${cannotLeave.length === 1 ? 'shares' : 'share'} a host whose figures the vendor states as a whole, so they stay in.`
      : '';
  const warnings = result.warnings.map((warning) => warning.text).join(' ');
  // A part a threshold makes needed at this load ("above 10,000 users, recommended") is part of the answer, figures or not.
  const raised = options.thresholds
    ? result.components.filter((row) => necessityRank[row.necessity] > necessityRank[row.statedNecessity])
    : [];
  const crossed = raised
    .map(
      (row) =>
        ` At this load ${row.name} is ${formatNecessity(row.necessity).toLowerCase()} (${formatNecessity(row.statedNecessity).toLowerCase()} below its threshold)${
          row.notes.length > 0 ? `: ${row.notes.map(trimStop).join('; ')}` : ''
        }.`,
    )
    .join('');
  // One share is only clear when one row shows figures: of several, which one the copies run is not said.
  const shown = rows.filter((row) => resources.some((resource) => row.amounts[resource] !== null));
  const [only] = shown;
  const share = options.spread && only && shown.length === 1 ? describeShare(only, resources, options.side, options.spread) : '';
  // Nothing asked has a figure at this load, or the product sizes by none of the loads given: nothing to report here.
  if ((lines.length === 0 && totals === '') || loadText === '') return null;
  const text = `${subject.label} at ${loadText}: ${lines.join(' ')}${share}${together === ' Together: .' ? '' : together}${totals}${exclusionNote}${warnings ? ` ${warnings}` : ''}${crossed}`;
  const summed = resources.flatMap((resource) => {
    const value = whole
      ? result.totals[resource]
      : rows.reduce<Interval | null>((sum, row) => {
          const amount = row.amounts[resource];
          return amount ? { low: (sum?.low ?? 0) + amount.low, high: (sum?.high ?? 0) + amount.high } : sum;
        }, null);
    // Added up from the rows alone, the total keeps the vendor's unit as the rows do ("10 GB, then 24 GB").
    const stated = whole ? [] : rows.flatMap((row) => listStatedSizes(architecture, row, resource, drivers));
    return value ? [{ resource, value, text: formatInStatedUnit(resource, value, stated), ...(stated.length > 0 ? { stated } : {}) }] : [];
  });
  return {
    text: text.replace(/\s+/g, ' ').trim(),
    // The parts a threshold raised are cited with their threshold, which the answer states.
    components: [...new Set([...(whole ? result.components.filter((row) => row.counted) : rows), ...raised].map((row) => row.id))],
    totals: summed,
  };
}

/**
 * "How many pods of 4 vCPU at this load?": the copies of the size a question gives that the requested total fills, one
 * sentence per total whose measure the size has (CPU fills vCPU, a size fills memory unless storage is asked). Null
 * when the question gives no such size beside a word counting copies, or asks no count.
 */
export function packTotals(
  tokens: readonly string[],
  numbers: readonly NumberMention[],
  totals: LoadSizing['totals'],
  copyNouns: ReadonlySet<string>,
): string | null {
  const asksCount = tokens.some((_, at) => isHowMany(tokens, at));
  if (!asksCount) return null;
  const sized = numbers.find(
    (number) =>
      number.measure !== undefined &&
      number.canonical !== undefined &&
      number.canonical > 0 &&
      isSizeOfCopies(tokens, number.position, copyNouns),
  );
  if (!sized?.canonical) return null;
  const near = [tokens[sized.position + 1], tokens[sized.position + 2], ...tokens.slice(Math.max(0, sized.position - 3), sized.position)];
  const noun = near.find((token) => token !== undefined && copyNouns.has(token)) ?? '';
  const resource: SizingResource =
    sized.measure === 'cpu'
      ? 'vcpu'
      : totals.some((total) => total.resource === 'storageGiB') && !totals.some((total) => total.resource === 'memoryGiB')
        ? 'storageGiB'
        : 'memoryGiB';
  const total = totals.find((each) => each.resource === resource);
  if (!total) return null;
  const size = sized.canonical;
  const [low, high] = [Math.ceil(total.value.low / size - 1e-9), Math.ceil(total.value.high / size - 1e-9)];
  const count = low === high ? `${Math.max(1, high)}` : `${Math.max(1, low)} to ${high}`;
  const counted = `${count} ${noun}${high === 1 || noun.endsWith('s') ? '' : 's'}`;
  const unit = formatResourceInterval(resource, { low: size, high: size });
  return `At ${unit} each, the ${formatResourceInterval(resource, total.value)} requested fills ${counted}, rounded up.`;
}
