import { askVocabulary, findRole, joinWords, type ResolvedComponent, type ResolvedVariant } from '../../model/index.ts';
import { chooseVariant, findIndexed, findResolved, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { listNameHeadWords, listWrittenWords, stopwords, tokenizeText } from '../normalize-question.ts';
import { findAskingText } from '../read-question.ts';
import { namesOtherVersion } from '../read-versions.ts';
import { weighToken } from '../select-facts.ts';
import type { Draft, IndexedFact } from '../types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const exclusiveWords = canonical(askVocabulary.exclusiveCues);
const connectionWords = canonical(askVocabulary.connectionVerbs);

/** The indexed fact of the connection from one component to another in a resolved variant ("A to B: label"). */
function findConnectionFact(
  context: AnswerContext,
  architectureId: string,
  resolved: ResolvedVariant,
  from: string,
  to: string,
): IndexedFact | undefined {
  const name = (componentId: string) => resolved.components.find((c) => c.id === componentId)?.name ?? componentId;
  return (context.index.factsByArchitecture.get(architectureId) ?? []).find(
    (fact) =>
      fact.attribute === 'connection' &&
      fact.variants.includes(resolved.variant.id) &&
      fact.text.startsWith(`${name(from)} to ${name(to)}`),
  );
}

/** Whether a question word names a name word: the same word, or its start when six letters or more ("provisioner"). */
const namesWord = (asked: string, name: string) => asked === name || (asked.length >= 6 && name.startsWith(asked));

/**
 * Where a name's words sit among the words left: for each place of its first word, the nearest free place of each other
 * word, keeping the tightest of these readings, so "the Quill worker, besides the Quill API" gives the API the "Quill"
 * next to "API" and not the worker's. Null when a word is not there.
 */
function placeName(name: readonly string[], left: ReadonlyMap<number, string>): number[] | null {
  const places = name.map((word) => [...left].filter(([, asked]) => namesWord(asked, word)).map(([at]) => at));
  const span = (ats: readonly number[]) => Math.max(...ats) - Math.min(...ats);
  let best: number[] | null = null;
  for (const anchor of places[0] ?? []) {
    const used = [anchor];
    for (const options of places.slice(1)) {
      const [nearest] = options.filter((at) => !used.includes(at)).sort((a, b) => Math.abs(a - anchor) - Math.abs(b - anchor));
      if (nearest === undefined) break;
      used.push(nearest);
    }
    if (used.length === name.length && (!best || span(used) < span(best))) best = used;
  }
  return best;
}

/**
 * The head word of a part's kind ("database" of "Relational database") when no other part of the list is of that kind,
 * else null: only then does the word name the part.
 */
function findSoleKindWord(component: ResolvedComponent, components: readonly ResolvedComponent[]): string | null {
  const headOf = (part: ResolvedComponent) => tokenizeText(findRole(part.role).label).at(-1) ?? '';
  return components.filter((other) => headOf(other) === headOf(component)).length === 1 ? headOf(component) : null;
}

/** The id of the one part of a kind whose head word the words hold ("database"), or null when none or several are. */
function findSoleOfKind(components: readonly ResolvedComponent[], words: ReadonlySet<string>): string | null {
  const [only, ...more] = components.filter((component) => words.has(findSoleKindWord(component, components) ?? ''));
  return only && more.length === 0 ? only.id : null;
}

/**
 * The components a question names by their whole name before its parenthesis, else by their technology, each with
 * where its words sit among the question's tokens; a longer name uses up its words first, so "job runner agent" names
 * that agent and not the job runners as well.
 */
function listNamedComponents(
  components: readonly ResolvedComponent[],
  tokens: readonly string[],
): { component: ResolvedComponent; at: number }[] {
  const left = new Map(tokens.map((token, at) => [at, token] as const).filter(([, token]) => !stopwords.has(token)));
  const named: { component: ResolvedComponent; at: number }[] = [];
  const candidates = components
    .map((component) => ({
      component,
      head: listNameHeadWords(component.name),
      technology: tokenizeText(component.technology ?? ''),
      // A kind's head word names a component only when no other part is of that kind.
      role: [findSoleKindWord(component, components) ?? []].flat(),
    }))
    .sort((a, b) => b.head.length - a.head.length);
  // Whole names first, for every component; a technology, then a kind, names one only with the words no name used.
  for (const pass of ['head', 'technology', 'role'] as const) {
    for (const candidate of candidates) {
      const name = candidate[pass];
      if (named.some((entry) => entry.component === candidate.component)) continue;
      const used = placeName(name, left);
      if (!used) continue;
      for (const at of used) left.delete(at);
      named.push({ component: candidate.component, at: Math.min(...used) });
    }
  }
  return named.sort((a, b) => a.at - b.at);
}

/** Words a link's label must share with the question to answer beside the link asked about. */
const LABEL_WORDS = 2;

/**
 * "Do A or B connect to C directly?": with two or more components of one product named and a connection verb, the
 * model's connections decide: yes with the connections between the last one named (the one the others would reach)
 * and the others; else no, with what that last one connects with. A component named right after "besides" is left out
 * of the question. Null for other questions.
 */
export function answerConnection(context: AnswerContext): Draft | null {
  const { reading } = context;
  const [id] = context.scope;
  if (context.scope.length !== 1 || !id || !reading.tokens.some((token) => connectionWords.has(token))) return null;
  const entry = findIndexed(context, id);
  if (!entry) return null;
  const variantId = chooseVariant(context, id);
  const resolved = findResolved(entry, variantId);
  const besides = reading.tokens.findIndex((token) => exclusiveWords.has(token));
  const named = listNamedComponents(resolved.components, reading.tokens)
    .filter(({ at }) => besides < 0 || at < besides || at > besides + 2)
    .map(({ component }) => component);
  if (named.length < 2) return null;
  const ids = new Set(named.map((component) => component.id));
  const label = labelVariant(context, id, variantId);
  const factOf = (from: string, to: string) => findConnectionFact(context, id, resolved, from, to);
  // "Do A or B connect to C": the question is whether any of the others reaches the last one named, not each other.
  const target = named.at(-1);
  if (!target) return null;
  const between = resolved.connections.filter(
    (connection) => (connection.to === target.id && ids.has(connection.from)) || (connection.from === target.id && ids.has(connection.to)),
  );
  if (between.length > 0) {
    // "Do both sites reach the same database writer?": another link to the last part whose label says what else is asked.
    const asked = new Set(reading.content);
    const alike = resolved.connections.filter(
      (connection) =>
        !between.includes(connection) &&
        (connection.to === target.id || connection.from === target.id) &&
        // Stryker disable next-line StringLiteral: a link without a label shares no word of the question in practice, whatever stands for it.
        tokenizeText(connection.label ?? '').filter((token) => asked.has(token) && !stopwords.has(token)).length >= LABEL_WORDS,
    );
    // "Do A and B need network access to C?": C's own note saying so, in words besides the parts' names, follows the links.
    const nameWords = new Set(named.flatMap((component) => tokenizeText(component.name)));
    const [said] = context
      .ranked()
      .filter(({ fact }) => fact.component === target.id && fact.attribute === 'note')
      .filter(
        ({ fact }) =>
          tokenizeText(fact.text).filter((token) => asked.has(token) && !stopwords.has(token) && !nameWords.has(token)).length >=
          LABEL_WORDS,
      );
    const shown = [
      ...[...between, ...alike].flatMap((connection) => factOf(connection.from, connection.to) ?? []),
      ...(said ? [said.fact] : []),
    ];
    // "A talks HTTP/1.1 to C: can it sit in front?" against a connection over HTTP/2: the link exists, not in that version.
    const verdict = shown.some((fact) => namesOtherVersion(reading.text, fact.text)) ? 'No' : 'Yes';
    return {
      kind: 'yes-no',
      text: `${verdict}. ${label}: ${shown.map(writeFact).join(' ')}`,
      facts: shown,
      coverage: 0.85,
      strength: 0.85,
    };
  }
  const others = named.slice(0, -1);
  const connectionsOf = (component: ResolvedComponent, most: number) =>
    resolved.connections
      .filter((connection) => connection.from === component.id || connection.to === component.id)
      .flatMap((connection) => factOf(connection.from, connection.to) ?? [])
      .slice(0, most);
  const targetFacts = connectionsOf(target, 3);
  // What the others connect with instead shows the answer rests on the whole layout, not on a missing fact.
  const otherFacts = [...new Set(others.flatMap((component) => connectionsOf(component, 2)))].filter((fact) => !targetFacts.includes(fact));
  const names = joinWords(others.map((component) => component.name));
  const text = [
    `No. In ${label}, ${names} ${others.length === 1 ? 'has' : 'have'} no direct connection to ${target.name} in the vendor's layout.`,
    targetFacts.length > 0 ? `${target.name} connects with: ${targetFacts.map(writeFact).join(' ')}` : '',
    otherFacts.length > 0 ? `${names} ${others.length === 1 ? 'connects' : 'connect'} with: ${otherFacts.map(writeFact).join(' ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { kind: 'yes-no', text, facts: [...targetFacts, ...otherFacts], coverage: 0.8, strength: 0.8 };
}

const listCueWords = canonical(askVocabulary.componentListCues);

/**
 * The component of one product the question's rarest words name, or null: a close second means no single one is named,
 * and one weak word of many ("which part holds the copies of linked apps") is not a name.
 */
function findNamedComponent(context: AnswerContext, architectureId: string, asked: readonly string[]): string | null {
  const entry = findIndexed(context, architectureId);
  // Stryker disable next-line ConditionalExpression: callers pass a product of the index.
  if (!entry) return null;
  const weigh = (tokens: readonly string[]) => tokens.reduce((sum, token) => sum + weighToken(context.index, token, [architectureId]), 0);
  const [best, second] = [...entry.components]
    .map(([componentId, component]) => ({ componentId, score: weigh(asked.filter((token) => component.tokens.has(token))) }))
    .filter((match) => match.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!best || (second && second.score * 2 > best.score) || best.score < 0.5 * weigh(asked)) return null;
  return best.componentId;
}
const objectAuxiliaryWords = new Set(askVocabulary.objectAuxiliaries);
// "Which component connects to the database": a verb of linking, after which a kind's word may name the part.
const connectionVerbs = canonical(askVocabulary.attributeCues.connection ?? []);
const genericNameWords = canonical(askVocabulary.genericNameWords);
const purposeVerbs = canonical(askVocabulary.attributeCues.purpose ?? []);

/** Words that put a closing product name as the scope ("… in Product X", "… for Product X"). */
const scopeWords = new Set(askVocabulary.closingScopeWords);

/** A topic before a dash that a which/what question follows ("A vs B — which parts …"). */
const dashedTopic = /^[^?!.\u2013\u2014]{3,80}\s[\u2013\u2014-]+\s+(?=(?:which|what)\b)/i;

/**
 * "Which services get their own C?", "what parts of X use C": a question opening with which/what and a word for
 * components (the product's name aside) that names one component after them is answered with the components the model
 * connects with that one, each with its connection. Null when the component is the question's subject ("which services
 * does C provide"), when no single component is named, or when it has no connections.
 */
export function answerConnectedComponents(context: AnswerContext): Draft | null {
  const [id] = context.scope;
  if (context.scope.length !== 1 || !id) return null;
  const entry = findIndexed(context, id);
  if (!entry) return null;
  // A topic before a dash ("A vs B — which parts …") leaves the question after it.
  const words = listWrittenWords(findAskingText(context.reading.text).replace(dashedTopic, ''));
  if (words[0] !== 'which' && words[0] !== 'what') return null;
  const isProductWord = (word: string) => tokenizeText(word).every((token) => entry.nameTokens.has(token));
  let at = 1;
  while (at < words.length && isProductWord(words[at] ?? '')) at++;
  const cue = words[at];
  const next = words[at + 1];
  if (!cue || !listCueWords.has(tokenizeText(cue)[0] ?? '') || !next || objectAuxiliaryWords.has(next)) return null;
  // "Which component holds the data sources' definitions" asks whose purpose that is, not what connects with them.
  if (tokenizeText(next).some((token) => purposeVerbs.has(token) && !connectionVerbs.has(token))) return null;
  // A closing "in Product X" names the scope, not words of the part's name.
  const after = words.slice(at + 1);
  const scopeAt = after.findIndex(
    (word, i) => i > 0 && scopeWords.has(word) && after.slice(i + 1).length > 0 && after.slice(i + 1).every(isProductWord),
  );
  const asked = new Set(
    (scopeAt < 0 ? after : after.slice(0, scopeAt)).flatMap((word) =>
      // A verb of linking ("talk to", "depend on") names no part.
      tokenizeText(word).filter((token) => !stopwords.has(token) && !genericNameWords.has(token) && !connectionVerbs.has(token)),
    ),
  );
  const variantId = chooseVariant(context, id);
  const resolved = findResolved(entry, variantId);
  // After a connection verb ("connects to the database"), a kind's head word names the one part of that kind when no name does.
  const linking = words.some((word) => tokenizeText(word).some((token) => connectionVerbs.has(token)));
  const named = findNamedComponent(context, id, [...asked]) ?? (linking ? findSoleOfKind(resolved.components, asked) : null);
  if (!named) return null;
  const target = resolved.components.find((component) => component.id === named);
  if (!target) return null;
  const nameOf = (componentId: string) => resolved.components.find((component) => component.id === componentId)?.name ?? componentId;
  const linked = resolved.connections.filter((connection) => connection.from === target.id || connection.to === target.id);
  const shown = linked.flatMap((connection) => findConnectionFact(context, id, resolved, connection.from, connection.to) ?? []);
  if (shown.length === 0) return null;
  const others = [...new Set(linked.map((connection) => nameOf(connection.from === target.id ? connection.to : connection.from)))];
  const text = `${labelVariant(context, id, variantId)}: ${target.name} is connected with ${joinWords(others)}. ${shown.map(writeFact).join(' ')}`;
  return { kind: 'lookup', text, facts: shown, coverage: 0.85, strength: 0.8 };
}

/** Verbs of where a part sits, which ask for the parts themselves ("what sits behind X"). */
const placementVerbs = canonical(askVocabulary.downstreamVerbs);

const downstreamPattern = new RegExp(
  `\\b(?:${askVocabulary.downstreamCues.map((cue) => cue.replace(/\s+/g, '\\s+')).join('|')})\\s+(.+)$`,
  'i',
);

/**
 * "Which parts sit behind the edge router?": the components that traffic reaches from the one named after the cue,
 * following the model's connections onwards (each connection's fact says which are inferred). Null unless the question
 * opens with which or what and asks for parts, when no single component of the one product is named, or when nothing
 * connects onwards from it.
 */
export function answerDownstream(context: AnswerContext): Draft | null {
  const [id] = context.scope;
  if (context.scope.length !== 1 || !id) return null;
  const entry = findIndexed(context, id);
  // A topic before a dash ("X k8s stack — what sits behind …?") only frames the question after it.
  const asking = findAskingText(context.reading.text).replace(/^[^:?!.\u2013\u2014]{3,80}?\s+[\u2013\u2014-]+\s+(?=(?:which|what)\b)/i, '');
  const cue = downstreamPattern.exec(asking);
  const after = cue?.[1];
  // The parts are what is asked: "which parts sit behind X", "what runs behind X"; not "what DNS records … behind X".
  const before = tokenizeText(asking.slice(0, cue?.index ?? 0)).filter((token) => !stopwords.has(token) && !entry?.nameTokens.has(token));
  const asksParts = before.some((token) => listCueWords.has(token)) || before.every((token) => placementVerbs.has(token));
  if (!entry || !after || !asksParts || !/^\s*(?:which|what)\b/i.test(asking)) return null;
  const asked = tokenizeText(after).filter(
    (token) => !stopwords.has(token) && !genericNameWords.has(token) && !entry.nameTokens.has(token),
  );
  const named = findNamedComponent(context, id, asked);
  if (!named) return null;
  const variantId = chooseVariant(context, id);
  const resolved = findResolved(entry, variantId);
  const start = resolved.components.find((component) => component.id === named);
  if (!start) return null;
  // Breadth first, so the parts reached directly come before those reached through them.
  const reached: string[] = [];
  const facts: IndexedFact[] = [];
  let frontier = [start.id];
  while (frontier.length > 0) {
    const onwards = resolved.connections.filter((connection) => frontier.includes(connection.from));
    const fresh = [...new Set(onwards.map((connection) => connection.to))].filter((to) => to !== start.id && !reached.includes(to));
    facts.push(...onwards.flatMap((connection) => findConnectionFact(context, id, resolved, connection.from, connection.to) ?? []));
    reached.push(...fresh);
    frontier = fresh;
  }
  if (reached.length === 0) return null;
  const nameOf = (componentId: string) => resolved.components.find((component) => component.id === componentId)?.name ?? componentId;
  const text = `${labelVariant(context, id, variantId)}: behind ${start.name}, in the vendor's layout: ${joinWords(reached.map(nameOf))}. ${[...new Set(facts)].map(writeFact).join(' ')}`;
  return { kind: 'lookup', text, facts: [...new Set(facts)], coverage: 0.85, strength: 0.8 };
}
