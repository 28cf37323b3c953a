import { askVocabulary, findRole, type ResolvedVariant } from '../../model/index.ts';
import { findInitials, stopwords, tokenizeText } from '../normalize-question.ts';

/** Something a question can total over: a component, a host (components sharing a machine) or a group of components. */
export interface Target {
  kind: 'component' | 'host' | 'group';
  id: string;
  name: string;
  /** Ids of the components it stands for. */
  components: string[];
  /** Share of its distinctive name words the question uses, 0 to 1. */
  coverage: number;
  /** Question tokens that named it. */
  hits: string[];
}

const genericWords = new Set(askVocabulary.genericNameWords.flatMap((word) => tokenizeText(word)));
const ownAppWords = new Set(askVocabulary.ownAppWords.flatMap((word) => tokenizeText(word)));

/** The words that name something, without stopwords, the product's own name and (unless nothing else is left) generic words. */
function listNameWords(texts: readonly string[], productTokens: ReadonlySet<string>): string[] {
  const words = [...new Set(texts.flatMap((text) => tokenizeText(text)))].filter(
    (token) => !stopwords.has(token) && !productTokens.has(token) && !/^\d+$/.test(token),
  );
  const specific = words.filter((token) => !genericWords.has(token));
  return specific.length > 0 ? specific : words;
}

/** Ids of the components in a group and its descendant groups. */
function listGroupMembers(resolved: ResolvedVariant, groupId: string): string[] {
  const groups = new Set([groupId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const group of resolved.groups) {
      if (group.parent && groups.has(group.parent) && !groups.has(group.id)) {
        groups.add(group.id);
        grew = true;
      }
    }
  }
  return resolved.components
    .filter((component) => component.group !== undefined && groups.has(component.group))
    .map((component) => component.id);
}

/**
 * The components, hosts and groups of a variant that the question names. A candidate is named when the question uses at
 * least half of its distinctive name words, or a word only it has; where several share a word, the ones whose names the
 * question covers best keep it. Words of the variant's own name name only hosts ("the VM" of a VM variant), never
 * components, so "the container example" does not pick a component named after the container platform.
 */
export function findTargets(
  resolved: ResolvedVariant,
  query: readonly string[],
  productTokens: ReadonlySet<string>,
  variantTokens: ReadonlySet<string>,
): Target[] {
  const present = new Set(query);
  const candidates = [
    ...resolved.components.map((component) => ({
      kind: 'component' as const,
      id: component.id,
      name: component.name,
      components: [component.id],
      words: listNameWords([component.name, component.id.replace(/-/g, ' ')], productTokens),
      initials: findInitials(component.name.split('(')[0] ?? '').toLowerCase(),
    })),
    ...resolved.hosts.map((host) => ({
      kind: 'host' as const,
      id: host.id,
      name: host.name,
      components: [...host.components],
      words: listNameWords([host.name], productTokens),
      initials: '',
    })),
    ...resolved.groups.map((group) => ({
      kind: 'group' as const,
      id: group.id,
      name: group.label,
      components: listGroupMembers(resolved, group.id),
      words: listNameWords([group.label], productTokens),
      initials: '',
    })),
  ].filter((candidate) => candidate.components.length > 0 && candidate.words.length > 0);
  // "The Frob app" names the product's one component called by its name and generic words alone ("Frob server"),
  // when no name holds the word itself.
  const appAt = query.findIndex((token) => ownAppWords.has(token) && !candidates.some((candidate) => candidate.words.includes(token)));
  const ownNamed = candidates.filter(
    (candidate) =>
      candidate.kind === 'component' &&
      tokenizeText(candidate.name).some((token) => productTokens.has(token)) &&
      candidate.words.every((word) => genericWords.has(word)),
  );
  const [ownApp] = appAt >= 0 && ownNamed.length === 1 ? ownNamed : [];
  const scored = candidates
    .map((candidate) => {
      if (candidate === ownApp) return { ...candidate, hits: [query[appAt] ?? ''], coverage: 1 };
      // "The AKS nodes": a component named by the initials of its name's three or more words is named in full.
      if (candidate.initials.length >= 3 && present.has(candidate.initials))
        return { ...candidate, hits: [candidate.initials], coverage: 1 };
      const hits = candidate.words.filter((word) => present.has(word) && (candidate.kind === 'host' || !variantTokens.has(word)));
      return { ...candidate, hits, coverage: hits.length / candidate.words.length };
    })
    .filter((candidate) => candidate.hits.length > 0);
  const owners = new Map<string, number>();
  const bestCoverage = new Map<string, number>();
  for (const candidate of scored) {
    for (const hit of candidate.hits) {
      owners.set(hit, (owners.get(hit) ?? 0) + 1);
      bestCoverage.set(hit, Math.max(bestCoverage.get(hit) ?? 0, candidate.coverage));
    }
  }
  const named = scored
    .filter((candidate) => candidate.coverage >= 0.5 || candidate.hits.some((hit) => owners.get(hit) === 1 && !genericWords.has(hit)))
    .filter((candidate) => candidate.hits.some((hit) => candidate.coverage >= (bestCoverage.get(hit) ?? 0)))
    .map(({ kind, id, name, components, coverage, hits }) => ({ kind, id, name, components, coverage, hits }));
  // A word of the product's, the variant's or any candidate's own name is no role word.
  const nameWords = new Set([...productTokens, ...variantTokens, ...candidates.flatMap((candidate) => candidate.words)]);
  return [...named, ...findTargetsByRole(resolved, query, nameWords, named)].sort((a, b) => b.coverage - a.coverage);
}

/**
 * "The app nodes plus the database nodes": a word no name holds ("database") names the one component whose role's
 * label holds it, when that component is not named already; no target when several components' roles share the word.
 */
function findTargetsByRole(
  resolved: ResolvedVariant,
  query: readonly string[],
  nameWords: ReadonlySet<string>,
  named: readonly Target[],
): Target[] {
  const taken = new Set(named.flatMap((target) => target.components));
  return [...new Set(query)]
    .filter((word) => !nameWords.has(word) && !stopwords.has(word) && !genericWords.has(word))
    .flatMap((word) => {
      const holders = resolved.components.filter((component) => tokenizeText(findRole(component.role).label).includes(word));
      const [only] = holders;
      return holders.length === 1 && only && !taken.has(only.id)
        ? [{ kind: 'component' as const, id: only.id, name: only.name, components: [only.id], coverage: ROLE_COVERAGE, hits: [word] }]
        : [];
    });
}

/** How fully a word of a component's role names it: less than its own name would, as the role is shared by kind. */
const ROLE_COVERAGE = 0.5;

/** Fewest question words a component's figure notes must share, and no other component's, to be what a total means. */
const NOTE_WORDS = 2;

/**
 * "How much memory do the stated size per task and the starting count of tasks give?": when the question names
 * no component, the one whose stated figures' notes share at least two of its distinctive words, words no other
 * component's notes or name hold, is what it totals. Empty when none or several do.
 */
export function findTargetsByNote(
  resolved: ResolvedVariant,
  query: readonly string[],
  productTokens: ReadonlySet<string>,
  variantTokens: ReadonlySet<string>,
): Target[] {
  const asked = new Set(query.filter((token) => !variantTokens.has(token) && !genericWords.has(token)));
  const wordsOf = resolved.components.map((component) => ({
    component,
    words: new Set(listNameWords([...(component.requirements ?? []).flatMap((entry) => entry.note ?? [])], productTokens)),
    name: new Set(listNameWords([component.name], productTokens)),
  }));
  const matches = wordsOf
    .map(({ component, words }) => ({
      component,
      hits: [...words].filter(
        (word) =>
          asked.has(word) && wordsOf.every((other) => other.component === component || (!other.words.has(word) && !other.name.has(word))),
      ),
    }))
    .filter((match) => match.hits.length >= NOTE_WORDS);
  const [only] = matches;
  if (matches.length !== 1 || !only) return [];
  const { component, hits } = only;
  return [{ kind: 'component', id: component.id, name: component.name, components: [component.id], coverage: 1, hits }];
}
