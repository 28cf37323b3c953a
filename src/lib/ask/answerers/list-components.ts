import type { CloudId } from '../../../schemas/cloud-ref.ts';
import type { NecessityLevel } from '../../../schemas/necessity.ts';
import {
  askVocabulary,
  findCloudLabel,
  findRole,
  formatFigure,
  formatNecessity,
  formatScope,
  joinWords,
  resourceLabels,
  type ResolvedComponent,
} from '../../model/index.ts';
import { listWrittenWords, resourceWordOf, stopwords, tokenizeText } from '../normalize-question.ts';
import { dropLeadingLabel, writesVariantName } from '../read-question.ts';
import { chooseVariant, findComponentMatches, findResolved, labelVariant, trimStop, type AnswerContext } from '../answer-context.ts';
import { weighToken } from '../select-facts.ts';
import type { Draft, IndexedFact } from '../types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const listCues = canonical(askVocabulary.componentListCues);
// Matched as written: "what services" asks for a list, "what kind of service is X" asks about one.
const listWords = new Set(askVocabulary.componentListCues);
const filler = canonical([
  ...askVocabulary.componentListFiller,
  ...askVocabulary.genericNameWords,
  ...askVocabulary.positiveNecessityCues,
  ...askVocabulary.settingWords,
]);
const levelOrder = ['required', 'recommended', 'conditional', 'optional'] as const satisfies readonly NecessityLevel[];
const levelCues = new Map<NecessityLevel, ReadonlySet<string>>(
  levelOrder.map((level) => [level, canonical(askVocabulary.necessityFilterCues[level])]),
);

const stateCues = canonical(askVocabulary.stateCues);
const remainderWords = new Set(askVocabulary.remainderCues);
const remainderTokens = canonical(askVocabulary.remainderCues);
const exclusionTokens = canonical(askVocabulary.productExclusionCues);

/** The necessity levels a question filters by ("which parts are optional"); optional brings the conditional ones along. */
export function readLevels(tokens: readonly string[]): Set<NecessityLevel> {
  const levels = new Set([...levelCues].filter(([, cues]) => tokens.some((token) => cues.has(token))).map(([level]) => level));
  // A component needed only in some cases is one a reader asking what can be left out needs to see.
  if (levels.has('optional')) levels.add('conditional');
  return levels;
}

/** A component as one item of a list: its name, then its necessity (with the condition when it has one). */
function describeComponent(component: ResolvedComponent, withLevel: boolean): string {
  const condition = component.necessity.condition ? `: ${trimStop(component.necessity.condition)}` : '';
  if (!withLevel) return `${component.name}${condition ? ` (${condition.slice(2)})` : ''}`;
  return `${component.name} (${formatNecessity(component.necessity.level).toLowerCase()}${condition})`;
}

/** Each component's managed service on one cloud, and the components with none stated there. */
function describeManaged(
  components: readonly ResolvedComponent[],
  facts: readonly IndexedFact[],
  cloud: CloudId,
): { text: string; facts: IndexedFact[] } {
  const label = findCloudLabel(cloud);
  const chosen: IndexedFact[] = [];
  const lines: string[] = [];
  const without: string[] = [];
  for (const component of components) {
    const own = facts.filter(
      (fact) => fact.component === component.id && fact.attribute === 'managed-service' && fact.text.startsWith(`${label}: `),
    );
    if (own.length === 0) without.push(component.name);
    else lines.push(`${component.name}: ${own.map((fact) => trimStop(fact.text.slice(label.length + 2))).join('; ')}`);
    chosen.push(...own);
  }
  const named = lines.length > 0 ? `managed services on ${label}: ${lines.join('. ')}.` : `no managed service on ${label} is named.`;
  const rest = without.length > 0 && lines.length > 0 ? ` None is named on ${label} for ${without.join(', ')}.` : '';
  return { text: `${named}${rest}`, facts: chosen };
}

const layoutExtraCues = canonical(askVocabulary.layoutExtraCues);

/**
 * "Keeping one site, which additional parts of the two-site layout can we drop?": with two layouts of one
 * product named and a word asking what one adds, the parts the one layout has and the other lacks. Null otherwise.
 */
function listLayoutExtras(context: AnswerContext, id: string): Draft | null {
  const { reading, index } = context;
  const entry = index.byId.get(id);
  if (!entry || !reading.tokens.some((token) => layoutExtraCues.has(token))) return null;
  const named = entry.architecture.variants.filter((variant) => writesVariantName(index, reading.tokens, id, variant.id));
  const [first, second] = named;
  if (named.length !== 2 || !first || !second) return null;
  const partsOf = (variantId: string) => findResolved(entry, variantId).components;
  const beyond = (variantId: string, otherId: string) =>
    partsOf(variantId).filter((component) => !partsOf(otherId).some((other) => other.id === component.id));
  // The layout with parts the other lacks is the one asked about; when both have some, the one the reading chose.
  const chosen = chooseVariant(context, id);
  const [asked, other] = [
    [first, second],
    [second, first],
  ].find(([a, b]) => a && b && beyond(a.id, b.id).length > 0 && (beyond(b.id, a.id).length === 0 || a.id === chosen)) ?? [
    undefined,
    undefined,
  ];
  if (!asked || !other) return null;
  const extra = beyond(asked.id, other.id);
  const facts = (index.factsByArchitecture.get(id) ?? []).filter(
    (fact) =>
      fact.attribute === 'necessity' && fact.variants.includes(asked.id) && extra.some((component) => component.id === fact.component),
  );
  return {
    kind: 'lookup',
    text: `${labelVariant(context, id, asked.id)}: the parts ${other.name} does not have (${extra.length}): ${extra.map((component) => describeComponent(component, true)).join('; ')}.`,
    facts,
    coverage: 1,
    strength: 0.8,
  };
}

// "Which parts", "what three components": a list asked for by a question word, not a word for the whole ("our stack").
const asksWhichParts = new RegExp(`\\b(?:which|what)\\s+(?:[\\w-]+\\s+){0,2}(?:${askVocabulary.componentListCues.join('|')})\\b`, 'i');

/** The figure of a requirement each resource a list may ask for is read from. */
const figureFields = { vcpu: 'vcpu', memoryGiB: 'memory', storageGiB: 'storage', iops: 'iops' } as const;

/**
 * "Which parts of X get persistent storage?": one resource asked of the list picks the parts whose figures state it, each
 * with its figures; the words left over must be ones those parts' facts use. Null when no part states it.
 */
function listFigureHolders(
  context: AnswerContext,
  id: string,
  residual: readonly string[],
  weigh: (tokens: readonly string[]) => number,
  total: number,
): Draft | null {
  const { reading, index } = context;
  const [resource] = reading.resources;
  if (reading.resources.length !== 1 || !resource || resource === 'nodes' || !asksWhichParts.test(reading.text)) return null;
  const entry = index.byId.get(id);
  if (!entry) return null;
  const field = figureFields[resource];
  const variantId = chooseVariant(context, id);
  const resolved = findResolved(entry, variantId);
  // A host's figures ("an application box of 4 GB") are a part's too: what runs on it gets them.
  const holders = [...resolved.hosts, ...resolved.components].filter((part) =>
    (part.requirements ?? []).some((requirement) => requirement[field] !== undefined),
  );
  const facts = (index.factsByArchitecture.get(id) ?? []).filter(
    (fact) =>
      fact.variants.includes(variantId) &&
      holders.some((part) => (fact.component ? part.id === fact.component : fact.text.startsWith(`${part.name}: `))),
  );
  const used = new Set(facts.flatMap((fact) => fact.tokens));
  const unexplained = residual.filter((token) => resourceWordOf.get(token) !== resource && !used.has(token));
  if (holders.length === 0 || weigh(unexplained) > total * 0.34) return null;
  const lines = holders.map((part) => {
    const figures = (part.requirements ?? []).flatMap((requirement) => {
      const figure = requirement[field];
      return figure ? [`${formatFigure(figure)} (${formatScope(requirement.scope)})`] : [];
    });
    return `${part.name}: ${figures.join(', ')}`;
  });
  const noun = resourceLabels[resource].noun;
  return {
    kind: 'lookup',
    text: `${labelVariant(context, id, variantId)}: the parts with a stated ${noun} figure (${holders.length}): ${lines.join('; ')}.`,
    facts: facts.filter((fact) => fact.attribute === 'requirement'),
    coverage: total > 0 ? 1 - weigh(unexplained) / total : 1,
    strength: 0.8,
  };
}

/**
 * "What components does X have?", "which parts of X are optional?", "X's managed services on AWS": when a question
 * about one product asks for its parts and names none of them, the answer is the variant's component list, filtered
 * by necessity or mapped to one cloud's services as asked. Null when the question is about something more specific.
 */
export function answerComponentList(context: AnswerContext, query: readonly string[]): Draft | null {
  const { reading, index } = context;
  const [id] = context.scope;
  if (context.scope.length !== 1 || !id || reading.products.length > 1) return null;
  const written = listWrittenWords(reading.text);
  // "Besides X, what else does it need?": with a part set aside, a word for the rest asks for the other parts.
  const setAside = new Set(reading.excluded);
  const asksRest = setAside.size > 0 && !reading.yesNo && written.some((word) => remainderWords.has(word));
  if (!asksRest && !written.some((word) => listWords.has(word))) return null;
  const entry = index.byId.get(id);
  if (!entry) return null;
  const extras = listLayoutExtras(context, id);
  if (extras) return extras;
  const isSetAside = (componentId: string) => [...(entry.components.get(componentId)?.tokens ?? [])].some((token) => setAside.has(token));
  const lower = reading.text.toLowerCase();
  if ([...entry.components].some(([componentId, component]) => !isSetAside(componentId) && lower.includes(component.name.toLowerCase())))
    return null;
  const levels = readLevels(reading.tokens);
  // A label before the question ("For the wiki page: which …") only frames it.
  const asked = new Set(tokenizeText(dropLeadingLabel(reading.text)));
  const variantWords = new Set([...entry.variantTokens.values()].flatMap((tokens) => [...tokens]));
  const cloudWords = canonical(reading.clouds.flatMap((cloud) => [cloud, findCloudLabel(cloud)]));
  const residual = query.filter(
    (token) =>
      asked.has(token) &&
      !listCues.has(token) &&
      !filler.has(token) &&
      !variantWords.has(token) &&
      !cloudWords.has(token) &&
      ![...levelCues.values()].some((cues) => cues.has(token)) &&
      !stateCues.has(token) &&
      !setAside.has(token) &&
      !(setAside.size > 0 && (remainderTokens.has(token) || exclusionTokens.has(token))),
  );
  const weigh = (tokens: readonly string[]) => tokens.reduce((sum, token) => sum + weighToken(index, token, [id]), 0);
  const total = weigh(query.filter((token) => asked.has(token)));
  // A resource asked of the list ("which parts get storage") names no component, though a part's name may hold the word.
  const holding = levels.size === 0 && reading.clouds.length === 0 ? listFigureHolders(context, id, residual, weigh, total) : null;
  if (holding) return holding;
  // A word naming one of the product's components makes it a question about that component, not the list.
  if (residual.some((token) => [...entry.components.values()].some((component) => component.tokens.has(token)))) return null;
  // With no weighed word at all (total 0) the residual weighs nothing either, and the list is what was asked.
  if (weigh(residual) > total * 0.34) return null;

  const variantId = chooseVariant(context, id);
  const resolved = findResolved(entry, variantId);
  const kept = resolved.components.filter((component) => !isSetAside(component.id));
  const leftAside = resolved.components.filter((component) => isSetAside(component.id)).map((component) => component.name);
  const facts = (index.factsByArchitecture.get(id) ?? []).filter((fact) => fact.variants.includes(variantId));
  // Only a variant has a components fact, never one of its components.
  const listFact = facts.find((fact) => fact.attribute === 'components');
  const label = labelVariant(context, id, variantId);
  const coverage = total > 0 ? 1 - weigh(residual) / total : 1;
  const [cloud] = reading.clouds;
  if (cloud && reading.clouds.length === 1) {
    const managed = describeManaged(kept, facts, cloud);
    return {
      kind: 'lookup',
      text: `${label}: ${managed.text}`,
      facts: [...managed.facts, ...(listFact ? [listFact] : [])],
      coverage,
      strength: 0.8,
    };
  }
  // The vendors rarely say which parts hold state; a part whose role keeps data does, by archkb's reading of its role.
  // Which parts hold none is not read this way: a registry or an artifact store keeps data under another role.
  if (reading.tokens.some((token) => stateCues.has(token)) && levels.size === 0) {
    const matching = kept.filter((component) => findRole(component.role).category === 'data');
    const listed = matching.map((component) => `${findRole(component.role).label}: ${describeComponent(component, true)}`).join('; ');
    return {
      kind: 'lookup',
      text: `${label}: the parts whose role keeps data, so holds state (archkb's reading of each part's role; the sources do not list them): ${listed || 'none'}.`,
      facts: listFact ? [listFact] : [],
      coverage,
      strength: 0.75,
    };
  }
  if (levels.size === 0) {
    const text =
      leftAside.length > 0
        ? `${label}: besides ${joinWords(leftAside)}, ${kept.length} components: ${kept.map((c) => describeComponent(c, true)).join('; ')}.`
        : `${label} has ${resolved.components.length} components: ${resolved.components.map((c) => describeComponent(c, true)).join('; ')}.`;
    return { kind: 'lookup', text, facts: listFact ? [listFact] : [], coverage, strength: 0.8 };
  }
  const parts = levelOrder
    .filter((level) => levels.has(level))
    .map((level) => {
      const matching = kept.filter((component) => component.necessity.level === level);
      const name = formatNecessity(level);
      return matching.length > 0
        ? `${name} (${matching.length}): ${matching.map((c) => describeComponent(c, false)).join('; ')}.`
        : `${name}: none.`;
    });
  const necessityFacts = facts.filter(
    (fact) => fact.attribute === 'necessity' && kept.some((c) => c.id === fact.component && levels.has(c.necessity.level)),
  );
  return {
    kind: 'lookup',
    text: `${label}: ${leftAside.length > 0 ? `besides ${joinWords(leftAside)}, ` : ''}${parts.join(' ')}`,
    facts: [...(listFact ? [listFact] : []), ...necessityFacts],
    coverage,
    strength: 0.8,
  };
}

const partWords = new Set(askVocabulary.partListCues);
const partTokens = new Set(askVocabulary.partListCues.flatMap((word) => tokenizeText(word)));

/**
 * "What containers does the X pod run?": when a question names one component and asks for its parts, and the model
 * gives that component's figures part by part, the answer is each part with its figures. Null otherwise.
 */
export function answerPartList(context: AnswerContext): Draft | null {
  // A capitalised word inside a sentence is part of a name ("OpenShift Container Platform"), not a part it asks for.
  const asked = context.reading.text.match(/(?:^|[.?!]\s+)\p{L}[\p{L}\p{N}]*|\b\p{Ll}[\p{L}\p{N}]*/gu) ?? [];
  if (!asked.some((word) => partWords.has(listWrittenWords(word)[0] ?? ''))) return null;
  const matches = findComponentMatches(context);
  // "Which container in the X deployment …" asks for the parts of the X named right after the part word, whatever else
  // the question names.
  const { tokens } = context.reading;
  const isProductWord = (token: string) => context.reading.products.some((p) => context.index.byId.get(p.id)?.nameTokens.has(token));
  const at = tokens.findIndex((token) => partTokens.has(token));
  const following = new Set(
    tokens
      .slice(at + 1)
      .filter((token) => !stopwords.has(token) && !isProductWord(token))
      .slice(0, 3),
  );
  const named = (name: string) => {
    const own = tokenizeText(name).filter((token) => !isProductWord(token));
    return own.length > 0 && own.every((token) => following.has(token));
  };
  const match = (at >= 0 ? matches.find((candidate) => named(candidate.name)) : undefined) ?? matches[0];
  if (!match) return null;
  const entry = context.index.byId.get(match.architectureId);
  const variantId = chooseVariant(context, match.architectureId);
  const component = entry ? findResolved(entry, variantId).components.find((c) => c.id === match.componentId) : undefined;
  const parts = [...new Set((component?.requirements ?? []).flatMap((requirement) => (requirement.part ? [requirement.part] : [])))];
  if (!component || parts.length < 2) return null;
  const facts = (context.index.factsByArchitecture.get(match.architectureId) ?? []).filter(
    (fact) =>
      fact.component === component.id &&
      fact.attribute === 'requirement' &&
      fact.variants.includes(variantId) &&
      parts.some((part) => fact.text.startsWith(`${part}: `)),
  );
  const text = `${labelVariant(context, match.architectureId, variantId)}: ${component.name} runs as ${parts.length} parts: ${parts.join(', ')}. ${facts.map((fact) => `${trimStop(fact.text)}.`).join(' ')}`;
  return { kind: 'lookup', text, facts, coverage: 0.9, strength: 0.8 };
}
