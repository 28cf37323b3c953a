import { askVocabulary, joinWords, type ResolvedComponent } from '../../model/index.ts';
import { chooseVariant, findIndexed, findResolved, labelVariant, writeFact, type AnswerContext } from '../answer-context.ts';
import { listNameHeadWords, stopwords, tokenizeText } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const exclusiveWords = canonical(askVocabulary.exclusiveCues);
const connectionWords = canonical(askVocabulary.connectionVerbs);

/** Whether a question word names a name word: the same word, or its start when six letters or more ("provisioner"). */
const namesWord = (asked: string, name: string) => asked === name || (asked.length >= 6 && name.startsWith(asked));

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
    .map((component) => ({ component, head: listNameHeadWords(component.name), technology: tokenizeText(component.technology ?? '') }))
    .sort((a, b) => b.head.length - a.head.length);
  // Whole names first, for every component; a technology names one only with the words no name used.
  for (const pass of ['head', 'technology'] as const) {
    for (const candidate of candidates) {
      const name = candidate[pass];
      if (named.some((entry) => entry.component === candidate.component)) continue;
      const used = name.map((word) => [...left].find(([, asked]) => namesWord(asked, word))?.[0]);
      if (name.length === 0 || used.some((at) => at === undefined)) continue;
      for (const at of used) if (at !== undefined) left.delete(at);
      named.push({ component: candidate.component, at: Math.min(...used.map((at) => at ?? 0)) });
    }
  }
  return named.sort((a, b) => a.at - b.at);
}

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
  const facts = (context.index.factsByArchitecture.get(id) ?? []).filter(
    (fact) => fact.attribute === 'connection' && fact.variants.includes(variantId),
  );
  const factOf = (from: string, to: string) => {
    const name = (componentId: string) => resolved.components.find((c) => c.id === componentId)?.name ?? componentId;
    return facts.find((fact) => fact.text.startsWith(`${name(from)} to ${name(to)}`));
  };
  // "Do A or B connect to C": the question is whether any of the others reaches the last one named, not each other.
  const target = named.at(-1);
  if (!target) return null;
  const between = resolved.connections.filter(
    (connection) => (connection.to === target.id && ids.has(connection.from)) || (connection.from === target.id && ids.has(connection.to)),
  );
  if (between.length > 0) {
    const shown = between.flatMap((connection) => factOf(connection.from, connection.to) ?? []);
    return { kind: 'yes-no', text: `Yes. ${label}: ${shown.map(writeFact).join(' ')}`, facts: shown, coverage: 0.85, strength: 0.85 };
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
