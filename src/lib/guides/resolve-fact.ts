import type { Architecture } from '../../schemas/architecture.ts';
import type { TargetId } from '../../schemas/cloud-ref.ts';
import type { Requirement } from '../../schemas/requirement.ts';
import type { SizingRule } from '../../schemas/sizing-rule.ts';
import type { Basis, SourceRef } from '../../schemas/source-ref.ts';
import {
  findCloudService,
  formatFigure,
  formatLimitRule,
  formatLoad,
  formatNecessity,
  formatRegionCount,
  formatRequirements,
  formatCopies,
  formatSetting,
  formatSizingRule,
  formatVersionFloor,
  formatZoneCount,
  lowerFirst,
  resolveVariant,
  toVariantPath,
  type ResolvedVariant,
} from '../model/index.ts';
import type { FactFigure, FactProps, GuideFactAttribute } from './guide-components.ts';
import { fail, listChoices, resolveProduct, type Resolution } from './resolve-guide-reference.ts';

/** One modelled value as a guide prints it: the value with its unit, its citations, and the page it comes from. */
export interface ResolvedFact {
  text: string;
  sources: SourceRef[];
  basis: Basis;
  architecture: string;
  variant: string;
  /** The variant page that shows the value in context. */
  path: string;
}

/** The selectors a <Fact> may narrow a value down with, besides of, attribute, variant and figure. */
type Selector = 'scope' | 'part' | 'driver' | 'cloud' | 'name' | 'kind';

/** One value of the attribute asked for, before the selectors pick among them. */
interface Candidate {
  keys: Partial<Record<Selector, string>>;
  sources: SourceRef[];
  basis: Basis;
  /** The whole statement, or one figure of it; undefined when the candidate has no such figure. */
  format: (figure: FactFigure | undefined) => string | undefined;
}

/** What each attribute is about: a component (of="product/component"), the product and variant (of="product"), or either. */
const subjectOf: Record<GuideFactAttribute, 'component' | 'product' | 'either'> = {
  requirement: 'component',
  'sizing-rule': 'component',
  'limit-rule': 'component',
  threshold: 'component',
  'rated-load': 'product',
  zones: 'product',
  regions: 'product',
  'managed-service': 'component',
  setting: 'component',
  necessity: 'component',
  technology: 'component',
  edition: 'either',
  note: 'either',
};

/** The selectors each attribute reads; any other given selector is a mistake worth naming. */
const selectorsOf: Record<GuideFactAttribute, readonly Selector[]> = {
  requirement: ['scope', 'part', 'cloud'],
  'sizing-rule': ['driver', 'part'],
  'limit-rule': [],
  threshold: ['driver'],
  'rated-load': ['driver'],
  zones: [],
  regions: [],
  'managed-service': ['cloud'],
  setting: ['name'],
  necessity: [],
  technology: [],
  edition: [],
  note: ['kind'],
};

/** The figures `figure=` may pick for each attribute. */
const figuresOf: Partial<Record<GuideFactAttribute, readonly FactFigure[]>> = {
  requirement: ['nodes', 'vcpu', 'memory', 'storage', 'iops', 'bandwidth', 'versions', 'instances'],
  'sizing-rule': ['vcpu', 'memory', 'storage', 'iops'],
  'limit-rule': ['vcpu', 'memory'],
  setting: ['value'],
};

/** One figure of a requirement, with its unit, or undefined when the requirement does not state it. */
function formatRequirementFigure(requirement: Requirement, figure: FactFigure, cloud: TargetId | undefined): string | undefined {
  switch (figure) {
    case 'nodes':
      return requirement.nodes === undefined ? undefined : formatCopies(requirement.nodes, requirement.counts ?? 'nodes');
    case 'vcpu':
      return requirement.vcpu && formatFigure(requirement.vcpu);
    case 'memory':
      return requirement.memory && formatFigure(requirement.memory);
    case 'storage':
      return requirement.storage && formatFigure(requirement.storage);
    case 'iops':
      return (
        requirement.iops && `${formatFigure(requirement.iops)} ${requirement.iopsKind === 'total' ? '' : `${requirement.iopsKind} `}IOPS`
      );
    case 'bandwidth':
      return requirement.bandwidth;
    case 'versions':
      return requirement.versions && requirement.versions.map(formatVersionFloor).join('; ');
    case 'instances':
      return cloud && cloud !== 'self-managed' ? requirement.instances?.[cloud] : undefined;
    case 'value':
      return undefined;
    default: {
      const unreachable: never = figure;
      return unreachable;
    }
  }
}

/** A sizing rule cut down to one resource, so it prints that amount alone. */
function pickRuleFigure(rule: SizingRule, figure: FactFigure): SizingRule | undefined {
  const only = { ...rule, vcpu: undefined, memory: undefined, storage: undefined, iops: undefined };
  if (figure === 'vcpu' && rule.vcpu) return { ...only, vcpu: rule.vcpu };
  if (figure === 'memory' && rule.memory) return { ...only, memory: rule.memory };
  if (figure === 'storage' && rule.storage) return { ...only, storage: rule.storage };
  if (figure === 'iops' && rule.iops) return { ...only, iops: rule.iops };
  return undefined;
}

/** A rated load as a range: "up to 300 …", "100 to 500 …", "from 1,000 …". */
function formatRatedRange(driver: { label: string; singular: string }, min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `${formatLoad(driver, min)} to ${formatLoad(driver, max)}`;
  if (max !== undefined) return `up to ${formatLoad(driver, max)}`;
  return `from ${formatLoad(driver, min ?? 0)}`;
}

/** The values of one attribute of a subject in a resolved variant, each with its selector keys. */
function listCandidates(
  resolved: ResolvedVariant,
  attribute: GuideFactAttribute,
  subjectId: string | undefined,
  cloud: TargetId | undefined,
): Resolution<Candidate[]> {
  const driverOf = (id: string) => resolved.loadDrivers.find((driver) => driver.id === id) ?? { label: id, singular: id };
  const component = resolved.components.find((candidate) => candidate.id === subjectId);
  const host = resolved.hosts.find((candidate) => candidate.id === subjectId);
  const variant = resolved.variant;
  switch (attribute) {
    case 'requirement':
      return {
        ok: true,
        value: (component?.requirements ?? host?.requirements ?? []).map((requirement) => ({
          keys: { scope: requirement.scope, ...(requirement.part ? { part: requirement.part } : {}) },
          sources: requirement.source,
          basis: requirement.basis,
          format: (figure) => (figure ? formatRequirementFigure(requirement, figure, cloud) : formatRequirements(requirement)),
        })),
      };
    case 'sizing-rule':
      return {
        ok: true,
        value: (component?.sizing ?? []).map((rule) => ({
          keys: { driver: rule.driver, ...(rule.part ? { part: rule.part } : {}) },
          sources: rule.source,
          basis: rule.basis,
          format: (figure) => {
            const picked = figure ? pickRuleFigure(rule, figure) : rule;
            return picked && formatSizingRule(picked, driverOf(rule.driver));
          },
        })),
      };
    case 'limit-rule':
      return {
        ok: true,
        value: (component?.limits ?? []).map((rule) => ({
          keys: {},
          sources: rule.source,
          basis: 'stated',
          format: (figure) =>
            figure === undefined || figure === rule.resource
              ? `${rule.resource === 'vcpu' ? 'CPU' : 'memory'} limit = ${formatLimitRule(rule)}`
              : undefined,
        })),
      };
    case 'threshold':
      return {
        ok: true,
        value: (component?.thresholds ?? []).map((threshold) => ({
          keys: { driver: threshold.driver },
          sources: threshold.source,
          basis: threshold.basis,
          format: (figure) => (figure ? undefined : formatLoad(driverOf(threshold.driver), threshold.above)),
        })),
      };
    case 'rated-load':
      return {
        ok: true,
        value: (variant.rated ?? []).map((rated) => ({
          keys: { driver: rated.driver },
          sources: rated.source,
          basis: 'stated',
          format: (figure) => (figure ? undefined : formatRatedRange(driverOf(rated.driver), rated.min, rated.max)),
        })),
      };
    case 'zones':
      return {
        ok: true,
        value: variant.availabilityZones
          ? [
              {
                keys: {},
                sources: variant.availabilityZones.source,
                basis: 'stated',
                format: (figure) => (figure ? undefined : formatZoneCount(variant.availabilityZones?.min ?? 0)),
              },
            ]
          : [],
      };
    case 'regions':
      return {
        ok: true,
        value: variant.regions
          ? [
              {
                keys: {},
                sources: variant.regions.source,
                basis: 'stated',
                format: (figure) => (figure ? undefined : formatRegionCount(variant.regions?.min ?? 0)),
              },
            ]
          : [],
      };
    case 'managed-service':
      return {
        ok: true,
        value: (component?.managed ?? []).map((option) => ({
          keys: { cloud: option.cloud },
          sources: option.source,
          basis: 'stated',
          format: (figure) => (figure ? undefined : `${findCloudService(option.service).name}${option.sku ? ` (${option.sku})` : ''}`),
        })),
      };
    case 'setting':
      return {
        ok: true,
        value: (component?.settings ?? []).map((setting) => ({
          keys: { name: setting.name },
          sources: setting.source,
          basis: setting.basis,
          format: (figure) => (figure === 'value' ? setting.value : figure ? undefined : formatSetting(setting)),
        })),
      };
    case 'necessity':
      return {
        ok: true,
        value: component
          ? [
              {
                keys: {},
                sources: component.necessity.source,
                basis: component.necessity.basis,
                format: (figure) =>
                  figure
                    ? undefined
                    : `${lowerFirst(formatNecessity(component.necessity.level))}${component.necessity.condition ? `: ${component.necessity.condition}` : ''}`,
              },
            ]
          : [],
      };
    case 'technology':
      return {
        ok: true,
        value: component?.technology
          ? [{ keys: {}, sources: component.source, basis: 'stated', format: (figure) => (figure ? undefined : component.technology) }]
          : [],
      };
    case 'edition': {
      const edition = subjectId ? component?.edition : variant.edition;
      return {
        ok: true,
        value: edition
          ? [{ keys: {}, sources: edition.source, basis: 'stated', format: (figure) => (figure ? undefined : edition.name) }]
          : [],
      };
    }
    case 'note':
      return {
        ok: true,
        value: (subjectId ? (component?.notes ?? []) : resolved.notes).map((note) => ({
          keys: { kind: note.kind },
          sources: note.source,
          basis: note.basis,
          format: (figure) => (figure ? undefined : note.text),
        })),
      };
    default: {
      const unreachable: never = attribute;
      return unreachable;
    }
  }
}

/** Describes a candidate by its selector keys, e.g. `scope="recommended" part="api"`. */
function describeKeys(candidate: Candidate): string {
  const keys = Object.entries(candidate.keys).map(([key, value]) => `${key}="${value}"`);
  return keys.length > 0 ? keys.join(' ') : `source="${candidate.sources[0]?.doc}#${candidate.sources[0]?.section}"`;
}

/** Whether the subject exists in the variant: a component, or (for requirements) a shared host. */
function hasSubject(resolved: ResolvedVariant, subjectId: string, attribute: GuideFactAttribute): boolean {
  return (
    resolved.components.some((c) => c.id === subjectId) || (attribute === 'requirement' && resolved.hosts.some((h) => h.id === subjectId))
  );
}

/** The variant a fact is read from: the one named, else the first variant holding the subject, else the default. */
function pickVariant(architecture: Architecture, props: FactProps, subjectId: string | undefined): Resolution<ResolvedVariant> {
  if (props.variant !== undefined) {
    if (!architecture.variants.some((variant) => variant.id === props.variant)) {
      return fail(
        `${architecture.product} has no variant "${props.variant}"`,
        `use variant=${listChoices(architecture.variants.map((v) => v.id))}`,
      );
    }
    return { ok: true, value: resolveVariant(architecture, props.variant) };
  }
  const all = architecture.variants.map((variant) => resolveVariant(architecture, variant.id));
  const holding = subjectId ? all.find((resolved) => hasSubject(resolved, subjectId, props.attribute)) : all[0];
  return { ok: true, value: holding ?? (all[0] as ResolvedVariant) };
}

/**
 * Finds the one modelled value a <Fact> names and prints it with its unit, from the same labels as every other page.
 * The reference reads like a sentence of the model: of="keycloak/database" attribute="sizing-rule" figure="iops". When
 * the selectors leave no value or several, the problem names what the model holds and the fix says which selector
 * to add, so a guide can never print a value the model does not have.
 */
export function resolveFact(architectures: readonly Architecture[], props: FactProps): Resolution<ResolvedFact> {
  const [productId = '', subjectId] = props.of.split('/');
  const product = resolveProduct(architectures, productId);
  if (!product.ok) return product;
  const architecture = product.value;
  const about = subjectOf[props.attribute];
  if (about === 'component' && !subjectId) {
    return fail(
      `attribute="${props.attribute}" is about a component, but of="${props.of}" names only the product`,
      `write of="${productId}/<component>" with one of ${listChoices(architecture.components.map((c) => c.id))}`,
    );
  }
  if (about === 'product' && subjectId) {
    return fail(
      `attribute="${props.attribute}" is about the product and variant, not a component`,
      `write of="${productId}" and pick the variant with variant=`,
    );
  }
  const variant = pickVariant(architecture, props, subjectId);
  if (!variant.ok) return variant;
  const resolved = variant.value;
  if (subjectId && !hasSubject(resolved, subjectId, props.attribute)) {
    const elsewhere = architecture.variants.filter((v) => hasSubject(resolveVariant(architecture, v.id), subjectId, props.attribute));
    return elsewhere.length > 0
      ? fail(
          `${architecture.product} has no "${subjectId}" in variant "${resolved.variant.id}"`,
          `use variant=${listChoices(elsewhere.map((v) => v.id))}`,
        )
      : fail(
          `${architecture.product} has no component "${subjectId}"`,
          `use one of ${listChoices([...architecture.components.map((c) => c.id), ...(props.attribute === 'requirement' ? architecture.hosts.map((h) => h.id) : [])])}`,
        );
  }
  const allowed = selectorsOf[props.attribute];
  for (const selector of ['scope', 'part', 'driver', 'cloud', 'name', 'kind'] as const) {
    const cloudForInstances = selector === 'cloud' && props.figure === 'instances';
    if (props[selector] !== undefined && !allowed.includes(selector) && !cloudForInstances) {
      return fail(
        `${selector}= does not apply to attribute="${props.attribute}"`,
        allowed.length > 0 ? `select with ${allowed.map((s) => `${s}=`).join(', ')} or source=` : `remove ${selector}=`,
      );
    }
  }
  if (props.figure !== undefined && !(figuresOf[props.attribute] ?? []).includes(props.figure)) {
    const figures = figuresOf[props.attribute] ?? [];
    return fail(
      `figure= does not apply to attribute="${props.attribute}"`,
      figures.length > 0 ? `use figure=${listChoices(figures)}` : 'remove figure=',
    );
  }
  if (props.figure === 'instances' && (props.cloud === undefined || props.cloud === 'self-managed')) {
    return fail('figure="instances" names machine types per cloud', 'add cloud="aws", "azure" or "gcp"');
  }
  const listed = listCandidates(resolved, props.attribute, subjectId, props.cloud);
  if (!listed.ok) return listed;
  const subject = `${subjectId ? `${subjectId} of ` : ''}${architecture.product} (variant "${resolved.variant.id}")`;
  if (listed.value.length === 0) {
    return fail(
      `the model states no ${props.attribute} for ${subject}`,
      'print a value the model holds, or add the fact to the architecture file first',
    );
  }
  const matching = listed.value.filter(
    (candidate) =>
      (['scope', 'part', 'driver', 'name', 'kind'] as const).every(
        (key) => props[key] === undefined || candidate.keys[key] === props[key],
      ) &&
      (props.matching === undefined || (candidate.format(props.figure) ?? '').toLowerCase().includes(props.matching.toLowerCase())) &&
      (props.attribute !== 'managed-service' || props.cloud === undefined || candidate.keys.cloud === props.cloud) &&
      (props.source === undefined || candidate.sources.some((source) => `${source.doc}#${source.section}` === props.source)) &&
      candidate.format(props.figure) !== undefined,
  );
  if (matching.length === 0) {
    return fail(
      `no ${props.attribute} of ${subject} matches${props.figure ? ` with figure="${props.figure}"` : ''}`,
      `the model holds ${[...new Set(listed.value.map(describeKeys))].join('; ')}; select one of those`,
    );
  }
  if (matching.length > 1) {
    const described = matching.map(describeKeys);
    const options =
      new Set(described).size === described.length
        ? described
        : matching.map((m) => `${describeKeys(m)} source="${m.sources[0]?.doc}#${m.sources[0]?.section}"`);
    return fail(
      `${matching.length} values of ${props.attribute} for ${subject} match`,
      `narrow it down with one of: ${options.join(' | ')}`,
    );
  }
  const [chosen] = matching as [Candidate];
  return {
    ok: true,
    value: {
      text: chosen.format(props.figure) as string,
      sources: chosen.sources,
      basis: chosen.basis,
      architecture: architecture.id,
      variant: resolved.variant.id,
      path: toVariantPath(architecture, resolved.variant.id),
    },
  };
}

/** A resolved value as pages and Markdown print it: marked "(inferred)" where the source only implies it. */
export function formatFactText(fact: Pick<ResolvedFact, 'text' | 'basis'>): string {
  return fact.basis === 'inferred' ? `${fact.text} (inferred)` : fact.text;
}
