import { askVocabulary, factAttributes, findRole, formatNecessity, type FactAttribute } from '../../model/index.ts';
import { countWordPattern, countWordValues, listWrittenWords, stopwords, tokenizeText } from '../normalize-question.ts';
import { findAskingText } from '../read-question.ts';
import { divideByCeiling } from '../compute/divide-by-ceiling.ts';
import {
  chooseVariant,
  findComponentMatches,
  findRequiredInstead,
  findResolved,
  labelVariant,
  trimStop,
  writeFact,
  type AnswerContext,
} from '../answer-context.ts';
import {
  cuesOf,
  findAskedAttribute,
  holdsNumber,
  isTiedScore,
  listQueryTokens,
  compareScored,
  measureCoverage,
  scoreFact,
  selectFacts,
  weighToken,
  background,
  type ScoredFact,
} from '../select-facts.ts';
import { asksCloudSize, countNounTokens, listAbsences, namesCloudSize } from '../find-absences.ts';
import type { Draft, IndexedFact } from '../types.ts';
import { answerConnectedComponents, answerDownstream } from './connection.ts';
import { answerComponentList, answerPartList } from './list-components.ts';
import { answerRoomLeft } from './room-left.ts';
import { answerVersionList } from './version-list.ts';
import { answerManagedPerCloud } from './managed-per-cloud.ts';

/** Share of the lead's score a fact naming a cloud size needs to answer "which instance type" in its place. */
const SIZE_RUNNER_UP = 0.45;
/**
 * "X's task size + its health check grace period" joins two asks: the second one's fact may score far below the
 * first's, which shares more of the question's words, and still be the only one that answers it.
 */
const JOINED_REACH = 0.25;
const joiningWords = new Set(askVocabulary.joiningWords.flatMap((word) => tokenizeText(word)));

/** Words that ask about a component in general ("features", "details"), not for one of its facts. */
const overviewWords = new Set(askVocabulary.overviewCues.flatMap((word) => tokenizeText(word)));

/** Words that say how to answer ("need", "use", "run") rather than what; they do not count as the asked kind. */
const operationWords = new Set(
  [...askVocabulary.positiveNecessityCues, ...askVocabulary.settingWords].flatMap((word) => tokenizeText(word)),
);

/** Facts an overview of a component leaves out: its role and technology repeat the name. */
const overviewSkips = new Set(['role', 'technology']);

/**
 * An overview of one component when the question only names it ("product X git providers", "what is X-daemon"): purpose,
 * necessity, examples, figures, services, settings and notes, in the model's order.
 */
function answerOverview(context: AnswerContext, query: readonly string[]): Draft | null {
  const [match] = findComponentMatches(context);
  if (!match || !context.reading.asksWhat) return null;
  const entry = context.index.byId.get(match.architectureId);
  const component = entry?.components.get(match.componentId);
  if (!component) return null;
  const weight = (tokens: readonly string[]) =>
    tokens.reduce((sum, token) => sum + weighToken(context.index, token, [match.architectureId]), 0);
  const residual = query.filter((token) => !component.tokens.has(token) && !overviewWords.has(token));
  if (weight(residual) > weight(query) * 0.34) return null;
  const variantId = chooseVariant(context, match.architectureId);
  const facts = (context.index.factsByArchitecture.get(match.architectureId) ?? []).filter(
    (fact) =>
      fact.component === match.componentId &&
      fact.attribute !== 'connection' &&
      !overviewSkips.has(fact.attribute) &&
      fact.variants.includes(variantId),
  );
  if (facts.length === 0) return null;
  const chosen = facts.slice(0, 9);
  const label = labelVariant(context, match.architectureId, variantId);
  const text = `${label}: ${component.name}: ${chosen.map((fact) => writeFact(fact).replace(`${fact.subject}: `, '')).join(' ')}`;
  return { kind: 'lookup', text, facts: chosen, coverage: 0.9, strength: Math.min(1, 0.5 + match.score / 10) };
}

/**
 * "Which database does X need?": when the question asks which (or what) of a kind of component one product has, and
 * all it says beyond the kind is the product, the answer is the components of that role, with their necessity and
 * purpose. Null otherwise.
 */
function answerByRole(context: AnswerContext, query: readonly string[]): Draft | null {
  const [id] = context.scope;
  if (context.scope.length !== 1 || !id || !/^(which|what)\b/i.test(context.reading.text)) return null;
  const entry = context.index.byId.get(id);
  if (!entry) return null;
  const variantId = chooseVariant(context, id);
  const resolved = findResolved(entry, variantId);
  const roleWords = (role: string) => new Set(tokenizeText(findRole(role as Parameters<typeof findRole>[0]).label));
  const asked = query.filter((token) => !operationWords.has(token));
  // "Which database …", "what message broker …": the kind leads the question; "what does X's cache need" asks something else.
  const [first] = context.reading.content;
  if (asked.length === 0 || asked.length > 3 || first === undefined || entry.nameTokens.has(first) || !asked.includes(first)) return null;
  const matching = resolved.components.filter((component) => asked.every((token) => roleWords(component.role).has(token)));
  if (matching.length === 0) return null;
  const facts = (context.index.factsByArchitecture.get(id) ?? []).filter(
    (fact) =>
      matching.some((c) => c.id === fact.component) &&
      (fact.attribute === 'necessity' || fact.attribute === 'purpose') &&
      fact.variants.includes(variantId),
  );
  const lines = matching.map((component) => {
    const purpose = facts.find((fact) => fact.component === component.id && fact.attribute === 'purpose');
    return `${component.name}${component.technology && component.technology !== component.name ? ` (${component.technology})` : ''}, ${formatNecessity(component.necessity.level).toLowerCase()}${purpose ? `: ${trimStop(purpose.text)}` : ''}.`;
  });
  return { kind: 'lookup', text: `${labelVariant(context, id, variantId)}: ${lines.join(' ')}`, facts, coverage: 0.9, strength: 0.8 };
}

const genericNames = new Set(askVocabulary.genericNameWords.flatMap((word) => tokenizeText(word)));

const massNouns = new Set(askVocabulary.massNouns);

/**
 * Kinds whose facts always belong to the part that reads them, so the word before the kind ("the cache settings") names
 * whose are asked; before other kinds it may only qualify them ("the database version requirements").
 */
const headedKinds = new Set<FactAttribute>(['setting']);

/** Most facts a question asking for every fact of one kind ("which ports") is answered with. */
const MAX_OF_KIND = 8;

/**
 * "Which ports does X use?": when the question asks for a kind of fact in the plural, names no component, and the best
 * fact is of that kind, every fact of that kind in the product's variant joins the answer (in model order), not only
 * those that add a question word.
 */
function widenToAttribute(context: AnswerContext, chosen: readonly ScoredFact[]): ScoredFact[] {
  const [best] = chosen;
  if (!best || context.scope.length !== 1) return [...chosen];
  const written = listWrittenWords(context.reading.text);
  const pluralOf = (attribute: string) => {
    const cues = new Set(askVocabulary.attributeCues[attribute] ?? []);
    return written.some(
      (word) =>
        (cues.has(word) && word.endsWith('s') && cues.has(word.slice(0, -1))) ||
        (massNouns.has(word) && tokenizeText(word).some((token) => cuesOf(attribute as FactAttribute).has(token))),
    );
  };
  // The kind asked for in the plural: the best fact's, or else one whose facts the best fact merely sits next to
  // ("the VM requirements" led by the VM's host fact).
  const attribute = pluralOf(best.fact.attribute)
    ? best.fact.attribute
    : factAttributes.find((kind) => kind !== 'note' && pluralOf(kind) && chosen.some((scored) => scored.fact.attribute === kind));
  if (!attribute) return [...chosen];
  const cues = new Set(askVocabulary.attributeCues[attribute] ?? []);
  const leading = best.fact.attribute === attribute;
  // Asked about one component ("which ports does the database use"), the answer keeps to that component.
  const own = best.fact.component ? context.index.byId.get(best.fact.architecture)?.components.get(best.fact.component)?.tokens : undefined;
  const query = listQueryTokens(context.index, context.reading);
  const naming = (tokens: ReadonlySet<string>) =>
    query.filter((token) => tokens.has(token) && !genericNames.has(token) && !cues.has(token));
  // Naming several by words only each has ("for the queue, the files and the cache") asks across them.
  const components = [...(context.index.byId.get(best.fact.architecture)?.components.values() ?? [])];
  const owners = (token: string) => components.filter((component) => component.tokens.has(token)).length;
  const several = components.filter((component) => naming(component.tokens).some((token) => owners(token) === 1)).length > 1;
  const named = own !== undefined && naming(own).length > 0 && !several;
  const variantId = chooseVariant(context, best.fact.architecture, best.fact);
  const ofVariant = (context.index.factsByArchitecture.get(best.fact.architecture) ?? []).filter(
    (fact) => fact.attribute === attribute && fact.variants.includes(variantId),
  );
  // The word right before the kind ("the cache settings") names whose facts are asked, whatever a later clause adds.
  const headed = headedKinds.has(attribute) ? findHeadOwners(context, best.fact.architecture, written, cues, ofVariant) : null;
  const owned = (fact: IndexedFact) => (headed ? headed.has(fact.component ?? '') : !named || fact.component === best.fact.component);
  const same = ofVariant.filter((fact) => owned(fact) && !chosen.some((scored) => scored.fact === fact));
  const kind = same.map((fact) => ({ fact, score: 0, covered: new Set<string>() }));
  if (headed) {
    const others = chosen.filter((scored) => scored.fact.attribute !== attribute);
    const keptOfKind = chosen.filter((scored) => scored.fact.attribute === attribute && owned(scored.fact));
    const room = Math.max(keptOfKind.length, MAX_OF_KIND - others.length);
    return [...[...keptOfKind, ...kind].slice(0, room), ...others];
  }
  if (leading) return [...chosen, ...kind].slice(0, Math.max(chosen.length, MAX_OF_KIND));
  // Led by a neighbour, the facts of the kind asked come first, the neighbour after them.
  // The facts chosen for the question stay; those of the kind only fill the room left.
  const ofKind = chosen.filter((scored) => scored.fact.attribute === attribute);
  const room = Math.max(0, MAX_OF_KIND - chosen.length);
  return [...ofKind, ...kind.slice(0, room), ...chosen.filter((scored) => scored.fact.attribute !== attribute)];
}

/**
 * The components named by the word right before a plural cue of the kind asked ("which cache settings"), when that word
 * is not the product's name or a generic one and some of the components it names hold facts of the kind; null otherwise.
 */
function findHeadOwners(
  context: AnswerContext,
  architectureId: string,
  written: readonly string[],
  cues: ReadonlySet<string>,
  ofKind: readonly IndexedFact[],
): Set<string> | null {
  const entry = context.index.byId.get(architectureId);
  if (!entry) return null;
  const at = written.findIndex((word, index) => index > 0 && cues.has(word) && word.endsWith('s'));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: at 0 or -1, written[at - 1] is undefined as well.
  const head = at > 0 ? written[at - 1] : undefined;
  // A second ask joined after the kind ("X versions, and the minimum Y version") reaches past the head's part.
  if (head === undefined || stopwords.has(head) || cues.has(head) || written.slice(at).some((word) => joiningWords.has(word))) return null;
  // Words of the product's or a variant's name ("the chart values" of a Helm variant) name the whole deployment, not a part.
  const deploymentWords = new Set([...entry.nameTokens, ...[...entry.variantTokens.values()].flatMap((tokens) => [...tokens])]);
  const tokens = tokenizeText(head).filter((token) => !deploymentWords.has(token) && !genericNames.has(token));
  if (tokens.length === 0) return null;
  const holders = new Set(ofKind.map((fact) => fact.component));
  const owners = [...entry.components].filter(([id, component]) => holders.has(id) && tokens.every((token) => component.tokens.has(token)));
  return owners.length > 0 ? new Set(owners.map(([id]) => id)) : null;
}

/** An imperative asking for a list ("List the …", "Name all …"). */
const listOpener = new RegExp(`^\\s*(?:${askVocabulary.listOpeners.join('|')})\\s+(?:the|all|every|each)\\b`, 'i');

/** "Which storage options …" asks for the choices a part allows, as a list opener does. */
const choiceQuestion = new RegExp(`\\b(?:what|which)\\b[^?.!]*?\\b(?:${askVocabulary.choiceNouns.join('|')})\\b`, 'i');

/** A fact pointing at a list ("store them with one of the listed methods"). */
const pointsToList = /\blisted\b/i;

/** The examples fact of a component whose chosen fact points at "the listed" ones, so the answer holds the list it means. */
function addListedExamples(context: AnswerContext, chosen: readonly ScoredFact[]): ScoredFact[] {
  // "List the places X accepts for Y" and "which storage options …" ask for the kinds the vendor names: the lead part's
  // examples are that list.
  const [lead] = chosen;
  const asksList = listOpener.test(context.reading.text) || choiceQuestion.test(context.reading.text);
  // Stryker disable next-line OptionalChaining,ConditionalExpression: the answer always has a lead here, and a purpose is always a part's.
  const listing = asksList && lead?.fact.component && lead.fact.attribute === 'purpose' ? lead : undefined;
  const pointing = listing ?? chosen.find((scored) => scored.fact.component !== null && pointsToList.test(scored.fact.text));
  if (!pointing) return [...chosen];
  const examples = findSiblingFact(context, pointing.fact, 'examples', chosen);
  return examples ? [...chosen, examples] : [...chosen];
}

/** The fact of the given attribute about the same component and a shared variant, not already chosen, unscored. */
function findSiblingFact(
  context: AnswerContext,
  of: IndexedFact,
  attribute: IndexedFact['attribute'],
  chosen: readonly ScoredFact[],
): ScoredFact | undefined {
  const fact = (context.index.factsByArchitecture.get(of.architecture) ?? []).find(
    (candidate) =>
      candidate.attribute === attribute &&
      candidate.component === of.component &&
      !chosen.some((scored) => scored.fact === candidate) &&
      candidate.variants.some((variant) => of.variants.includes(variant)),
  );
  return fact ? { fact, score: 0, covered: new Set<string>() } : undefined;
}

/**
 * "Where does it keep X?" asks which store holds X: when the answer leads with a part's purpose and the part's name
 * names only its role, not its technology, the technology fact follows the purpose.
 */
function addPlaceTechnology(context: AnswerContext, chosen: readonly ScoredFact[]): ScoredFact[] {
  const [lead, ...rest] = chosen;
  if (context.reading.yesNo || !/\bwhere\b/i.test(context.reading.text) || !lead?.fact.component || lead.fact.attribute !== 'purpose')
    return [...chosen];
  const technology = findSiblingFact(context, lead.fact, 'technology', chosen);
  const named = new Set(tokenizeText(lead.fact.subject));
  const said = tokenizeText(technology?.fact.text.replace(/^[^:]*:\s*/, '') ?? '');
  if (!technology || said.every((token) => named.has(token))) return [...chosen];
  return [lead, technology, ...rest];
}

/**
 * "Autoscaling of X?" led by a part's role ("Role: Autoscaler") says only what the part is called: unless the question
 * asks for the role, the part's purpose follows, which says what it does.
 */
function addLabelPurpose(context: AnswerContext, chosen: readonly ScoredFact[]): ScoredFact[] {
  const [lead, ...rest] = chosen;
  if (!lead?.fact.component || lead.fact.attribute !== 'role' || (context.reading.attributes.get('role') ?? 0) > 0) return [...chosen];
  const purpose = findSiblingFact(context, lead.fact, 'purpose', chosen);
  return purpose ? [lead, purpose, ...rest] : [...chosen];
}

/** Words of the question as written, for finding the noun right after what/which. */
const [whatWord = 'what', whichWord = 'which'] = tokenizeText('what which');

/**
 * "Which DB flavour did the vendor benchmark?": the noun right after what/which names a kind of component (its role); when the
 * best fact is about another component, the best-ranked fact of a component of that kind, if close, leads instead.
 */
function findKindLead(context: AnswerContext, ranked: readonly ScoredFact[], selected: readonly ScoredFact[]): ScoredFact | undefined {
  const [id] = context.scope;
  const first = selected[0];
  if (context.scope.length !== 1 || !id || !first) return undefined;
  const tokens = context.reading.tokens;
  const at = tokens.findIndex((token) => token === whatWord || token === whichWord);
  const noun = at >= 0 ? tokens[at + 1] : undefined;
  const entry = context.index.byId.get(id);
  if (!noun || !entry) return undefined;
  const resolved = findResolved(entry, chooseVariant(context, id));
  const ofKind = new Set(
    resolved.components.filter((component) => tokenizeText(findRole(component.role).label).includes(noun)).map((component) => component.id),
  );
  if (ofKind.size === 0 || (first.fact.component !== null && ofKind.has(first.fact.component))) return undefined;
  return ranked
    .slice(0, 8)
    .find((scored) => scored.fact.component !== null && ofKind.has(scored.fact.component) && scored.score >= 0.6 * first.score);
}

const everyWords = new Set(askVocabulary.everyCues.flatMap((word) => tokenizeText(word)));

/**
 * "List the edge and access items": when a question (not a yes/no one) asks for every member and names a group by
 * all the words of its label, that group's member list, if ranked among the first few facts, leads the answer.
 */
function findGroupLead(context: AnswerContext, ranked: readonly ScoredFact[]): ScoredFact | undefined {
  if (context.reading.yesNo || !context.reading.tokens.some((token) => everyWords.has(token))) return undefined;
  const asked = new Set(context.reading.tokens);
  return ranked.slice(0, 8).find((scored) => {
    if (scored.fact.attribute !== 'group') return false;
    const label = tokenizeText(scored.fact.text.slice(0, Math.max(0, scored.fact.text.indexOf(':'))));
    return label.length > 0 && label.every((token) => asked.has(token));
  });
}

/**
 * "25,000 developers, a namespace each: the fewest clusters?": the count the question gives over a ceiling a fact of the
 * products asked about states ("more than 10,000 namespaces in one cluster is not recommended"), rounded up, with that
 * fact. Null when no fact states a ceiling on what the question counts.
 */
export function answerCeilingCount(context: AnswerContext): Draft | null {
  const facts = context.scope.flatMap((id) => context.index.factsByArchitecture.get(id) ?? []);
  const ceiling = divideByCeiling(context.reading, facts);
  if (!ceiling) return null;
  const { fact } = ceiling;
  const label = labelVariant(context, fact.architecture, chooseVariant(context, fact.architecture, fact));
  return { kind: 'lookup', text: `${ceiling.text} ${label}: ${writeFact(fact)}`, facts: [fact], coverage: 1, strength: 0.8 };
}

/** Most facts a question listing several items is answered with. */
const MAX_FACETED = 8;

// Matched in the written text: tokenizing folds "daily" into "often", which a fact may use of anything repeated.
const statesFrequency = new RegExp(`\\b(?:${askVocabulary.frequencyWords.join('|')})\\b`, 'i');
const shortTimeUnits = new Set(askVocabulary.shortTimeUnits.flatMap((word) => tokenizeText(word)));

/**
 * "On ECS: task size, container port and grace period?": each item the question lists that no chosen fact answers as
 * fully as any fact can gets the best such fact, when it holds at least half of the item's weight.
 */
function addFacetFacts(context: AnswerContext, ranked: readonly ScoredFact[], chosen: readonly ScoredFact[]): ScoredFact[] {
  const { facets } = context.reading;
  if (facets.length < 2) return [...chosen];
  const query = new Set(listQueryTokens(context.index, context.reading));
  const weigh = (tokens: Iterable<string>) => [...tokens].reduce((sum, token) => sum + weighToken(context.index, token, context.scope), 0);
  const result = [...chosen];
  for (const facet of facets) {
    const words = facet.filter((token) => query.has(token));
    if (words.length === 0 || result.length >= MAX_FACETED) continue;
    const held = (scored: ScoredFact) => weigh(words.filter((word) => scored.covered.has(word)));
    const holding = ranked
      .map((scored) => ({ scored, own: scoreFact(context.index, context.reading, words, scored.fact, context.scope) }))
      .filter(({ own }) => own.score > 0 && held(own) >= weigh(words) / 2);
    // Among the facts holding most of the item's words, the whole question ("on ECS") decides.
    const most = Math.max(0, ...holding.map(({ own }) => held(own)));
    const near = holding.filter(({ own }) => held(own) >= most * (1 - 1e-9));
    if (near.some(({ scored }) => result.includes(scored))) continue;
    const [best] = near.sort((a, b) => compareScored(a.scored, b.scored));
    if (best) result.push(best.scored);
  }
  return result;
}

/**
 * "How much storage do the object store and the cache get?": when the question names two or more components of one
 * product, each by a word only it has, a named component whose best-ranked fact is not chosen gets it.
 */
function addNamedComponentFacts(context: AnswerContext, ranked: readonly ScoredFact[], chosen: readonly ScoredFact[]): ScoredFact[] {
  const [id] = context.scope;
  const entry = id ? context.index.byId.get(id) : undefined;
  if (context.scope.length !== 1 || !entry) return [...chosen];
  const query = listQueryTokens(context.index, context.reading);
  const components = [...entry.components];
  const named = components.filter(([, component]) =>
    query.some(
      (token) =>
        component.tokens.has(token) && !genericNames.has(token) && components.filter(([, other]) => other.tokens.has(token)).length === 1,
    ),
  );
  if (named.length < 2) return [...chosen];
  const result = [...chosen];
  for (const [componentId] of named) {
    // A weaker fact of the component, chosen for a word no other fact had, does not stand in for its best one.
    const best = ranked.find((scored) => scored.fact.component === componentId);
    if (result.length >= MAX_FACETED || !best || result.includes(best)) continue;
    result.push(best);
  }
  return result;
}

/** Facts that may decide a yes/no by their own words: notes and rules. */
const verdictAttributes: ReadonlySet<FactAttribute> = new Set(['note', 'incompatibility']);

/** Words that check a claim ("Check?", "correct?"), asking nothing a fact should hold. */
const checkWords = new Set(
  [...askVocabulary.questionTagWords, ...askVocabulary.claimCues, ...askVocabulary.claimReferenceWords].flatMap((word) =>
    tokenizeText(word),
  ),
);

/**
 * "Can <example> be its object store?": a word the asking sentence uses that none of the chosen facts holds, but a
 * fact of the lead's own part does (the examples the vendor names), adds that fact, so the answer speaks to it.
 */
function addCoveringFact(context: AnswerContext, ranked: readonly ScoredFact[], chosen: readonly ScoredFact[]): ScoredFact[] {
  const [lead] = chosen;
  if (!lead?.fact.component || chosen.length >= MAX_FACETED) return [...chosen];
  const asking = new Set(tokenizeText(findAskingText(context.reading.text)));
  const held = new Set(chosen.flatMap((scored) => scored.fact.tokens));
  const products = new Set(context.scope.flatMap((id) => [...(context.index.byId.get(id)?.nameTokens ?? [])]));
  const unheld = listQueryTokens(context.index, context.reading).filter(
    (token) => asking.has(token) && !held.has(token) && !products.has(token) && !stopwords.has(token) && !checkWords.has(token),
  );
  const covering = ranked.find(
    (scored) =>
      scored.fact.architecture === lead.fact.architecture &&
      scored.fact.component === lead.fact.component &&
      !background.has(scored.fact.attribute) &&
      // A yes/no is judged by its facts: a note or a rule added for one word could carry the other verdict.
      !(context.reading.yesNo && verdictAttributes.has(scored.fact.attribute)) &&
      !chosen.includes(scored) &&
      unheld.some((token) => scored.fact.tokens.includes(token)),
  );
  return covering ? [...chosen, covering] : [...chosen];
}

/** Whether two facts say the same thing of two parts: same kind, and at most two words of each that the other lacks. */
function isParallel(a: IndexedFact, b: IndexedFact): boolean {
  if (a.attribute !== b.attribute || a.kind !== b.kind || !a.component || !b.component || a.component === b.component) return false;
  // Each fact's tokens open with its subject's name ("ledger database"), which is what differs by design.
  const left = new Set(a.tokens.filter((token) => !a.subjectTokens.has(token)));
  const right = new Set(b.tokens.filter((token) => !b.subjectTokens.has(token)));
  const onlyLeft = [...left].filter((token) => !right.has(token)).length;
  const onlyRight = [...right].filter((token) => !left.has(token)).length;
  return onlyLeft <= 2 && onlyRight <= 2 && left.size - onlyLeft >= 4;
}

/** What a fact is about: its component, or for a whole-variant fact the label it opens with ("Public subnet"). */
const aboutWhat = (fact: IndexedFact) => fact.component ?? fact.text.split(': ')[0];

/** Most facts tied with the best one that join it. */
const MAX_TIED = 3;

/**
 * "Subnets per zone?" answered by two facts of one kind that explain the same words equally well ("public subnet (one
 * per zone)", "private subnet (one per zone)"): the ranking cannot choose between them, so both answer.
 */
function addTiedFacts(ranked: readonly ScoredFact[], selected: ScoredFact[]): ScoredFact[] {
  const [best] = selected;
  if (!best) return selected;
  const same = (scored: ScoredFact) =>
    scored.covered.size === best.covered.size && [...scored.covered].every((token) => best.covered.has(token));
  const tied = ranked
    .filter(
      (scored) =>
        !selected.includes(scored) &&
        scored.fact.attribute === best.fact.attribute &&
        scored.fact.architecture === best.fact.architecture &&
        // Of one subject, the widening to every fact of the kind lists them in the model's order.
        aboutWhat(scored.fact) !== aboutWhat(best.fact) &&
        isTiedScore(scored.score, best.score) &&
        same(scored),
    )
    .slice(0, MAX_TIED);
  return tied.length > 0 ? [best, ...tied, ...selected.slice(1)] : selected;
}

/** The verbs that open a yes/no question, which end the noun a "which" asks for. */
const auxiliaryWords = new Set(askVocabulary.yesNoOpeners);

/** How many facts saying the same of other parts may join the best one. */
const MAX_PARALLEL = 4;

/**
 * "Which services does it suggest running managed?": when the question asks "which" or "what" of a plural, facts that
 * say of other parts what the best one says ("Use a managed X service …") answer it as well, though they add no word.
 */
export function addParallelFacts(context: AnswerContext, ranked: readonly ScoredFact[], selected: ScoredFact[]): ScoredFact[] {
  const [best] = selected;
  const written = listWrittenWords(findAskingText(context.reading.text)).map((word) => word.toLowerCase());
  const at = written.findIndex((word) => word === 'which' || word === 'what');
  // The noun asked for sits between "which" and the first auxiliary ("which backing services does …").
  const noun = at < 0 ? [] : written.slice(at + 1, at + 4);
  const until = noun.findIndex((word) => auxiliaryWords.has(word));
  const plural = (until < 0 ? noun : noun.slice(0, until)).some((word) => /[^s]s$/.test(word) && !stopwords.has(word));
  if (!best || !plural) return selected;
  const parallel = ranked
    .filter((scored) => !selected.includes(scored) && scored.score >= 0.6 * best.score && isParallel(best.fact, scored.fact))
    .slice(0, MAX_PARALLEL);
  return parallel.length > 0 ? [best, ...parallel, ...selected.slice(1)] : selected;
}

const [portToken = 'port'] = tokenizeText('port');

/**
 * "Do we run X in mode A or mode B?" answered by rules against modes of a component: the setting that component requires
 * instead ("mode = standalone (required)") follows them, since a rule says only what not to do.
 */
function addRequiredInstead(context: AnswerContext, chosen: readonly ScoredFact[]): ScoredFact[] {
  const [lead] = chosen;
  if (lead?.fact.attribute !== 'incompatibility') return [...chosen];
  const required = findRequiredInstead(
    context,
    lead.fact,
    chosen.map((scored) => scored.fact),
  );
  return required ? [...chosen, { ...lead, fact: required }] : [...chosen];
}

/** Answers with the facts that best explain the question, grouped by product; declines when nothing explains it. */
export function answerLookup(context: AnswerContext): Draft {
  const query = listQueryTokens(context.index, context.reading);
  const perCloud = answerManagedPerCloud(context);
  if (perCloud) return perCloud;
  const list =
    answerRoomLeft(context) ??
    answerDownstream(context) ??
    answerConnectedComponents(context) ??
    answerComponentList(context, query) ??
    answerPartList(context) ??
    answerVersionList(context);
  if (list) return list;
  const overview = answerOverview(context, query);
  if (overview) return overview;
  const byRole = answerByRole(context, query);
  if (byRole) return byRole;
  const ranked = context.ranked();
  const asked = findAskedAttribute(context.reading.attributes);
  const selected: ScoredFact[] = addTiedFacts(ranked, addParallelFacts(context, ranked, selectFacts(ranked, 4, 0.4, asked)));
  // Facts only the reach of joined asks brings in join the answer's text, but neither its coverage nor its figures:
  // words they explain may belong to the other ask, so they must not turn a decline into an answer.
  const reached = context.reading.tokens.some((token) => joiningWords.has(token))
    ? selectFacts(ranked, 4, 0.4, asked, JOINED_REACH).filter((scored) => !selected.includes(scored))
    : [];
  // "Exactly how many …" wants a number: "multiple" or "several" does not give one.
  const asksExact = context.reading.expectsNumber && /\b(?:exactly|precisely|exact|specific)\b/i.test(context.reading.text);
  // "What port …" wants a port: a replica count or a version is a number but not the one asked.
  const asksPort = /\b(?:what|which) (?:[\w-]+ ){0,3}ports?\b/i.test(context.reading.text);
  // "How many replicas …" counts copies: a figure of something else ("runs multiple daemons") is not the count asked.
  const counted = /\bhow\s+many\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu.exec(context.reading.text)?.[1] ?? '';
  const asksCopies = tokenizeText(counted).some((token) => countNounTokens.has(token));
  const countsCopies = (fact: IndexedFact) => !asksCopies || fact.tokens.some((token) => countNounTokens.has(token));
  // "How many volumes …" of "keeps its data on one volume": a count written in words right before the thing counted.
  const countedWord = /^[\p{L}-]+/u.exec(counted)?.[0]?.toLowerCase().replace(/s$/, '');
  const countsInWords = (fact: IndexedFact) =>
    countedWord !== undefined && countedWord.length > 2 && new RegExp(`\\b${countWordPattern}\\s+${countedWord}`, 'iu').test(fact.text);
  const holdsAsked = (fact: IndexedFact) =>
    countsCopies(fact) &&
    (asksExact
      ? /(?:^|[^\p{L}\d])\d/u.test(fact.text) || fact.tokens.some((token) => countWordValues.has(token))
      : holdsNumber(fact) || countsInWords(fact)) &&
    (!asksPort || fact.tokens.includes(portToken));
  // "How many …" wants a figure: when the facts chosen hold none, a close runner-up that does comes first.
  const figure =
    context.reading.expectsNumber && !selected.some((scored) => holdsAsked(scored.fact))
      ? ranked.slice(0, 5).find((scored) => holdsAsked(scored.fact) && scored.score >= 0.6 * (selected[0]?.score ?? Infinity))
      : undefined;
  // "Which instance type": when the facts chosen name no cloud size, a runner-up that does comes first. A size is so
  // plainly what is asked that a runner-up at under half the lead's score still answers ("which type does X suggest"
  // lifts every note of advice, the size among them or not).
  const sized =
    !figure && asksCloudSize(context.reading.content) && !selected.some((scored) => namesCloudSize(scored.fact.text))
      ? ranked
          .slice(0, 5)
          .find((scored) => namesCloudSize(scored.fact.text) && scored.score >= SIZE_RUNNER_UP * (selected[0]?.score ?? Infinity))
      : undefined;
  // "What is X used for": the kind asked of the component the best fact is about leads, even when another of its facts
  // shares more of the question's words.
  const first = selected[0];
  const own =
    // Already among the facts chosen, it still moves in front of a fact stating only a silence of the sources.
    asked &&
    first?.fact.component &&
    first.fact.attribute !== asked &&
    // A note of the kind asked ("Requirement: … less than 10 ms" for "does it require …") is of that kind already.
    // Stryker disable next-line ConditionalExpression: only a note has a kind, so "is a note" holds of every fact with one.
    !(first.fact.attribute === 'note' && first.fact.kind === asked) &&
    (listAbsences(context.index, first.fact.architecture).some((absence) => absence.fact === first.fact) ||
      !selected.some((scored) => scored.fact.attribute === asked))
      ? ranked.find((scored) => scored.fact.attribute === asked && scored.fact.component === first.fact.component)
      : undefined;
  const lead = figure ?? sized ?? own ?? findGroupLead(context, ranked) ?? findKindLead(context, ranked, selected);
  const chosen = addCoveringFact(
    context,
    ranked,
    addNamedComponentFacts(
      context,
      ranked,
      addFacetFacts(context, ranked, lead ? [lead, ...selected.filter((scored) => scored !== lead)] : selected),
    ),
  );
  const coverage = measureCoverage(context.index, query, chosen, context.scope, context.reading.scene);
  const best = chosen[0];
  // Words only the scene-setting sentences use need no fact of their own, so they do not weaken the best one.
  const scene = context.reading.scene;
  const weight = query
    .filter((token) => !scene.includes(token))
    .reduce((sum, token) => sum + weighToken(context.index, token, context.scope), 0);
  const strength = best && weight > 0 ? Math.min(1, best.score / (weight * 1.6)) : 0;
  if (!best) return { kind: 'lookup', text: null, facts: [], coverage: 0, strength: 0 };
  // "How long …" wants a span of time: facts that state none do not answer it, however many other words they share.
  // A span the question itself gives ("for a few weeks") asks for none.
  // Only the asking sentence asks: "we must say how often we back up. What does X keep?" wants no frequency.
  const asking = findAskingText(context.reading.text);
  const asksDuration = !context.reading.yesNo && /\bhow\s+long\b/i.test(asking);
  const statesSpan = (tokens: readonly string[]) =>
    tokens.some((token) => token === askVocabulary.durationWord || shortTimeUnits.has(token));
  // "How often …" wants a frequency: facts that state none ("every", "an interval") do not answer it.
  const asksFrequency = !context.reading.yesNo && /\bhow\s+often\b/i.test(asking);
  if (
    (context.reading.expectsNumber && !chosen.some((scored) => holdsAsked(scored.fact))) ||
    // The span must be of the thing asked about: a support period answers no question about how long sessions last.
    (asksDuration &&
      !chosen.some(
        (scored) =>
          statesSpan(scored.fact.tokens) &&
          [...scored.covered].some((token) => token !== askVocabulary.durationWord && !shortTimeUnits.has(token) && !stopwords.has(token)),
      )) ||
    (asksFrequency && !chosen.some((scored) => statesFrequency.test(scored.fact.text)))
  ) {
    return { kind: 'lookup', text: null, facts: chosen.map((scored) => scored.fact), coverage, strength };
  }
  const kept = addRequiredInstead(
    context,
    addLabelPurpose(context, addPlaceTechnology(context, addListedExamples(context, widenToAttribute(context, chosen)))),
  );
  const widened = [...kept, ...reached.filter((scored) => !kept.some((other) => other.fact === scored.fact))];
  const groups = new Map<string, string[]>();
  for (const { fact } of widened) {
    const label = labelVariant(context, fact.architecture, chooseVariant(context, fact.architecture, fact));
    const lines = groups.get(label) ?? [];
    lines.push(writeFact(fact));
    groups.set(label, lines);
  }
  const text = [...groups].map(([label, lines]) => `${label}: ${lines.join(' ')}`).join(' ');
  const leadCoverage = measureCoverage(context.index, query, [best], context.scope, context.reading.scene);
  // How far the best fact stands above the best fact about something else: a close runner-up means a guess.
  const runnerUp = ranked.find((scored) => (scored.fact.component ?? scored.fact.subject) !== (best.fact.component ?? best.fact.subject));
  const margin = runnerUp ? 1 - runnerUp.score / best.score : 1;
  return { kind: 'lookup', text, facts: widened.map((scored) => scored.fact), coverage, strength, lead: leadCoverage, margin };
}
