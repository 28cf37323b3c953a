import type { Architecture } from '../../schemas/architecture.ts';
import type { CloudId } from '../../schemas/cloud-ref.ts';
import type { Requirements, RequirementScope } from '../../schemas/component.ts';
import type { Note } from '../../schemas/fact.ts';
import type { SourceRef } from '../../schemas/source-ref.ts';
import { buildAnswerIndex, type IndexedArchitecture, type IndexedComponent } from './build-answer-index.ts';
import { toComponentAnchor } from '../catalogue/index.ts';
import {
  formatCount,
  formatGiB,
  formatNecessity,
  formatPerUserRule,
  formatResourceAmount,
  formatTarget,
  formatZonesSentence,
  resourceLabels,
  type SizingResource,
  formatRequirements,
  hasSizingFigures,
  findCloudLabel,
  findRole,
  resolveSource,
  toVariantPath,
} from '../model/index.ts';
import { computeFootprint, computeSizing, isValidUserCount } from '../sizing/index.ts';
import { mapComponentToCloud } from '../cloud/index.ts';
import { parseQuestion, stopwords, tokenizeText } from './parse-question.ts';
import type { Answer, AnswerOptions, AnswerSource, QuestionKind } from './types.ts';
import {
  allCueWords,
  attributeWords,
  classifyQuestion,
  crossWords,
  dnsWords,
  findComponents,
  findGlobalSubject,
  findSubjectCandidates,
  haWords,
  hasAny,
  networkWords,
  outageWords,
  readQuestion,
  requirementWords,
  resourceWords,
  settingWords,
  versionWords,
  weakWords,
  type ComponentMatch,
  type Reading,
} from './read-question.ts';
import type { ResolvedComponent, ResolvedVariant } from '../model/index.ts';

// ---------------------------------------------------------------- small formatting helpers

/** Joins items as "a, b and c". */
function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Drops a trailing full stop so a fact can sit inside a sentence. */
function trimStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

/** Lower-cases the first letter of a fact so it reads inside a sentence (keeps acronyms). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

// ---------------------------------------------------------------- sources

/** Collects sources, deduplicated by URL, up to a limit. */
class SourceList {
  readonly items: AnswerSource[] = [];
  private readonly seen = new Set<string>();
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  /** Adds a source unless its URL is already listed or the list is full. */
  add(source: AnswerSource): void {
    if (this.seen.has(source.url) || this.items.length >= this.limit) return;
    this.seen.add(source.url);
    this.items.push(source);
  }

  /** Adds a component's table row. */
  addRow(arch: IndexedArchitecture, variantId: string, component: ResolvedComponent, excerpt: string): void {
    const variant = arch.architecture.variants.find((v) => v.id === variantId);
    const label =
      arch.architecture.variants.length > 1 && variant ? `${arch.architecture.product} (${variant.name})` : arch.architecture.product;
    this.add({
      title: `${label}: ${component.name}`,
      url: `${toVariantPath(arch.architecture, variantId)}#${toComponentAnchor(component.id)}`,
      excerpt,
    });
  }

  /** Adds the vendor section a fact cites, as listed on the variant page. */
  addSection(arch: IndexedArchitecture, variantId: string, ref: SourceRef, excerpt: string): void {
    const resolved = resolveSource(ref);
    this.add({
      title: `${resolved.documentTitle}, section “${resolved.sectionTitle}”`,
      url: `${toVariantPath(arch.architecture, variantId)}#${resolved.anchor}`,
      excerpt,
    });
  }

  /** Adds an architecture page. */
  addPage(arch: IndexedArchitecture, variantId: string, excerpt: string): void {
    const variant = arch.architecture.variants.find((v) => v.id === variantId);
    this.add({
      title: `${arch.architecture.product}${variant && arch.architecture.variants.length > 1 ? ` (${variant.name})` : ''}`,
      url: toVariantPath(arch.architecture, variantId),
      excerpt,
    });
  }
}

/** A one-line summary of a component for excerpts: purpose, necessity and stated figures. */
function describeComponent(component: ResolvedComponent): string {
  const figures = (component.requirements ?? []).map(formatRequirements);
  const sizing = (component.sizing ?? []).map(formatPerUserRule);
  const necessity = `${formatNecessity(component.necessity.level)}${component.necessity.condition ? ` (${component.necessity.condition})` : ''}`;
  return `${component.name}: ${trimStop(component.purpose)}. ${necessity}.${figures.length + sizing.length > 0 ? ` Stated figures: ${[...figures, ...sizing].join('; ')}.` : ''}`;
}

// ---------------------------------------------------------------- composing answers

/** An answer under construction. */
interface Draft {
  text: string | null;
  confidence: number;
  declined?: string;
}

/** Notes of a component or architecture whose words match the question's leftover words. */
function findMatchingNotes(
  reading: Reading,
  candidates: readonly { note: Note; tokens: Set<string> }[],
  exclude: ReadonlySet<string>,
): Note[] {
  const leftover = reading.parsed.tokens.filter((t) => !stopwords.has(t) && !exclude.has(t) && t.length >= 4 && !/^\d+$/.test(t));
  if (leftover.length === 0) return [];
  return candidates.filter(({ tokens }) => leftover.some((token) => tokens.has(token))).map(({ note }) => note);
}

/** Appends notes that answer the leftover words of the question about a component. */
function addMatchingComponentNotes(reading: Reading, match: ComponentMatch, sources: SourceList): string[] {
  const naming = new Set(match.entry.fieldWeights.keys());
  const notes = findMatchingNotes(reading, match.entry.noteTokens, naming);
  for (const note of notes) sources.addSection(match.arch, match.variantId, note.source, note.text);
  return notes.map((note) => trimStop(note.text));
}

/** The necessity of a component as a sentence fragment, with its condition. */
function describeNecessity(component: ResolvedComponent): string {
  const level = component.necessity.level;
  switch (level) {
    case 'required':
      return 'required';
    case 'recommended':
      return 'recommended';
    case 'optional':
      return `optional${component.necessity.condition ? ` (${component.necessity.condition})` : ''}`;
    case 'conditional':
      return `needed ${component.necessity.condition ?? 'only under a condition'}`;
    default: {
      const unreachable: never = level;
      return unreachable;
    }
  }
}

/** Label of the subject for a sentence: technology if it has one, else the name. */
function subjectLabel(match: ComponentMatch): string {
  return match.component.technology ?? match.component.name;
}

/** Answers "what does X use Y for". */
function answerPurpose(reading: Reading, matches: ComponentMatch[], sources: SourceList): Draft {
  const parts = matches.slice(0, 3).map((match) => {
    sources.addRow(match.arch, match.variantId, match.component, describeComponent(match.component));
    sources.addSection(match.arch, match.variantId, match.component.source, trimStop(match.component.purpose) + '.');
    return `In ${match.arch.architecture.product}, ${match.component.name} (${findRole(match.component.role).label.toLowerCase()}, ${describeNecessity(match.component)}): ${lowerFirst(trimStop(match.component.purpose))}.`;
  });
  const first = matches[0];
  const extra = first ? addMatchingComponentNotes(reading, first, sources) : [];
  return { text: [...parts, ...extra.map((t) => `${t}.`)].join(' '), confidence: 0.9 };
}

/** Answers "does X need Y": yes, no, optional or conditional, with the runtime dependency when stated. */
function answerDependency(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const product = arch.architecture.product;
  if (matches.length === 0) {
    // The subject may be how a variant of this architecture runs ("Kubernetes" for Appsmith's Kubernetes variant).
    const variant = arch.architecture.variants.find((v) =>
      [...(arch.variantTokens.get(v.id) ?? [])].some((t) => reading.parsed.tokenSet.has(t) && !attributeWords.has(t)),
    );
    if (variant) {
      sources.addPage(arch, variant.id, variant.summary);
      sources.addSection(arch, variant.id, variant.source, variant.summary);
      const others = arch.architecture.variants.filter((v) => v.id !== variant.id).map((v) => v.name);
      return {
        text: `${variant.name} is one of the ways to run ${product} (one of its variants). ${trimStop(variant.summary)}.${others.length > 0 ? ` Other variants: ${joinList(others)}.` : ''}`,
        confidence: 0.75,
      };
    }
    const global = findGlobalSubject(reading);
    if (!global) return declineUnknown(reading, sources);
    const variantId = reading.variants.get(arch.architecture.id) ?? '';
    const resolved = arch.resolved.find((r) => r.variant.id === variantId) ?? arch.resolved[0];
    const required = (resolved?.components ?? []).filter((c) => c.necessity.level === 'required').map((c) => c.technology ?? c.name);
    sources.addPage(arch, variantId, `${product} components: ${(resolved?.components ?? []).map((c) => c.name).join(', ')}.`);
    sources.addRow(
      global.arch,
      global.variantId,
      global.component,
      `${global.arch.architecture.product} uses it: ${describeComponent(global.component)}`,
    );
    return {
      text: `No. archkb's model of ${product} has no ${subjectLabel(global)} component${required.length > 0 ? `; what it requires is ${joinList([...new Set(required)])}` : ''}.`,
      confidence: 0.8,
    };
  }
  const sentences: string[] = [];
  const first = matches[0];
  if (first && reading.namedVariant && !first.entry.forms.some((f) => f.variantId === reading.namedVariant)) {
    // The question names a variant the component is not part of: that is the answer.
    const names = arch.architecture.variants.filter((v) => first.entry.forms.some((f) => f.variantId === v.id)).map((v) => v.name);
    sources.addRow(arch, first.variantId, first.component, describeComponent(first.component));
    sources.addPage(arch, reading.namedVariant, `${product} (${variantName(arch, reading.namedVariant)}).`);
    return {
      text: `No, not in ${product}'s ${variantName(arch, reading.namedVariant)} variant: ${first.component.name} is part of ${joinList(names)} only.`,
      confidence: 0.85,
    };
  }
  for (const match of matches.slice(0, 2)) {
    const c = match.component;
    const label = c.name;
    sources.addRow(arch, match.variantId, c, describeComponent(c));
    sources.addSection(arch, match.variantId, c.necessity.source, `${label} is ${describeNecessity(c)}.`);
    if (c.runtime && hasAny(reading, outageWords)) {
      sentences.push(
        c.runtime.needed === 'startup-only'
          ? `Yes, outside start-up: ${product} needs ${label} only when containers start or restart, and keeps running through its outage at other times.`
          : `No: ${product} depends on ${label} at all times.`,
      );
      sources.addSection(
        arch,
        match.variantId,
        c.runtime.source,
        `${label}: needed ${c.runtime.needed === 'startup-only' ? 'only at start-up' : 'at all times'}.`,
      );
    }
    const level = c.necessity.level;
    let sentence: string;
    switch (level) {
      case 'required':
        sentence = `Yes. ${product} requires ${label}: ${lowerFirst(trimStop(c.purpose))}.`;
        break;
      case 'recommended':
        sentence = `Recommended rather than strictly required: ${product} recommends ${label} (${lowerFirst(trimStop(c.purpose))}).`;
        break;
      case 'optional':
        sentence = `No, ${label} is optional for ${product}${c.necessity.condition ? `; it is ${c.necessity.condition}` : ''}. Purpose: ${lowerFirst(trimStop(c.purpose))}.`;
        break;
      case 'conditional':
        sentence = `Only conditionally: ${product} needs ${label} ${c.necessity.condition ?? 'under a condition'}.`;
        break;
      default: {
        const unreachable: never = level;
        sentence = unreachable;
      }
    }
    for (const threshold of c.thresholds ?? []) {
      sentences.push(sentence);
      sentence = `${trimStop(threshold.text)}.`;
      sources.addSection(arch, match.variantId, threshold.source, threshold.text);
    }
    if (c.runtime && !hasAny(reading, outageWords)) {
      sentences.push(sentence);
      sentence =
        c.runtime.needed === 'startup-only'
          ? `It is only needed when containers start or restart; outside that, ${product} keeps running during its outage.`
          : `${product} depends on it at all times.`;
      sources.addSection(arch, match.variantId, c.runtime.source, sentence);
    }
    sentences.push(sentence);
    const variantsWith = match.entry.forms.map((f) => f.variantId);
    if (variantsWith.length < arch.architecture.variants.length) {
      const names = arch.architecture.variants.filter((v) => variantsWith.includes(v.id)).map((v) => v.name);
      sentences.push(`It appears only in: ${joinList(names)}.`);
    }
  }
  if (first) sentences.push(...addMatchingComponentNotes(reading, first, sources).map((t) => `${t}.`));
  return { text: sentences.join(' '), confidence: 0.9 };
}

/** Which scope the question asks figures for, if it names one. */
function findScope(reading: Reading): RequirementScope | null {
  if (reading.parsed.tokenSet.has('ha')) return 'high-availability';
  if (reading.parsed.tokenSet.has('production')) return 'production';
  return null;
}

/** Requirements entries of a component filtered to the question's scope when it names one (all when none match). */
function selectScoped(component: ResolvedComponent, scope: RequirementScope | null): Requirements[] {
  const all = component.requirements ?? [];
  if (!scope) return all;
  const scoped = all.filter((r) => r.scope === scope);
  return scoped.length > 0 ? scoped : all;
}

/** Answers requirement lookups for named components, or the whole variant when none is named. */
function answerRequirement(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const product = arch.architecture.product;
  const scope = findScope(reading);
  const variantId = reading.variants.get(arch.architecture.id) ?? '';
  const targets =
    matches.length > 0
      ? matches.slice(0, 3)
      : (arch.resolved.find((r) => r.variant.id === variantId)?.components ?? [])
          // Asked for a resource (memory, vCPU, ...), only figures of that kind answer; a version floor does not.
          .filter((c) =>
            hasAny(reading, resourceWords)
              ? (c.requirements ?? []).some(hasSizingFigures) || (c.sizing?.length ?? 0) > 0
              : (c.requirements?.length ?? 0) > 0 || (c.sizing?.length ?? 0) > 0,
          )
          .map((component) => ({
            arch,
            entry: arch.components.find((e) => e.id === component.id) as IndexedComponent,
            variantId,
            component,
            score: 0,
          }));
  if (targets.length === 0) {
    sources.addPage(arch, variantId, `${product}: the vendor states no minimum figures for this variant.`);
    return {
      text: `${arch.architecture.vendor} states no minimum figures for ${product} (${variantName(arch, variantId)}); archkb marks them as not stated.`,
      confidence: 0.7,
    };
  }
  const sentences: string[] = [];
  for (const match of targets) {
    const c = match.component;
    const requirements = selectScoped(c, scope);
    const figures = [
      ...requirements.map((r) => {
        sources.addSection(arch, match.variantId, r.source, `${c.name}: ${formatRequirements(r)}.`);
        return formatRequirements(r);
      }),
      ...(c.sizing ?? []).map((rule) => {
        sources.addSection(arch, match.variantId, rule.source, `${c.name}: ${formatPerUserRule(rule)}.`);
        return formatPerUserRule(rule);
      }),
    ];
    sources.addRow(arch, match.variantId, c, describeComponent(c));
    const where = arch.architecture.variants.length > 1 ? `'s ${variantName(arch, match.variantId)} variant` : '';
    if (figures.length === 0) {
      const elsewhere = match.entry.forms.filter((f) => f.variantId !== match.variantId && (f.component.requirements?.length ?? 0) > 0);
      sentences.push(
        `${arch.architecture.vendor} states no minimum figures for ${c.name} in ${product}${where}; archkb marks them as not stated.${elsewhere.map((f) => ` In ${variantName(arch, f.variantId)}: ${(f.component.requirements ?? []).map(formatRequirements).join('; ')}.`).join('')}`,
      );
      for (const f of elsewhere) sources.addRow(arch, f.variantId, f.component, describeComponent(f.component));
    } else {
      sentences.push(`In ${product}${where}, ${c.name} needs ${figures.join('; ')}.`);
    }
  }
  const other = matches.length > 0 ? otherVariantFigures(arch, targets, scope, sources) : [];
  return { text: [...sentences, ...other].join(' '), confidence: matches.length > 0 ? 0.95 : 0.85 };
}

/** The same components' figures in the architecture's other variants, when they differ. */
function otherVariantFigures(
  arch: IndexedArchitecture,
  targets: ComponentMatch[],
  scope: RequirementScope | null,
  sources: SourceList,
): string[] {
  const lines: string[] = [];
  for (const match of targets.slice(0, 1)) {
    const shown = selectScoped(match.component, scope).map(formatRequirements).join('; ');
    for (const form of match.entry.forms) {
      if (form.variantId === match.variantId) continue;
      const text = selectScoped(form.component, scope).map(formatRequirements).join('; ');
      if (text && text !== shown) {
        lines.push(`In the ${variantName(arch, form.variantId)} variant, ${form.component.name} needs ${text}.`);
        sources.addRow(arch, form.variantId, form.component, describeComponent(form.component));
      }
    }
  }
  return lines;
}

/** Display name of a variant. */
function variantName(arch: IndexedArchitecture, variantId: string): string {
  return arch.architecture.variants.find((v) => v.id === variantId)?.name ?? variantId;
}

/** The resolved variant the reading chose for an architecture. */
function chosenVariant(reading: Reading, arch: IndexedArchitecture): ResolvedVariant {
  const variantId = reading.variants.get(arch.architecture.id);
  return arch.resolved.find((r) => r.variant.id === variantId) ?? (arch.resolved[0] as ResolvedVariant);
}

/** Answers settings questions from the components' stated settings. */
function answerSetting(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const resolved = chosenVariant(reading, arch);
  const pool = matches.length > 0 ? matches.map((m) => m.component) : resolved.components;
  const found = pool.flatMap((c) => (c.settings ?? []).map((setting) => ({ c, setting })));
  if (found.length === 0 && matches.length > 0) {
    // No stated setting: the matching notes or HA guidance may still answer "should X be enabled".
    if (hasAny(reading, haWords)) return answerHighAvailability(reading, arch, matches, sources);
    return answerPurpose(reading, matches, sources);
  }
  if (found.length === 0) {
    const subject = matches[0]?.component.name;
    sources.addPage(arch, resolved.variant.id, `${arch.architecture.product}: components and their stated settings.`);
    return {
      text: `archkb records no required or recommended settings for ${subject ? `${subject} in ` : ''}${arch.architecture.product}; the vendor states none.`,
      confidence: 0.6,
    };
  }
  const text = found
    .map(({ c, setting }) => {
      sources.addRow(arch, resolved.variant.id, c, describeComponent(c));
      sources.addSection(arch, resolved.variant.id, setting.source, `${setting.name} = ${setting.value}`);
      return `${c.name} ${setting.required ? 'must' : 'should'} have ${setting.name} = ${setting.value}${setting.required ? ' (the vendor requires it)' : ''}.`;
    })
    .join(' ');
  return { text: `${arch.architecture.product}: ${text}`, confidence: 0.95 };
}

/** Answers version questions from stated version floors. */
function answerVersion(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const resolved = chosenVariant(reading, arch);
  const pool =
    matches.length > 0
      ? matches.flatMap((m) => m.entry.forms.map((f) => ({ c: f.component, variantId: f.variantId })))
      : resolved.components.map((c) => ({ c, variantId: resolved.variant.id }));
  const found = pool.flatMap(({ c, variantId }) => (c.requirements ?? []).filter((r) => r.version).map((r) => ({ c, variantId, r })));
  const seen = new Set<string>();
  const unique = found.filter(({ c, r }) => (seen.has(`${c.id}${r.version?.min}`) ? false : (seen.add(`${c.id}${r.version?.min}`), true)));
  if (unique.length === 0) {
    const subject = matches[0];
    if (subject) sources.addRow(arch, subject.variantId, subject.component, describeComponent(subject.component));
    else sources.addPage(arch, resolved.variant.id, `${arch.architecture.product} components.`);
    return {
      text: `${arch.architecture.vendor} states no version requirement for ${subject ? `${subject.component.name} in ` : ''}${arch.architecture.product}; archkb marks it as not stated.`,
      confidence: 0.7,
    };
  }
  const text = unique
    .map(({ c, variantId, r }) => {
      sources.addRow(arch, variantId, c, describeComponent(c));
      sources.addSection(arch, variantId, r.source, formatRequirements(r));
      return `${arch.architecture.product} needs ${r.version?.product} ${r.version?.min} or later for ${c.name} (${formatRequirements(r).replace(/^[^,]*,\s*/, '')}).`;
    })
    .join(' ');
  return { text, confidence: 0.95 };
}

/** Answers high-availability questions: zones, HA figures and HA notes. */
function answerHighAvailability(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const resolved = chosenVariant(reading, arch);
  const variantId = resolved.variant.id;
  const parts: string[] = [];
  const zones = resolved.variant.availabilityZones;
  if (zones && (matches.length === 0 || reading.parsed.tokenSet.has('zone'))) {
    parts.push(`Run ${arch.architecture.product} across at least ${zones.min} availability zones.`);
    sources.addSection(arch, variantId, zones.source, formatZonesSentence(zones.min));
    // A question about zones alone is answered by the zone count and the zone-level notes.
    if (matches.length === 0) {
      for (const note of resolved.notes.filter((n) => n.source.section === zones.source.section)) {
        parts.push(`${trimStop(note.text)}.`);
        sources.addSection(arch, variantId, note.source, note.text);
      }
      return { text: parts.join(' '), confidence: 0.95 };
    }
  }
  const pool = matches.length > 0 ? matches.map((m) => m.component) : resolved.components;
  for (const c of pool) {
    for (const r of (c.requirements ?? []).filter((req) => req.scope === 'high-availability')) {
      parts.push(`${c.name}: ${formatRequirements(r)}.`);
      sources.addRow(arch, variantId, c, describeComponent(c));
      sources.addSection(arch, variantId, r.source, formatRequirements(r));
    }
    for (const note of (c.notes ?? []).filter((n) => n.kind === 'high-availability')) {
      parts.push(`${c.name}: ${trimStop(note.text)}.`);
      sources.addRow(arch, variantId, c, describeComponent(c));
      sources.addSection(arch, variantId, note.source, note.text);
    }
  }
  for (const note of resolved.notes.filter((n) => n.kind === 'high-availability')) {
    parts.push(`${trimStop(note.text)}.`);
    sources.addSection(arch, variantId, note.source, note.text);
  }
  if (parts.length === 0) {
    sources.addPage(arch, variantId, `${arch.architecture.product} (${resolved.variant.name}).`);
    return {
      text: `archkb holds no high-availability guidance for ${matches[0] ? `${matches[0].component.name} in ` : ''}${arch.architecture.product}; the vendor states none.`,
      confidence: 0.6,
    };
  }
  return { text: parts.join(' '), confidence: 0.9 };
}

/** Answers network placement questions: subnets, DNS records and network notes. */
function answerNetwork(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const resolved = chosenVariant(reading, arch);
  const variantId = resolved.variant.id;
  const pool = matches.length > 0 ? matches.map((m) => m.component) : resolved.components;
  const wanted = reading.parsed.tokenSet.has('public') ? 'public' : reading.parsed.tokenSet.has('private') ? 'private' : null;
  const parts: string[] = [];
  const placed = pool.filter((c) => c.placement && (!wanted || matches.length > 0 || c.placement.subnet === wanted));
  if (placed.length > 0) {
    const bySubnet = new Map<string, string[]>();
    for (const c of placed) {
      const subnet = c.placement?.subnet ?? '';
      bySubnet.set(subnet, [...(bySubnet.get(subnet) ?? []), c.name]);
      sources.addRow(arch, variantId, c, describeComponent(c));
      if (c.placement) sources.addSection(arch, variantId, c.placement.source, `${c.name}: ${c.placement.subnet} subnet.`);
    }
    for (const [subnet, names] of bySubnet) parts.push(`In ${arch.architecture.product}, ${subnet} subnet: ${joinList(names)}.`);
  }
  const wantsDns = hasAny(reading, dnsWords) || parts.length === 0;
  if (wantsDns) {
    for (const c of pool) {
      const records = c.dns ?? [];
      if (records.length === 0) continue;
      parts.push(`DNS: ${joinList(records.map((d) => `${d.type} ${d.name}`))}, pointing at ${records[0]?.target ?? c.name}.`);
      sources.addRow(arch, variantId, c, describeComponent(c));
      for (const d of records) sources.addSection(arch, variantId, d.source, `${d.type} ${d.name} -> ${d.target}`);
    }
  }
  const notes = [...resolved.notes, ...pool.flatMap((c) => c.notes ?? [])].filter((n) => n.kind === 'network');
  for (const note of notes.slice(0, 2)) {
    parts.push(`${trimStop(note.text)}.`);
    sources.addSection(arch, variantId, note.source, note.text);
  }
  if (parts.length === 0) {
    sources.addPage(arch, variantId, `${arch.architecture.product} (${resolved.variant.name}).`);
    return {
      text: `archkb holds no network placement for ${matches[0] ? `${matches[0].component.name} in ` : ''}${arch.architecture.product}; the vendor states none.`,
      confidence: 0.6,
    };
  }
  return { text: parts.join(' '), confidence: 0.9 };
}

/** Answers managed-service questions: the vendor's named service first, else archkb's role mapping. */
function answerManaged(reading: Reading, arch: IndexedArchitecture, named: ComponentMatch[], sources: SourceList): Draft {
  // "Which cloud services" names no component: generic words alone do not pick one.
  const matches = reading.subjectTokens.every((token) => weakWords.has(token)) ? [] : named;
  const resolved = chosenVariant(reading, arch);
  const cloud = reading.cloud ?? resolved.variant.cloud ?? null;
  const pool =
    matches.length > 0
      ? matches.map((m) => ({ c: m.component, variantId: m.variantId }))
      : resolved.components.map((c) => ({ c, variantId: resolved.variant.id }));
  const clouds: CloudId[] = cloud ? [cloud] : ['aws', 'azure', 'gcp'];
  const parts: string[] = [];
  for (const { c, variantId } of pool.slice(0, matches.length > 0 ? 2 : 20)) {
    const named = (c.managed ?? []).filter((m) => clouds.includes(m.cloud));
    if (named.length > 0) {
      sources.addRow(arch, variantId, c, describeComponent(c));
      for (const m of named) sources.addSection(arch, variantId, m.source, `${findCloudLabel(m.cloud)}: ${m.service}`);
    }
    const perCloud = clouds.flatMap((target) => {
      const mapping = mapComponentToCloud(c, target, {});
      if (!mapping.service)
        return matches.length > 0 ? [`${formatTarget(target)}: none (${trimStop(mapping.serviceReason ?? 'no managed equivalent')})`] : [];
      return [
        `${formatTarget(target)}: ${mapping.service.name}${mapping.service.vendorNamed ? ' (named by the vendor)' : ' (archkb role mapping; the vendor names none)'}`,
      ];
    });
    if (perCloud.length > 0) {
      parts.push(`${c.name}: ${perCloud.join('; ')}.`);
      sources.addRow(arch, variantId, c, describeComponent(c));
    }
  }
  if (parts.length === 0) {
    sources.addPage(arch, resolved.variant.id, `${arch.architecture.product} components.`);
    return {
      text: `archkb maps no managed services for ${arch.architecture.product}${cloud ? ` on ${findCloudLabel(cloud)}` : ''}.`,
      confidence: 0.5,
    };
  }
  return { text: `${arch.architecture.product}, managed services: ${parts.join(' ')}`, confidence: 0.85 };
}

/** Resource a totals question asks for, or all. */
function findResources(reading: Reading): SizingResource[] {
  const map: [string, SizingResource][] = [
    ['vcpu', 'vcpu'],
    ['memory', 'memoryGiB'],
    ['storage', 'storageGiB'],
    ['node', 'nodes'],
  ];
  const asked = map.filter(([token]) => reading.parsed.tokenSet.has(token)).map(([, resource]) => resource);
  return asked.length > 0 ? asked : ['nodes', 'vcpu', 'memoryGiB', 'storageGiB'];
}

/** Answers totals questions from the stated figures of required and recommended components, arithmetic shown. */
function answerTotal(reading: Reading, arch: IndexedArchitecture, sources: SourceList): Draft {
  const resolved = chosenVariant(reading, arch);
  const footprint = computeFootprint(resolved);
  const resources = findResources(reading);
  const parts: string[] = [];
  for (const resource of resources) {
    const total = footprint.totals[resource];
    if (total === null) {
      parts.push(`${resource === 'nodes' ? 'node count' : resourceLabels[resource].noun}: not stated`);
      continue;
    }
    const terms = footprint.components
      .filter((row) => row.counted && row[resource] !== null)
      .map((row) => {
        const perNode =
          resource === 'nodes' ? null : row.perNode[resource === 'vcpu' ? 'vcpu' : resource === 'memoryGiB' ? 'memoryGiB' : 'storageGiB'];
        const term =
          row.nodes !== null && perNode !== null
            ? `${row.nodes} × ${formatResourceAmount(resource, perNode)}`
            : formatResourceAmount(resource, row[resource] ?? 0);
        return `${term} (${row.name})`;
      });
    parts.push(`${terms.join(' + ')} = ${formatResourceAmount(resource, total)}`);
  }
  for (const row of footprint.components.filter((r) => r.counted && r.scope !== null)) {
    const c = resolved.components.find((comp) => comp.id === row.id);
    if (c) sources.addRow(arch, resolved.variant.id, c, describeComponent(c));
    for (const source of row.sources)
      sources.addSection(arch, resolved.variant.id, { doc: source.doc, section: source.section }, `${row.name}: stated figures.`);
  }
  const scopes = [...new Set(footprint.components.filter((r) => r.counted && r.scope).map((r) => r.scope ?? ''))];
  const unstated = footprint.unstated
    .map((u) => ({ name: u.name, missing: u.resources.filter((r) => resources.includes(r)) }))
    .filter((u) => u.missing.length > 0)
    .map((u) =>
      resources.length > 1
        ? `${u.name} (${u.missing.map((r) => (r === 'nodes' ? 'node count' : resourceLabels[r].noun)).join(', ')})`
        : u.name,
    );
  const scopeText =
    scopes.length > 0 ? ` Figures are those stated ${scopes.map((s) => formatScopeWords(s as RequirementScope)).join(' and ')}.` : '';
  const unstatedText = unstated.length > 0 ? ` Not counted (no figure stated): ${joinList(unstated)}.` : '';
  if (footprint.components.every((r) => !r.counted || r.scope === null)) {
    sources.addPage(arch, resolved.variant.id, `${arch.architecture.product}: no stated figures.`);
    return {
      text: `${arch.architecture.vendor} states no node, vCPU, memory or storage figures for ${arch.architecture.product} (${resolved.variant.name}), so archkb has no total to give.`,
      confidence: 0.7,
    };
  }
  return {
    text: `${arch.architecture.product} (${resolved.variant.name}), required and recommended components: ${parts.join('; ')}.${scopeText}${unstatedText}`,
    confidence: 0.9,
  };
}

/** Words for a scope inside a sentence. */
function formatScopeWords(scope: RequirementScope): string {
  switch (scope) {
    case 'minimum':
      return 'as minimums';
    case 'high-availability':
      return 'for high availability';
    case 'production':
      return 'for production';
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}

/** Answers sizing questions for a user count through computeSizing, arithmetic shown. */
function answerSizing(reading: Reading, arch: IndexedArchitecture, matches: ComponentMatch[], sources: SourceList): Draft {
  const users = reading.users ?? 0;
  if (!isValidUserCount(users)) {
    return { text: null, confidence: 0, declined: 'The user count must be a whole number between 1 and 100,000,000.' };
  }
  const variantId = reading.variants.get(arch.architecture.id) ?? arch.architecture.variants[0]?.id ?? '';
  const cloud = reading.cloud ?? undefined;
  const result = computeSizing(arch.architecture, variantId, { users, cloud });
  const resolved = chosenVariant(reading, arch);
  const focus = new Set(matches.map((m) => m.entry.id));
  const rows = result.components.filter((row) => (focus.size === 0 ? true : focus.has(row.id)));
  const parts: string[] = [];
  for (const row of rows) {
    const c = resolved.components.find((comp) => comp.id === row.id);
    if (!c) continue;
    for (const rule of c.sizing ?? []) {
      const amount = rule.perUser.gib * users;
      const perUserKiB = rule.perUser.gib * 1024 * 1024;
      parts.push(
        `${row.name} ${rule.resource}: ${formatCount(users)} users × ${rule.approximate ? 'about ' : ''}${rule.perUser.text} = ${formatCount(Math.round(perUserKiB * users))} kB ≈ ${formatGiB(amount)}.`,
      );
      sources.addRow(arch, resolved.variant.id, c, describeComponent(c));
      sources.addSection(arch, resolved.variant.id, rule.source, `${formatPerUserRule(rule)}.`);
    }
    if (result.cloud !== 'self-managed' && (c.sizing ?? []).length > 0) {
      const placement = [
        row.service ? `${row.service.name}${row.service.vendorNamed ? ' (named by the vendor)' : ' (archkb role mapping)'}` : null,
        row.instance ? `smallest listed type holding it: ${row.instance.name}` : null,
      ].filter((part): part is string => part !== null);
      if (placement.length > 0) parts.push(`On ${result.cloudLabel}: ${placement.join('; ')}.`);
    }
    for (const threshold of c.thresholds ?? []) {
      const crossed = users > threshold.usersAbove;
      parts.push(
        crossed
          ? `${trimStop(threshold.text)}, so at ${formatCount(users)} users ${c.name} is ${threshold.level}.`
          : `At ${formatCount(users)} users ${c.name} stays ${c.necessity.level} (${lowerFirst(trimStop(threshold.text))}).`,
      );
      sources.addRow(arch, resolved.variant.id, c, describeComponent(c));
      sources.addSection(arch, resolved.variant.id, threshold.source, threshold.text);
    }
    if (focus.size > 0 && (c.sizing ?? []).length === 0 && (c.thresholds ?? []).length === 0) {
      const stated = (c.requirements ?? []).map(formatRequirements);
      parts.push(
        `${arch.architecture.vendor} gives no per-user figure for ${c.name}${stated.length > 0 ? `; its stated figures do not grow with users: ${stated.join('; ')}` : ''}.`,
      );
      sources.addRow(arch, resolved.variant.id, c, describeComponent(c));
    }
  }
  if (parts.length === 0) {
    sources.addPage(arch, resolved.variant.id, `${arch.architecture.product}: stated figures.`);
    return {
      text: `${arch.architecture.vendor} gives no per-user sizing figures for ${arch.architecture.product}, so archkb cannot compute a size for ${formatCount(users)} users; only the stated minimums apply.`,
      confidence: 0.6,
    };
  }
  const fixed = focus.size === 0 ? sizingFixedPart(result.totals) : '';
  return { text: `${arch.architecture.product} for ${formatCount(users)} users: ${parts.join(' ')}${fixed}`, confidence: 0.9 };
}

/** The user-independent stated totals appended to a whole-architecture sizing answer. */
function sizingFixedPart(totals: Record<SizingResource, number | null>): string {
  const stated = (['nodes', 'vcpu', 'memoryGiB', 'storageGiB'] as const)
    .filter((r) => totals[r] !== null)
    .map((r) => formatResourceAmount(r, totals[r] ?? 0));
  return stated.length > 0 ? ` Totals with the stated minimums of required and recommended components: ${stated.join(', ')}.` : '';
}

/** Answers which architectures use a subject. */
function answerCrossVendor(reading: Reading, sources: SourceList): Draft {
  const found: { arch: IndexedArchitecture; matches: ComponentMatch[] }[] = [];
  const global = findGlobalSubject(reading);
  if (!global && reading.cloud) return answerCloudCrossVendor(reading, reading.cloud, sources);
  // Words archkb does not know next to a weak match mean the question is about something else.
  if (!global || (global.score < 2 && reading.parsed.unknown.some((t) => t.length > 2))) return declineUnknown(reading, sources);
  const threshold = global.score * 0.75;
  for (const arch of reading.index.architectures) {
    const matches = findComponents(reading, arch).filter((m) => m.score >= threshold);
    if (matches.length > 0) found.push({ arch, matches });
  }
  const label = subjectLabel(global);
  const parts = found.map(({ arch, matches }) => {
    const first = matches[0] as ComponentMatch;
    sources.addRow(arch, first.variantId, first.component, describeComponent(first.component));
    return `${arch.architecture.product} (${matches
      .map((m) => `${m.component.name}, ${describeNecessity(m.component)}`)
      .slice(0, 2)
      .join('; ')})`;
  });
  // An architecture may run on the subject as one of its variants rather than as a component.
  const strong = reading.subjectTokens.filter((token) => !weakWords.has(token));
  for (const arch of reading.index.architectures.filter((a) => !found.some((f) => f.arch === a))) {
    const variant = arch.architecture.variants.find((v) => strong.some((token) => arch.variantTokens.get(v.id)?.has(token)));
    if (!variant) continue;
    sources.addPage(arch, variant.id, variant.summary);
    parts.push(`${arch.architecture.product} (as its ${variant.name} variant)`);
  }
  const total = reading.index.architectures.length;
  return {
    text: `${parts.length} of ${total} architecture${total === 1 ? '' : 's'} in archkb use${parts.length === 1 ? 's' : ''} ${label}: ${joinList(parts)}.`,
    confidence: 0.85,
  };
}

/** Answers which architectures run on a cloud: variants written for it, and vendor-named services on it. */
function answerCloudCrossVendor(reading: Reading, cloud: CloudId, sources: SourceList): Draft {
  const parts: string[] = [];
  for (const arch of reading.index.architectures) {
    const variants = arch.architecture.variants.filter((v) => v.cloud === cloud);
    const named = arch.resolved.flatMap((r) =>
      r.components.filter((c) => (c.managed ?? []).some((m) => m.cloud === cloud)).map((c) => ({ r, c })),
    );
    if (variants.length > 0) {
      for (const v of variants) sources.addPage(arch, v.id, v.summary);
      parts.push(`${arch.architecture.product} (variant written for ${findCloudLabel(cloud)}: ${joinList(variants.map((v) => v.name))})`);
    } else if (named.length > 0) {
      const first = named[0];
      if (first) sources.addRow(arch, first.r.variant.id, first.c, describeComponent(first.c));
      parts.push(
        `${arch.architecture.product} (names ${findCloudLabel(cloud)} services for ${joinList([...new Set(named.map(({ c }) => c.name))])})`,
      );
    }
  }
  if (parts.length === 0) return declineUnknown(reading, sources);
  return {
    text: `${parts.length} of ${reading.index.architectures.length} architectures in archkb address ${findCloudLabel(cloud)}: ${joinList(parts)}.`,
    confidence: 0.8,
  };
}

/** Answers two-architecture comparisons, on a subject when one is named, else on their required components. */
function answerCompare(reading: Reading, sources: SourceList): Draft {
  const archs =
    reading.named.length >= 2
      ? reading.named.slice(0, 2)
      : [reading.named[0], reading.scoped].filter((a): a is IndexedArchitecture => Boolean(a));
  const pair = [...new Set(archs)];
  if (pair.length < 2) return declineUnknown(reading, sources);
  const subjectTokens = reading.subjectTokens;
  const hasSubject = subjectTokens.length > 0 && findGlobalSubject(reading) !== null;
  if (hasSubject) {
    const global = findGlobalSubject(reading) as ComponentMatch;
    const parts = pair.map((arch) => {
      const matches = findComponents(reading, arch);
      const first = matches[0];
      if (!first) {
        sources.addPage(arch, chosenVariant(reading, arch).variant.id, `${arch.architecture.product} components.`);
        return `${arch.architecture.product} has no ${subjectLabel(global)} component`;
      }
      sources.addRow(arch, first.variantId, first.component, describeComponent(first.component));
      const figures = (first.component.requirements ?? []).map(formatRequirements);
      return `${arch.architecture.product}: ${first.component.name}, ${describeNecessity(first.component)}${figures.length > 0 ? `, ${figures.join('; ')}` : ', no figures stated'}`;
    });
    return { text: `${parts.join('. ')}.`, confidence: 0.85 };
  }
  const summaries = pair.map((arch) => {
    const resolved = chosenVariant(reading, arch);
    const required = [...new Set(resolved.components.filter((c) => c.necessity.level === 'required').map((c) => c.technology ?? c.name))];
    sources.addPage(arch, resolved.variant.id, `${arch.architecture.product}: ${arch.architecture.category}.`);
    return { arch, required };
  });
  const [a, b] = summaries as [(typeof summaries)[number], (typeof summaries)[number]];
  const shared = a.required.filter((x) => b.required.some((y) => y.toLowerCase() === x.toLowerCase()));
  return {
    text: `${a.arch.architecture.product} (${a.arch.architecture.category}) requires ${joinList(a.required) || 'nothing stated'}; ${b.arch.architecture.product} (${b.arch.architecture.category}) requires ${joinList(b.required) || 'nothing stated'}.${shared.length > 0 ? ` Both require ${joinList(shared)}.` : ' They share no required component.'}`,
    confidence: 0.8,
  };
}

/** Whether a component states the kind of fact a cue set asks for (figures, settings, versions, HA, network). */
function statesFactFor(component: ResolvedComponent, cues: ReadonlySet<string>): boolean {
  if (cues === requirementWords) return (component.requirements ?? []).some(hasSizingFigures) || (component.sizing ?? []).length > 0;
  if (cues === settingWords) return (component.settings ?? []).length > 0;
  if (cues === versionWords) return (component.requirements ?? []).some((r) => r.version);
  if (cues === haWords)
    return (
      (component.notes ?? []).some((n) => n.kind === 'high-availability') ||
      (component.requirements ?? []).some((r) => r.scope === 'high-availability')
    );
  return Boolean(component.placement) || (component.dns ?? []).length > 0;
}

/** Answers from the architecture's notes whose words cover the question's leftover words, when nothing else did. */
function answerFromNotes(reading: Reading, arch: IndexedArchitecture, sources: SourceList): Draft | null {
  const leftover = [...new Set(reading.subjectTokens.filter((t) => t.length >= 4))];
  if (leftover.length === 0) return null;
  const resolved = chosenVariant(reading, arch);
  const candidates = [
    ...resolved.notes.map((note) => ({ note, component: null as ResolvedComponent | null })),
    ...resolved.components.flatMap((component) => (component.notes ?? []).map((note) => ({ note, component }))),
  ];
  const needed = Math.min(2, leftover.length);
  const hits = candidates.filter(({ note }) => {
    const tokens = new Set(tokenizeText(note.text));
    return leftover.filter((t) => tokens.has(t)).length >= needed;
  });
  if (hits.length === 0) return null;
  for (const { note, component } of hits.slice(0, 2)) {
    if (component) sources.addRow(arch, resolved.variant.id, component, describeComponent(component));
    sources.addSection(arch, resolved.variant.id, note.source, note.text);
  }
  const text = hits
    .slice(0, 2)
    .map(({ note, component }) => `${component ? `${component.name}: ` : ''}${trimStop(note.text)}.`)
    .join(' ');
  return { text: `${arch.architecture.product}: ${text}`, confidence: 0.6 };
}

/** Answers an overview of an architecture: what it is and what it needs. */
function answerOverview(reading: Reading, arch: IndexedArchitecture, sources: SourceList): Draft {
  const resolved = chosenVariant(reading, arch);
  const byLevel = (level: string) => [...new Set(resolved.components.filter((c) => c.necessity.level === level).map((c) => c.name))];
  const required = byLevel('required');
  const optional = [...byLevel('optional'), ...byLevel('conditional')];
  sources.addPage(arch, resolved.variant.id, arch.architecture.summary);
  for (const c of resolved.components.filter((comp) => comp.necessity.level === 'required').slice(0, 4))
    sources.addRow(arch, resolved.variant.id, c, describeComponent(c));
  const variants = arch.architecture.variants.length > 1 ? ` Variants: ${joinList(arch.architecture.variants.map((v) => v.name))}.` : '';
  return {
    text: `${arch.architecture.product} (${arch.architecture.vendor}, ${arch.architecture.category.toLowerCase()}), ${resolved.variant.name}: requires ${joinList(required) || 'no component the vendor marks as required'}${optional.length > 0 ? `; optional or conditional: ${joinList(optional)}` : ''}.${variants}`,
    confidence: 0.7,
  };
}

/** Declines plainly and points at the nearest pages. */
function declineUnknown(reading: Reading, sources: SourceList): Draft {
  const arch = reading.scoped;
  if (arch) {
    const resolved = chosenVariant(reading, arch);
    sources.addPage(arch, resolved.variant.id, arch.architecture.summary);
  } else {
    for (const candidate of reading.index.architectures.slice(0, 5))
      sources.addPage(candidate, candidate.architecture.variants[0]?.id ?? '', candidate.architecture.summary);
  }
  const unknown = reading.parsed.unknown.filter((t) => t.length > 2).slice(0, 3);
  return {
    text: null,
    confidence: 0,
    declined: `archkb does not hold an answer to this question${unknown.length > 0 ? ` (it has nothing on “${unknown.join('”, “')}”${arch ? ` for ${arch.architecture.product}` : ''})` : ''}. The nearest pages are listed as sources.`,
  };
}

/** Whether the leftover words suggest the question is about something archkb does not hold. */
function looksOffTopic(reading: Reading, subject: ComponentMatch | null): boolean {
  const unknown = reading.parsed.unknown.filter((t) => t.length > 2);
  return unknown.length > 0 && !subject;
}

/**
 * Answers a question about the reference architectures from the structured model alone: requirement lookups,
 * purposes, dependencies, cross-vendor use, sizing, totals, settings, versions, HA, network placement, managed
 * services and comparisons. Declines (answer null) rather than guess when the model does not hold the answer.
 */
export function answerQuestion(question: string, architectures: readonly Architecture[], options: AnswerOptions = {}): Answer {
  const index = buildAnswerIndex(architectures);
  const parsed = parseQuestion(question, index.vocabulary);
  const sources = new SourceList(options.maxSources ?? 6);
  const reading = readQuestion(parsed, index, options);
  let arch = reading.scoped;
  if (!arch && !hasAny(reading, crossWords)) {
    // A component only one architecture has ("provisionerd") names that architecture.
    const global = findGlobalSubject(reading);
    const owners = global
      ? findSubjectCandidates(reading).filter((candidate) => findComponents(reading, candidate).some((m) => m.score >= global.score * 0.75))
      : [];
    if (owners.length === 1 && owners[0]) reading.scoped = arch = owners[0];
    // Asked for a specific fact with no product named, answer from the product that states it.
    const specific = [settingWords, versionWords, requirementWords, haWords, networkWords].find((words) => hasAny(reading, words));
    if (!arch && owners.length > 1 && specific) {
      const stating = owners.find((owner) => findComponents(reading, owner).some((m) => statesFactFor(m.component, specific)));
      if (stating) reading.scoped = arch = stating;
    }
  }
  const matches = arch ? findComponents(reading, arch) : [];
  const subject = matches[0] ?? (arch ? null : findGlobalSubject(reading));
  const finish = (kind: QuestionKind | null, draft: Draft): Answer => ({
    question: parsed.text,
    answer: draft.text,
    confidence: draft.text === null ? 0 : draft.confidence,
    kind,
    ...(draft.text === null ? { declined: draft.declined ?? 'archkb does not hold an answer to this question.' } : {}),
    sources: sources.items,
  });
  if (parsed.tokens.length === 0 || index.architectures.length === 0) return finish(null, declineUnknown(reading, sources));
  if (subject) {
    const naming = [...subject.entry.fieldWeights]
      .filter(([token, weight]) => weight >= 0.8 && reading.parsed.tokenSet.has(token) && !stopwords.has(token))
      .map(([token]) => token);
    // Only when something else names the subject ("object" in "object storage") is a cue word in its name not a cue.
    if (naming.some((token) => !allCueWords.has(token))) for (const token of naming) reading.subjectNaming.add(token);
  }
  const kind = classifyQuestion(reading, subject);
  return finish(kind, composeAnswer(kind, reading, arch, matches, subject, sources));
}

/** Composes the answer for a classified question; every kind except the cross-architecture ones needs an architecture. */
function composeAnswer(
  kind: QuestionKind,
  reading: Reading,
  arch: IndexedArchitecture | null,
  matches: ComponentMatch[],
  subject: ComponentMatch | null,
  sources: SourceList,
): Draft {
  if (kind !== 'cross-vendor' && kind !== 'compare' && !arch) return declineUnknown(reading, sources);
  const scoped = arch as IndexedArchitecture;
  switch (kind) {
    case 'cross-vendor':
      return answerCrossVendor(reading, sources);
    case 'compare':
      return answerCompare(reading, sources);
    case 'sizing':
      return answerSizing(reading, scoped, matches, sources);
    case 'total':
      return answerTotal(reading, scoped, sources);
    case 'setting':
      return answerSetting(reading, scoped, matches, sources);
    case 'version':
      return answerVersion(reading, scoped, matches, sources);
    case 'managed':
      return answerManaged(reading, scoped, matches, sources);
    case 'requirement':
      return answerRequirement(reading, scoped, matches, sources);
    case 'high-availability':
      return answerHighAvailability(reading, scoped, matches, sources);
    case 'network':
      return answerNetwork(reading, scoped, matches, sources);
    case 'dependency':
      // A yes/no about something archkb has never heard of must not be answered about whatever else matched.
      if (reading.parsed.unknown.some((t) => t.length > 2)) return declineUnknown(reading, sources);
      return answerDependency(reading, scoped, matches, sources);
    case 'purpose':
      return answerPurpose(reading, matches, sources);
    case 'overview':
      // Words left over that name nothing in this architecture ("licence") are a subject archkb does not hold.
      if (looksOffTopic(reading, subject) || reading.subjectTokens.length > 0)
        return answerFromNotes(reading, scoped, sources) ?? declineUnknown(reading, sources);
      return answerOverview(reading, scoped, sources);
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
