import type { Architecture } from '../../schemas/architecture.ts';
import type { Basis, SourceRef } from '../../schemas/source-ref.ts';
import type { NoteKind } from '../../schemas/note.ts';
import { formatRequirements } from './format-requirements.ts';
import { formatLoad, formatNecessity, formatNoteKind, formatSetting, formatSettingTime, formatSizingRule } from './labels.ts';
import { findCloudLabel, findCloudService, findRole } from './registry.ts';
import type { ResolvedComponent, ResolvedVariant } from './resolve-variant.ts';

import type { FactAttribute } from './fact-attributes.ts';

/** One atomic fact of the model, with its sentence in archkb's words and its sources. */
export interface Fact {
  /** Stable id: architecture, variant, component and attribute with an index. */
  id: string;
  architecture: string;
  variant: string;
  /** Component id the fact is about, or null for the variant or product. */
  component: string | null;
  /** Display name of what the fact is about: the component, or the product. */
  subject: string;
  attribute: FactAttribute;
  /** The note's kind, for note facts. */
  kind?: NoteKind;
  /** The fact as a sentence or phrase in archkb's words, built from the model. */
  text: string;
  sources: SourceRef[];
  basis: Basis;
}

/** Turns a list into "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Drops a trailing full stop so a phrase can sit inside a sentence. */
function trimStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

/** Every fact about one component of a resolved variant, in a fixed order. */
export function listComponentFacts(resolved: ResolvedVariant, component: ResolvedComponent): Fact[] {
  const facts: Fact[] = [];
  const base = { architecture: resolved.architectureId, variant: resolved.variant.id, component: component.id, subject: component.name };
  const push = (attribute: FactAttribute, text: string, sources: SourceRef[], basis: Basis = 'stated', kind?: NoteKind) => {
    facts.push({
      ...base,
      id: `${resolved.architectureId}/${resolved.variant.id}/${component.id}/${attribute}/${facts.length}`,
      attribute,
      text,
      sources,
      basis,
      ...(kind ? { kind } : {}),
    });
  };
  const driverOf = (id: string) => resolved.loadDrivers.find((driver) => driver.id === id) ?? { label: id, singular: id };
  push('purpose', component.purpose, component.source);
  push('role', `Role: ${findRole(component.role).label}`, component.source, 'inferred');
  if (component.technology) push('technology', `Technology: ${component.technology}`, component.source);
  if (component.examples && component.examples.length > 0)
    push('examples', `Examples the vendor names: ${joinWords(component.examples)}`, component.source);
  const necessity = component.necessity;
  push(
    'necessity',
    `${formatNecessity(necessity.level)}${necessity.condition ? `: ${necessity.condition}` : ''}`,
    necessity.source,
    necessity.basis,
  );
  if (component.edition) {
    push(
      'edition',
      `Needs the ${component.edition.name}${component.edition.text ? `: ${trimStop(component.edition.text)}` : ''}`,
      component.edition.source,
    );
  }
  for (const requirement of component.requirements ?? []) {
    push(
      'requirement',
      `${formatRequirements(requirement)}${requirement.note ? `. ${trimStop(requirement.note)}` : ''}`,
      requirement.source,
      requirement.basis,
    );
  }
  for (const rule of component.sizing ?? []) {
    push(
      'sizing-rule',
      `${formatSizingRule(rule, driverOf(rule.driver))}${rule.note ? `. ${trimStop(rule.note)}` : ''}`,
      rule.source,
      rule.basis,
    );
  }
  for (const rule of component.limits ?? []) push('limit-rule', trimStop(rule.text), rule.source);
  for (const threshold of component.thresholds ?? []) {
    push(
      'threshold',
      `Above ${formatLoad(driverOf(threshold.driver), threshold.above)}, ${formatNecessity(threshold.level).toLowerCase()}: ${trimStop(threshold.text)}`,
      threshold.source,
      threshold.basis,
    );
  }
  for (const option of component.managed ?? []) {
    push(
      'managed-service',
      `${findCloudLabel(option.cloud)}: ${findCloudService(option.service).name}${option.sku ? `, ${option.sku}` : ''}${option.note ? ` (${trimStop(option.note)})` : ''}`,
      option.source,
    );
  }
  for (const item of component.incompatible ?? [])
    push('incompatibility', `Not supported: ${item.with}. ${trimStop(item.text)}`, item.source);
  if (component.placement)
    push('placement', `Runs in a ${component.placement.subnet} subnet`, component.placement.source, component.placement.basis);
  if (component.runtime) {
    push(
      'runtime',
      component.runtime.needed === 'startup-only' ? 'Needed only when containers or services start or restart' : 'Needed at all times',
      component.runtime.source,
    );
  }
  for (const port of component.ports ?? []) push('port', `Port ${port.port}/${port.protocol}: ${trimStop(port.purpose)}`, port.source);
  for (const setting of component.settings ?? []) {
    // A time the name alone gives its unit ("…Seconds = 60") is written out, so a reader asking for a time finds one.
    const said = [formatSettingTime(setting), setting.text ? trimStop(setting.text) : null].filter(Boolean).join('. ');
    push('setting', `${formatSetting(setting)}${said ? `: ${said}` : ''}`, setting.source, setting.basis);
  }
  for (const record of component.dns ?? []) push('dns', `DNS ${record.type} ${record.name} pointing at ${record.target}`, record.source);
  for (const note of component.notes ?? [])
    push('note', `${formatNoteKind(note.kind)}: ${trimStop(note.text)}`, note.source, note.basis, note.kind);
  return facts;
}

/** The citations of several facts as one list, each section once. */
function collectSourcesOf(lists: readonly SourceRef[][]): SourceRef[] {
  const seen = new Set<string>();
  return lists.flat().filter((ref) => (seen.has(ref.anchor) ? false : (seen.add(ref.anchor), true)));
}

/** The architecture-level fact naming every variant, so "which deployments does X describe" has one answer. */
export function listArchitectureFacts(architecture: Pick<Architecture, 'id' | 'product' | 'variants'>, variantId: string): Fact[] {
  return [
    {
      id: `${architecture.id}/${variantId}/-/variants/0`,
      architecture: architecture.id,
      variant: variantId,
      component: null,
      subject: architecture.product,
      attribute: 'variants',
      text: `Deployment variants archkb describes for ${architecture.product}: ${joinWords(architecture.variants.map((v) => v.name))}`,
      sources: collectSourcesOf(architecture.variants.map((v) => v.source)),
      basis: 'stated',
    },
  ];
}

/** Every fact of a resolved variant: about the product and variant first, then each component, then connections. */
export function listVariantFacts(resolved: ResolvedVariant): Fact[] {
  const facts: Fact[] = [];
  const base = { architecture: resolved.architectureId, variant: resolved.variant.id, component: null, subject: resolved.product };
  const push = (attribute: FactAttribute, text: string, sources: SourceRef[], basis: Basis = 'stated', kind?: NoteKind) => {
    facts.push({
      ...base,
      id: `${resolved.architectureId}/${resolved.variant.id}/-/${attribute}/${facts.length}`,
      attribute,
      text,
      sources,
      basis,
      ...(kind ? { kind } : {}),
    });
  };
  const variant = resolved.variant;
  push('summary', variant.summary, variant.source);
  push(
    'components',
    `Components of ${variant.name}: ${joinWords(resolved.components.map((c) => `${c.name} (${formatNecessity(c.necessity.level).toLowerCase()})`))}`,
    collectSourcesOf(resolved.components.map((c) => c.source)),
  );
  for (const group of resolved.groups) {
    const members = resolved.components.filter((c) => c.group === group.id);
    if (members.length === 0) continue;
    push('group', `${group.label}: ${joinWords(members.map((c) => c.name))}`, collectSourcesOf(members.map((c) => c.source)), 'inferred');
  }
  if (variant.edition)
    push(
      'edition',
      `Needs the ${variant.edition.name}${variant.edition.text ? `: ${trimStop(variant.edition.text)}` : ''}`,
      variant.edition.source,
    );
  for (const driver of resolved.loadDrivers) {
    push('load-driver', `Sized by ${driver.label}${driver.description ? `: ${trimStop(driver.description)}` : ''}`, driver.source);
  }
  for (const rated of variant.rated ?? []) {
    const driver = resolved.loadDrivers.find((d) => d.id === rated.driver) ?? { label: rated.driver, singular: rated.driver };
    const range =
      rated.min !== undefined && rated.max !== undefined
        ? `${formatLoad(driver, rated.min)} to ${formatLoad(driver, rated.max)}`
        : rated.max !== undefined
          ? `up to ${formatLoad(driver, rated.max)}`
          : `from ${formatLoad(driver, rated.min ?? 0)}`;
    push(
      'rated-load',
      `${rated.basis === 'tested' ? 'Tested' : 'Rated'} for ${range}${rated.text ? `: ${trimStop(rated.text)}` : ''}`,
      rated.source,
    );
  }
  if (variant.availabilityZones)
    push('zones', `The vendor recommends at least ${variant.availabilityZones.min} availability zones`, variant.availabilityZones.source);
  if (variant.regions) push('regions', `Spans at least ${variant.regions.min} regions`, variant.regions.source);
  for (const host of resolved.hosts) {
    const names = host.components.map((id) => resolved.components.find((c) => c.id === id)?.name ?? id);
    push('host', `${joinWords(names)} run together on one ${host.kind} (${host.name})`, host.source, host.basis);
    for (const requirement of host.requirements ?? [])
      push('requirement', `${host.name}: ${formatRequirements(requirement)}`, requirement.source, requirement.basis);
  }
  for (const note of resolved.notes)
    push('note', `${formatNoteKind(note.kind)}: ${trimStop(note.text)}`, note.source, note.basis, note.kind);
  for (const conflict of resolved.conflicts) {
    push(
      'conflict',
      `The sources disagree on ${conflict.topic.charAt(0).toLowerCase()}${conflict.topic.slice(1)}: ${conflict.statements.map((s) => trimStop(s.text)).join(' / ')}`,
      conflict.statements.flatMap((s) => s.source),
    );
  }
  const componentFacts = resolved.components.flatMap((component) => listComponentFacts(resolved, component));
  const connectionFacts = resolved.connections.map((connection, index): Fact => {
    const name = (id: string) => resolved.components.find((c) => c.id === id)?.name ?? id;
    return {
      ...base,
      id: `${resolved.architectureId}/${resolved.variant.id}/-/connection/${index}`,
      component: connection.from,
      subject: name(connection.from),
      attribute: 'connection',
      text: `${name(connection.from)} to ${name(connection.to)}${connection.label ? `: ${connection.label}` : ''}${connection.basis === 'inferred' ? ' (inferred)' : ''}`,
      sources: connection.source,
      basis: connection.basis,
    };
  });
  return [...facts, ...componentFacts, ...connectionFacts];
}
