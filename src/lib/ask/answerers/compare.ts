import type { RoleId } from '../../../schemas/role-ref.ts';
import { askCalibration, askVocabulary, findRole, formatNecessity, joinWords, resourceLabels, toVariantPath } from '../../model/index.ts';
import {
  chooseVariant,
  createAnswerContext,
  factsOf,
  findComponentMatches,
  findFirstSentence,
  findIndexed,
  findResolved,
  labelVariant,
  trimStop,
  writeFact,
  type AnswerContext,
} from '../answer-context.ts';
import { findAbsence, findVersionSubject, listUnstatedResources } from '../find-absences.ts';
import { escapeRegExp, tokenizeText } from '../normalize-question.ts';
import { findAskingText } from '../read-question.ts';
import { statesVersionOf } from '../read-versions.ts';
import { listQueryTokens, measureCoverage, rankFacts, selectFacts } from '../select-facts.ts';
import type { AnswerSource, Draft, IndexedFact } from '../types.ts';
import { answerCompute } from './compute.ts';
import { readLevels } from './list-components.ts';
import { answerLookup } from './lookup.ts';
import { answerYesNo } from './yes-no.ts';

const generalWords = new Set(
  [...askVocabulary.generalTechnologyWords, ...askVocabulary.genericNameWords, ...askVocabulary.settingWords].flatMap((word) =>
    tokenizeText(word),
  ),
);

/** The words of the facts of `id`, with the names of what they are about. */
function listOwnWords(context: AnswerContext, id: string): ReadonlySet<string> {
  return new Set((context.index.factsByArchitecture.get(id) ?? []).flatMap((fact) => [...fact.tokens, ...fact.subjectTokens]));
}

/**
 * Words the question ties to another compared product by writing them right after its name ("the Frobcore chart",
 * "Frobcore's chart") that `id`'s facts never use: they are asked of that product, not of `id`.
 */
export function listOthersWords(context: AnswerContext, id: string, names: ReadonlySet<string>): ReadonlySet<string> {
  const own = listOwnWords(context, id);
  const content = new Set(context.reading.content);
  const tokens = context.reading.tokens;
  const tied = tokens.filter((token, at) => {
    const before = tokens[at - 1] === possessive ? tokens[at - 2] : tokens[at - 1];
    return names.has(before ?? '') && content.has(token) && !names.has(token) && !own.has(token);
  });
  return new Set(tied);
}

const [possessive = 's'] = tokenizeText("'s");

/** The word of the question, as written, naming a component technology other compared products hold and `id` never mentions. */
function findMissingTechnology(context: AnswerContext, id: string, query: readonly string[]): { token: string; written: string } | null {
  const own = listOwnWords(context, id);
  const others = context.reading.products.filter((p) => p.id !== id).map((p) => p.id);
  const token = query.find(
    (t) => !own.has(t) && !generalWords.has(t) && (context.index.componentOwners.get(t) ?? []).some((owner) => others.includes(owner)),
  );
  if (!token) return null;
  const written = (context.reading.text.match(/[\p{L}\p{N}]+/gu) ?? []).find((word) => tokenizeText(word).includes(token)) ?? token;
  return { token, written };
}

/**
 * Whether any fact of a product gives a version of the thing named ("Redis 7.x"), or a dotted version within a few
 * words of its name ("OpenShift Container Platform 4.18").
 */
function statesVersion(context: AnswerContext, id: string, subject: string): boolean {
  const nearby = new RegExp(`\\b${escapeRegExp(subject)}\\w*(?:\\s+[\\p{L}-]+){0,3}\\s+v?\\d+\\.(?:\\d+|x)`, 'iu');
  return (context.index.factsByArchitecture.get(id) ?? []).some((fact) => statesVersionOf(fact.text, subject) || nearby.test(fact.text));
}

/** The head noun of a role's label ("database" of "Document database"), which names the family of like roles. */
const roleFamilyOf = (role: RoleId) => tokenizeText(findRole(role).label).at(-1) ?? role;

/**
 * The parts of `id`'s layout in the role family of the parts another compared product names by `token` (a document
 * database where the other's PostgreSQL is a relational one): what stands in for the missing technology.
 */
function findCounterparts(context: AnswerContext, id: string, variantId: string, token: string) {
  const families = new Set(
    context.reading.products
      .filter((p) => p.id !== id)
      .flatMap((p) => {
        const entry = findIndexed(context, p.id);
        const named = [...(entry?.components.entries() ?? [])].filter(([, c]) => c.tokens.has(token) || c.technologyTokens.has(token));
        const components = entry?.resolved.flatMap((resolved) => resolved.components) ?? [];
        return named.flatMap(([componentId]) => components.filter((c) => c.id === componentId).map((c) => roleFamilyOf(c.role)));
      }),
  );
  const entry = findIndexed(context, id);
  if (!entry || families.size === 0) return [];
  return findResolved(entry, variantId).components.filter((c) => families.has(roleFamilyOf(c.role)));
}

/**
 * Answers a question about two or more named products side by side: for each, the computation the question asks for
 * (a sizing at its load, a total of stated figures) when there is one, else the facts that best answer it.
 */
const perNodePatterns = askVocabulary.perNodePatterns.map((pattern) => new RegExp(pattern, 'i'));

export function answerCompare(context: AnswerContext): Draft {
  const query = listQueryTokens(context.index, context.reading);
  const parts: string[] = [];
  const facts: IndexedFact[] = [];
  // The layout pages of sides that say what their documents leave out, so every side has a source to check.
  const pages: AnswerSource[] = [];
  // How much of the question each side explains; the comparison stands on the sides together.
  const coverages: number[] = [];
  let strength = 1;
  const totals = new Map<string, NonNullable<Draft['totals']>>();
  // The thing whose version the asking sentence asks for ("which Redis version"), a part's name only.
  const versioned = findVersionSubject(
    tokenizeText(findAskingText(context.reading.text)),
    (token) => context.index.componentOwners.has(token) && !generalWords.has(token),
  );
  for (const { id } of context.reading.products) {
    const own = createAnswerContext(context.index, context.reading, [id]);
    // "Which needs more memory" ranks totals, so each product's figures are summed even without the word "total".
    const ranks = context.reading.comparative !== null && context.reading.resources.length > 0;
    // "Which asks for bigger nodes", "the per-node spec": each side's stated node size answers, not its summed totals.
    const perNode = perNodePatterns.some((pattern) => pattern.test(context.reading.text));
    const computed =
      !perNode && (context.reading.compute || context.reading.numbers.length > 0 || ranks)
        ? answerCompute(ranks ? createAnswerContext(context.index, { ...context.reading, compute: true }, [id]) : own)
        : null;
    if (computed?.text) {
      parts.push(computed.text);
      totals.set(id, computed.totals ?? []);
      facts.push(...computed.facts);
      coverages.push(computed.coverage);
      strength = Math.min(strength, computed.strength);
      continue;
    }
    // Ranked by figures this product's sources never give: say so as its side, rather than sink the comparison.
    const unstated = ranks ? listUnstatedResources(context.index, id, context.reading.resources) : [];
    if (ranks && unstated.length > 0 && unstated.length === context.reading.resources.filter((r) => r !== 'nodes').length) {
      parts.push(
        `${labelVariant(context, id, chooseVariant(context, id))}: its vendor documents state no ${unstated.map((r) => resourceLabels[r].noun).join(' or ')} figures.`,
      );
      pages.push(describeSide(context, id));
      coverages.push(0.8);
      continue;
    }
    // The question asked of this product alone, answered as a single-product question is (a role, a list, a yes/no).
    const names = new Set(
      context.reading.products.filter((p) => p.id !== id).flatMap((p) => [...(context.index.byId.get(p.id)?.nameTokens ?? [])]),
    );
    const tied = listOthersWords(context, id, names);
    const others = new Set([...names, ...tied]);
    const reading = {
      ...context.reading,
      products: [{ id, certainty: 1 }],
      compare: false,
      content: context.reading.content.filter((token) => !others.has(token)),
      tokens: context.reading.tokens.filter((token) => !others.has(token)),
    };
    const alone = createAnswerContext(context.index, reading, [id]);
    const single = context.reading.yesNo ? answerYesNo(alone) : answerLookup(alone);
    // What this product's sources say they do not state answers for it alone, not for the whole comparison.
    const absence = findAbsence(context.index, [id], context.reading.variants, listQueryTokens(context.index, reading), single);
    if (absence) {
      parts.push(
        `${labelVariant(context, id, chooseVariant(context, id))}: its vendor documents state no ${trimStop(absence.text).replace(/^(?:the|a|an|any)\s+/i, '')}.`,
      );
      facts.push(absence.fact);
      coverages.push(0.8);
      continue;
    }
    // "Which Redis version do A and B require?": a side none of whose facts gives that version says so.
    const unversioned =
      versioned && !statesVersion(context, id, versioned)
        ? `state no ${context.reading.text.match(new RegExp(`\\b${escapeRegExp(versioned)}\\w*`, 'i'))?.[0] ?? versioned} version`
        : null;
    // Each side only has to explain as much of the question as a single-product answer would; the weakest side sets the whole's coverage.
    if (single.text && single.facts.length > 0 && single.coverage >= askCalibration.minimumCoverage) {
      parts.push(unversioned ? `${single.text} Its vendor documents ${unversioned}.` : single.text);
      facts.push(...single.facts.slice(0, 4));
      coverages.push(single.coverage);
      strength = Math.min(strength, single.strength);
      continue;
    }
    if (unversioned) {
      parts.push(`${labelVariant(context, id, chooseVariant(context, id))}: its vendor documents ${unversioned}.`);
      pages.push(describeSide(context, id));
      coverages.push(0.8);
      continue;
    }
    // A technology another compared product's facts hold and this one's never mention: say so, as a side of the comparison.
    const missing = findMissingTechnology(
      context,
      id,
      query.filter((token) => !tied.has(token)),
    );
    if (missing) {
      const variant = chooseVariant(context, id);
      const counterparts = findCounterparts(context, id, variant, missing.token);
      const instead =
        counterparts.length > 0
          ? `; of that kind it lists ${joinWords(counterparts.map((c) => `${c.name} (${findRole(c.role).label.toLowerCase()})`))}`
          : '';
      parts.push(`${labelVariant(context, id, variant)}: its vendor documents do not mention ${missing.written}${instead}.`);
      facts.push(...counterparts.flatMap((c) => factsOf(context, id, c.id).filter((fact) => fact.attribute === 'purpose')));
      if (counterparts.length === 0) pages.push(describeSide(context, id));
      coverages.push(0.8);
      continue;
    }
    const chosen = selectFacts(rankFacts(context.index, context.reading, [id]), 2, 0.6);
    const best = chosen[0];
    const label = labelVariant(context, id, chooseVariant(context, id, best?.fact));
    if (!best) {
      parts.push(`${label}: archkb's sources state nothing on this.`);
      coverages.push(0.3);
      strength = 0;
      continue;
    }
    coverages.push(measureCoverage(context.index, query, chosen, [id], context.reading.scene));
    strength = Math.min(strength, best.score / (best.score + 4));
    parts.push(`${label}: ${chosen.map((scored) => writeFact(scored.fact)).join(' ')}`);
    facts.push(...chosen.map((scored) => scored.fact));
  }
  const verdict = context.reading.comparative ? writeVerdict(context, totals, context.reading.comparative) : writeLevelVerdict(context);
  const coverage = coverages.reduce((sum, value) => sum + value, 0) / Math.max(1, coverages.length);
  return {
    kind: 'compare',
    text: [verdict, ...parts].filter(Boolean).join(' '),
    facts,
    ...(pages.length > 0 ? { pages } : {}),
    coverage,
    strength,
  };
}

/** The page of the layout a side speaks of, as the source of what its documents leave out. */
function describeSide(context: AnswerContext, id: string): AnswerSource {
  const variant = chooseVariant(context, id);
  // Stryker disable next-line OptionalChaining: every compared product is in the index.
  const architecture = findIndexed(context, id)?.architecture;
  const summary = architecture?.variants.find((v) => v.id === variant)?.summary ?? '';
  return {
    title: labelVariant(context, id, variant),
    url: architecture ? toVariantPath(architecture, variant) : `/architectures/${id}/`,
    excerpt: findFirstSentence(summary),
  };
}

const [whichWord = 'which'] = tokenizeText('which');

/**
 * "Which one treats Redis as optional?": each compared product's component the question names, with its necessity
 * level, those at the level asked first. Empty unless the question asks which, names a level, and every product has
 * such a component.
 */
function writeLevelVerdict(context: AnswerContext): string {
  const levels = readLevels(context.reading.tokens);
  if (levels.size === 0 || !context.reading.tokens.includes(whichWord)) return '';
  const sides = context.reading.products.map(({ id }) => {
    const [match] = findComponentMatches(createAnswerContext(context.index, context.reading, [id]));
    const entry = context.index.byId.get(id);
    const component =
      match && entry ? findResolved(entry, chooseVariant(context, id)).components.find((c) => c.id === match.componentId) : undefined;
    return component ? { product: entry?.architecture.product ?? id, component } : null;
  });
  if (sides.some((side) => side === null)) return '';
  const known = sides.filter((side): side is NonNullable<typeof side> => side !== null);
  const ordered = [
    ...known.filter((side) => levels.has(side.component.necessity.level)),
    ...known.filter((side) => !levels.has(side.component.necessity.level)),
  ];
  return ordered
    .map(({ product, component }) => `${product}: ${component.name} is ${formatNecessity(component.necessity.level).toLowerCase()}.`)
    .join(' ');
}

/**
 * "Which needs more memory": the products ranked by each asked resource's total, when every compared product has one
 * (requests before limits); products whose ranges overlap are said to overlap rather than ranked.
 */
function writeVerdict(context: AnswerContext, totals: ReadonlyMap<string, NonNullable<Draft['totals']>>, way: 'more' | 'less'): string {
  // Products whose sources state none of the figures are left out of the ranking; their side says so.
  const ranked = context.reading.products.flatMap(({ id }) => {
    const stated = totals.get(id);
    return stated ? [{ name: context.index.byId.get(id)?.architecture.product ?? id, stated }] : [];
  });
  const sentences: string[] = [];
  for (const resource of context.reading.resources) {
    // Requests before limits: the first side every ranked product gives a total of this resource for (one each at most).
    const values = (['request', 'limit'] as const)
      .map((side) =>
        ranked.flatMap(({ name, stated }) =>
          stated.filter((t) => t.resource === resource && t.side === side).map((t) => ({ name, value: t.value, text: t.text })),
        ),
      )
      .find((found) => found.length === ranked.length);
    const ordered = [...(values ?? [])].sort((a, b) => (way === 'more' ? b.value.high - a.value.high : a.value.low - b.value.low));
    const [first, second] = ordered;
    if (!first) continue;
    // One product alone states the figure (a comparison names two or more): there is no ranking, but that is the answer's point.
    if (!second) {
      // Asked for limits, a product whose figures have none still states figures: what only one states is a limit.
      const stated = context.reading.side === 'limit' ? 'limits' : 'figures';
      sentences.push(`Of these, only ${first.name} states ${resourceLabels[resource].noun} ${stated} (${first.text}).`);
      continue;
    }
    const clear = way === 'more' ? first.value.low > second.value.high : first.value.high < second.value.low;
    const list = ordered.map((v) => `${v.name} ${v.text}`).join(', ');
    const noun = resourceLabels[resource].noun;
    const winner =
      ordered.length === 2
        ? `${first.name} needs ${way} ${noun} than ${second.name}`
        : `${first.name} needs the ${way === 'more' ? 'most' : 'least'} ${noun}`;
    const same = first.value.low === second.value.low && first.value.high === second.value.high;
    sentences.push(
      clear
        ? `${winner} (${list}).`
        : same
          ? `${first.name} and ${second.name} state the same ${noun} (${list}).`
          : `Their stated ${noun} ranges overlap, so neither clearly needs ${way} (${list}).`,
    );
  }
  return sentences.join(' ');
}
