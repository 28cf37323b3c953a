import { formatScope } from '../../model/index.ts';
import type { LimitRule } from '../../../schemas/sizing-rule.ts';
import type { NumberMention } from '../types.ts';
import type { ComputeSubject } from './compute-subject.ts';
import type { Target } from './find-targets.ts';

/** Units as the answer writes them back, keyed by how the question wrote them. */
const unitLabels: Record<string, string> = {
  kb: 'kB',
  kib: 'KiB',
  ki: 'Ki',
  mb: 'MB',
  mib: 'MiB',
  mi: 'Mi',
  gb: 'GB',
  gib: 'GiB',
  gi: 'Gi',
  tb: 'TB',
  tib: 'TiB',
  ti: 'Ti',
  millicores: 'm CPU',
};

/** A number in the question's own unit, e.g. "1,357.1 MB". */
function formatInUnit(value: number, number: NumberMention): string {
  const unit = number.unit ?? '';
  return `${Number(value.toFixed(1)).toLocaleString('en-US')} ${unitLabels[unit] ?? 'vCPU'}`;
}

/** The subtrahend of a rule in canonical units (GiB or vCPU). */
function readMinus(rule: LimitRule): number {
  if (rule.minus === undefined) return 0;
  return 'gib' in rule.minus ? rule.minus.gib : rule.minus.vcpu;
}

/** A limit worked out from a request the question gives, as the sentence and the component it rests on. */
export interface LimitFromRequest {
  text: string;
  components: string[];
}

/**
 * Applies a component's head-room rule (limit = (request − minus) × times ÷ dividedBy) to a request the question
 * states with a unit ("1250 MB", "4 vCPU"), answering in the question's unit. Null when no rule fits the number.
 */
export function applyLimitRule(
  subject: ComputeSubject,
  targets: readonly Target[],
  numbers: readonly NumberMention[],
  // Whether the question asks how far the limit lies past the request ("and how far over the request is it?").
  asksMargin = false,
): LimitFromRequest | null {
  const named = new Set(targets.flatMap((target) => target.components));
  for (const number of numbers) {
    if (number.canonical === undefined || number.measure === undefined || number.negative) continue;
    const resource = number.measure === 'size' ? 'memory' : 'vcpu';
    const withRule = subject.resolved.components.filter((component) => (component.limits ?? []).some((rule) => rule.resource === resource));
    const chosen = withRule.filter((component) => named.has(component.id));
    const components = chosen.length > 0 ? chosen : withRule;
    if (components.length !== 1) continue;
    const component = components[0];
    const rule = component?.limits?.find((r) => r.resource === resource);
    if (!component || !rule) continue;
    const factor = number.canonical / number.value;
    const minus = readMinus(rule);
    const limit = (Math.max(0, number.canonical - minus) * (rule.times ?? 1)) / (rule.dividedBy ?? 1);
    const steps = [
      minus > 0 ? `(${formatInUnit(number.value, number)} − ${formatInUnit(minus / factor, number)})` : formatInUnit(number.value, number),
      rule.times !== undefined ? `× ${rule.times}` : '',
      rule.dividedBy !== undefined ? `÷ ${rule.dividedBy}` : '',
    ].filter(Boolean);
    const canonical = number.canonical;
    // The vendor's own worked figures for this very request show its rounding beside the computed limit.
    const worked = (component.requirements ?? []).find((entry) => {
      const figure = resource === 'memory' ? entry.memory : entry.vcpu;
      return figure?.request !== undefined && figure.limit !== undefined && Math.abs(figure.request.low - canonical) <= canonical * 1e-9;
    });
    const workedLimit = (resource === 'memory' ? worked?.memory : worked?.vcpu)?.limit;
    const statedLimit =
      worked && workedLimit
        ? ` The vendor's own ${formatScope(worked.scope)} figures for this request state a limit of ${workedLimit.text}.`
        : '';
    // The head-room in figures ("18 vCPU above the request") is what a budget adds on top of the request.
    const headroom = limit - canonical;
    const above = asksMargin && headroom > 0 ? `, ${formatInUnit(headroom / factor, number)} above the request` : '';
    return {
      text: `${subject.label}: ${component.name}: a ${resource === 'memory' ? 'memory' : 'CPU'} request of ${formatInUnit(number.value, number)} gives a limit of ${steps.join(' ')} = ${formatInUnit(limit / factor, number)}${above}.${statedLimit} ${rule.text.trim()}`,
      components: [component.id],
    };
  }
  return null;
}
