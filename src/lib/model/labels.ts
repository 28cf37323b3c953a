import type { Architecture } from '../../schemas/architecture.ts';
import type { TargetId } from '../../schemas/cloud-ref.ts';
import type { LoadDriver } from '../../schemas/load-driver.ts';
import type { NecessityLevel } from '../../schemas/necessity.ts';
import type { NoteKind } from '../../schemas/note.ts';
import type { Figure, Interval } from '../../schemas/quantity.ts';
import type { CopyKind, RequirementScope } from '../../schemas/requirement.ts';
import type { Setting } from '../../schemas/setting.ts';
import type { LimitRule, SizingRule } from '../../schemas/sizing-rule.ts';
import type { FactAttribute } from './fact-attributes.ts';
import { findCloudLabel } from './registry.ts';

/** Text shown wherever the vendor gives no figure, so a gap is never mistaken for zero. */
export const NOT_STATED = 'Not stated by the vendor';

/** Text of an empty managed-options cell. */
export const NONE_NAMED = 'None named';

/** Resources a sizing row, total or footprint reports, in column order. */
export const sizingResources = ['nodes', 'vcpu', 'memoryGiB', 'storageGiB', 'iops'] as const;
export type SizingResource = (typeof sizingResources)[number];

/** Human label of a necessity level. */
export function formatNecessity(level: NecessityLevel): string {
  switch (level) {
    case 'required':
      return 'Required';
    case 'recommended':
      return 'Recommended';
    case 'optional':
      return 'Optional';
    case 'conditional':
      return 'Conditional';
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Human label of a requirement scope, as it reads after the figures. */
export function formatScope(scope: RequirementScope): string {
  switch (scope) {
    case 'minimum':
      return 'minimum';
    case 'recommended':
      return 'recommended';
    case 'high-availability':
      return 'for high availability';
    case 'production':
      return 'for production';
    case 'reference':
      return 'in the reference architecture';
    case 'default':
      return 'default';
    case 'tested':
      return 'as tested';
    case 'example':
      return 'example';
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** Human label of a note kind. */
export function formatNoteKind(kind: NoteKind): string {
  switch (kind) {
    case 'requirement':
      return 'Requirement';
    case 'option':
      return 'Option';
    case 'warning':
      return 'Warning';
    case 'limitation':
      return 'Limitation';
    case 'recommendation':
      return 'Recommendation';
    case 'high-availability':
      return 'High availability';
    case 'network':
      return 'Network';
    case 'bundling':
      return 'Bundling';
    case 'runtime':
      return 'Runtime dependency';
    case 'info':
      return 'Note';
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}

/** Heading under which a page lists the facts of one attribute, e.g. "Settings" or "Where the sources disagree". */
export function formatFactHeading(attribute: FactAttribute): string {
  switch (attribute) {
    case 'summary':
      return 'Summary';
    case 'variants':
      return 'Deployment variants';
    case 'components':
      return 'Components';
    case 'group':
      return 'Tiers';
    case 'edition':
      return 'Edition';
    case 'load-driver':
      return 'Sized by';
    case 'rated-load':
      return 'Rated and tested loads';
    case 'zones':
      return 'Availability zones';
    case 'regions':
      return 'Regions';
    case 'host':
      return 'Run together';
    case 'conflict':
      return 'Where the sources disagree';
    case 'note':
      return 'Notes';
    case 'purpose':
      return 'Purpose';
    case 'role':
      return 'Role';
    case 'technology':
      return 'Technology';
    case 'examples':
      return 'Examples';
    case 'necessity':
      return 'Necessity';
    case 'requirement':
      return 'Requirements';
    case 'sizing-rule':
      return 'Grows with load';
    case 'limit-rule':
      return 'Limits';
    case 'threshold':
      return 'Thresholds';
    case 'managed-service':
      return 'Managed services';
    case 'incompatibility':
      return 'Not supported';
    case 'placement':
      return 'Placement';
    case 'runtime':
      return 'When it is needed';
    case 'port':
      return 'Ports';
    case 'setting':
      return 'Settings';
    case 'dns':
      return 'DNS records';
    case 'connection':
      return 'Connections';
    default: {
      const unreachable: never = attribute;
      return unreachable;
    }
  }
}

/** Title of a variant's page: the product alone when it has one variant, else "Product: Variant". */
export function formatVariantTitle(architecture: Pick<Architecture, 'product' | 'variants'>, variantName: string): string {
  return architecture.variants.length > 1 ? `${architecture.product}: ${variantName}` : architecture.product;
}

/** Label of a deployment target: a cloud, or self-managed hardware. */
export function formatTarget(target: TargetId): string {
  return target === 'self-managed' ? 'Self-managed' : findCloudLabel(target);
}

/** A whole count with thousands separators, or the not-stated text for null. */
export function formatCount(value: number | null): string {
  return value === null ? NOT_STATED : value.toLocaleString('en-US');
}

/** A number of products, e.g. "1 product" or "1,000 products". */
export function formatProductCount(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'product' : 'products'}`;
}

// One formatter per fraction length, made once: toLocaleString with options builds a new Intl.NumberFormat on every
// call, which was a twentieth of the page rendering at 1,000 architectures (sizing tables format thousands of sizes).
const displayFormats = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }));

/** Rounds for display: three significant digits, but never drops a digit left of the decimal point. */
function roundForDisplay(value: number): string {
  return displayFormats[value >= 100 ? 0 : value >= 10 ? 1 : 2]!.format(value);
}

/** A size given in GiB, shown in the largest binary unit that keeps it at or above 1 (KiB, MiB or GiB); null is not stated. */
export function formatGiB(value: number | null): string {
  if (value === null) return NOT_STATED;
  if (value === 0 || value >= 1) return `${roundForDisplay(value)} GiB`;
  if (value * 1024 >= 1) return `${roundForDisplay(value * 1024)} MiB`;
  return `${roundForDisplay(value * 1024 * 1024)} KiB`;
}

/** A user count, e.g. "100,000 users". */
export function formatUsers(users: number): string {
  return `${users.toLocaleString('en-US')} ${users === 1 ? 'user' : 'users'}`;
}

/** Formats an interval or the not-stated text. */
function formatOrNotStated(format: (value: number) => string): (value: Interval | null) => string {
  return (value) => (value === null ? NOT_STATED : formatInterval(value, format));
}

/** The singular and plural noun of each kind of copy a requirement counts ("1 replica", "3 pods"). */
export const copyKindNouns: Record<CopyKind, { one: string; many: string }> = {
  nodes: { one: 'node', many: 'nodes' },
  pods: { one: 'pod', many: 'pods' },
  replicas: { one: 'replica', many: 'replicas' },
  instances: { one: 'instance', many: 'instances' },
  tasks: { one: 'task', many: 'tasks' },
};

/** A count of copies in the vendor's word, e.g. "3 pods", "1 replica". */
export function formatCopies(value: number, kind: CopyKind): string {
  return `${formatCount(value)} ${value === 1 ? copyKindNouns[kind].one : copyKindNouns[kind].many}`;
}

/** Label, in-sentence noun and formatter of each sizing resource: the one table pages, exports and answers read. */
export const resourceLabels: Record<SizingResource, { label: string; noun: string; format: (value: Interval | null) => string }> = {
  nodes: { label: 'Nodes', noun: 'nodes', format: formatOrNotStated((v) => formatCount(v)) },
  vcpu: { label: 'vCPU', noun: 'vCPU', format: formatOrNotStated((v) => formatVcpu(v).replace(/ vCPU$/, '')) },
  memoryGiB: { label: 'Memory', noun: 'memory', format: formatOrNotStated((v) => formatGiB(v)) },
  storageGiB: { label: 'Storage', noun: 'storage', format: formatOrNotStated((v) => formatGiB(v)) },
  iops: { label: 'IOPS', noun: 'IOPS', format: formatOrNotStated((v) => formatCount(Math.round(v))) },
};

/** An amount (or interval) of one resource in a sentence, e.g. "3 nodes", "10 vCPU", "1.4 to 2.9 vCPU", "8 GiB memory". */
export function formatResourceInterval(resource: SizingResource, value: Interval): string {
  if (value.low === value.high) return formatResourceAmount(resource, value.low);
  const unitless = resourceLabels[resource].format(value);
  return resource === 'nodes'
    ? `${unitless} nodes`
    : resource === 'vcpu'
      ? `${unitless} vCPU`
      : resource === 'iops'
        ? `${unitless} IOPS`
        : `${unitless} ${resourceLabels[resource].noun}`;
}

/** An amount of one resource in a sentence, e.g. "3 nodes", "10 vCPU", "8 GiB memory". */
export function formatResourceAmount(resource: SizingResource, value: number): string {
  switch (resource) {
    case 'nodes':
      return `${formatCount(value)} ${value === 1 ? 'node' : 'nodes'}`;
    case 'vcpu':
      return formatVcpu(value);
    case 'memoryGiB':
    case 'storageGiB':
      return `${formatGiB(value)} ${resourceLabels[resource].noun}`;
    case 'iops':
      return `${formatCount(Math.round(value))} IOPS`;
    default: {
      const unreachable: never = resource;
      return unreachable;
    }
  }
}

/** An interval in a unit: one figure when both ends agree, "1.4 to 2.9 vCPU" when they differ. */
export function formatInterval(interval: Interval, format: (value: number) => string): string {
  return interval.low === interval.high ? format(interval.low) : joinRange(format(interval.low), format(interval.high));
}

/** Writes a range once with its unit when both ends share it. */
function joinRange(low: string, high: string): string {
  const unit = /\s\S+$/.exec(low)?.[0];
  return unit && high.endsWith(unit) ? `${low.slice(0, -unit.length)} to ${high}` : `${low} to ${high}`;
}

/** A vCPU count as sizing writes it: up to three significant digits, e.g. "7.5 vCPU". */
export function formatVcpu(vcpu: number): string {
  return `${vcpu >= 100 ? Math.round(vcpu).toLocaleString('en-US') : Number(vcpu.toPrecision(3)).toLocaleString('en-US')} vCPU`;
}

/** A stated figure as the vendor wrote it, with the request and limit named when the vendor splits them. */
export function formatFigure(figure: Figure): string {
  if (figure.request && figure.limit) return `${figure.request.text} request, ${figure.limit.text} limit`;
  if (figure.request) return `${figure.request.text} request`;
  if (figure.limit) return `${figure.limit.text} limit`;
  return figure.amount.text;
}

/** The noun of a load driver after a number: "1 user", "100,000 users", "15 password-based logins per second". */
export function formatLoad(driver: Pick<LoadDriver, 'label' | 'singular'>, amount: number): string {
  return `${amount.toLocaleString('en-US')} ${amount === 1 ? driver.singular : driver.label}`;
}

/** A rate given per another unit of time, restated per the driver's: "30,000 per minute is 500 per second". */
export function formatRateConversion(given: { value: number; per: string; wanted: string }, value: number): string {
  return `${given.value.toLocaleString('en-US')} per ${given.per} is ${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} per ${given.wanted}`;
}

/** "per user", "per 15 password-based logins per second". */
function formatPer(driver: Pick<LoadDriver, 'label' | 'singular'>, per: number): string {
  return per === 1 ? `per ${driver.singular}` : `per ${formatLoad(driver, per)}`;
}

/** A load-based rule as a phrase, e.g. "about 30 kB of memory per user" or "1 vCPU per 15 password-based logins per second". */
export function formatSizingRule(rule: SizingRule, driver: Pick<LoadDriver, 'label' | 'singular'>): string {
  const amounts = [
    rule.vcpu ? `${formatFigure(rule.vcpu)}${/vCPU|CPU|cores?$/.test(rule.vcpu.amount.text) ? '' : ' vCPU'}` : undefined,
    rule.memory ? `${formatFigure(rule.memory)} of memory` : undefined,
    rule.storage ? `${formatFigure(rule.storage)} of storage` : undefined,
    rule.iops ? `${formatFigure(rule.iops)} ${rule.iopsKind === 'total' ? '' : `${rule.iopsKind} `}IOPS` : undefined,
  ].filter((part): part is string => part !== undefined);
  const scope = rule.appliesTo === 'per-node' ? ' on each node' : '';
  const part = rule.part ? ` (${rule.part})` : '';
  return `${rule.approximate ? 'about ' : ''}${amounts.join(' and ')}${scope} ${formatPer(driver, rule.per)}${part}`;
}

/** Human label of a setting's status. */
export function formatSettingStatus(status: Setting['status']): string {
  switch (status) {
    case 'required':
      return 'required';
    case 'recommended':
      return 'recommended';
    case 'default':
      return 'default';
    case 'example':
      return 'example';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** Units of time a setting's name may end in ("gracePeriodSeconds", "TIMEOUT_SECONDS"), with the unit's name. */
const settingTimeUnits: readonly [RegExp, string][] = [
  [/(?:Seconds|_SECONDS)$/, 'seconds'],
  [/(?:Minutes|_MINUTES)$/, 'minutes'],
  [/(?:Hours|_HOURS)$/, 'hours'],
  [/(?:Millis|Ms|_MILLIS|_MS)$/, 'milliseconds'],
];

/** The unit of time a setting's number is in, read from the end of its name; null when its name gives none. */
function findSettingTimeUnit(setting: Pick<Setting, 'name' | 'value'>): string | null {
  if (!/^\d+(?:\.\d+)?$/.test(setting.value)) return null;
  return settingTimeUnits.find(([pattern]) => pattern.test(setting.name))?.[1] ?? null;
}

/** A setting as a phrase, e.g. "auto.create.topics.enable = true (required)". */
export function formatSetting(setting: Pick<Setting, 'name' | 'value' | 'status'>): string {
  return `${setting.name} = ${setting.value} (${formatSettingStatus(setting.status)})`;
}

/** A number whose unit of time only its setting's name gives, with that unit ("60 seconds"); null when it has none. */
export function formatSettingTime(setting: Pick<Setting, 'name' | 'value'>): string | null {
  const unit = findSettingTimeUnit(setting);
  return unit ? `${setting.value} ${unit}` : null;
}

/** How a limit follows from its request, e.g. "2.5 × the request" or "(the request − 300 MB) ÷ 0.7". */
export function formatLimitRule(rule: Pick<LimitRule, 'minus' | 'times' | 'dividedBy'>): string {
  const base = rule.minus ? `(the request − ${rule.minus.text})` : 'the request';
  return `${rule.times !== undefined ? `${rule.times} × ` : ''}${base}${rule.dividedBy !== undefined ? ` ÷ ${rule.dividedBy}` : ''}`;
}

/** A count of availability zones in a sentence, e.g. "2 availability zones". */
export function formatZoneCount(zones: number): string {
  return `${formatCount(zones)} availability ${zones === 1 ? 'zone' : 'zones'}`;
}

/** A count of regions in a sentence, e.g. "2 regions". */
export function formatRegionCount(regions: number): string {
  return `${formatCount(regions)} ${regions === 1 ? 'region' : 'regions'}`;
}

/** The availability-zone recommendation as a sentence, e.g. "Run across at least 3 availability zones." */
export function formatZonesSentence(minZones: number): string {
  return `Run across at least ${minZones} availability zones.`;
}

/** A scope as the figures it names, mid-sentence: "the minimum figures", "the figures for production". */
export function formatScopeFigures(scope: RequirementScope): string {
  const phrase = formatScope(scope);
  return /^(for|in|as) /.test(phrase) ? `the figures ${phrase}` : `the ${phrase} figures`;
}

/** Upper-cases the first letter of a phrase that starts a sentence. */
export function upperFirst(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Lower-cases the first letter of a label used mid-sentence, leaving acronyms ("DB instance class", "VM size") alone. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? `${text.charAt(0).toLowerCase()}${text.slice(1)}` : text;
}
