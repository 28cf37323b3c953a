import type { Architecture } from '../../schemas/architecture.ts';
import { toComponentAnchor } from '../catalogue/index.ts';
import {
  askVocabulary,
  categories,
  findRole,
  formatVersionFloor,
  joinWords,
  listArchitectureFacts,
  listVariantFacts,
  resolveAllVariants,
  toVariantPath,
  type Fact,
  type ResolvedVariant,
} from '../model/index.ts';
import { dropAsides, stopwords, tokenizeQuestion, tokenizeText } from './normalize-question.ts';
import type { FactIndex, IndexedArchitecture, IndexedFact } from './types.ts';

const quantityWords = new Set(askVocabulary.quantityWords);

const versionTokens = tokenizeText('version');

/** Whether a text states a software version: "16.x", "1.30+", "13+", "v2.23.0". */
function statesVersion(text: string): boolean {
  return /\b\d+(?:\.\d+)*\.x\b|\b\d+(?:\.\d+)*\+(?!\d)|\bv\d+\.\d+/i.test(text);
}

/** Content tokens of a text: canonical, without stopwords, numbers read as a question's are ("1,000" is "1000"). */
function contentTokens(text: string): string[] {
  return tokenizeQuestion(text).tokens.filter((token) => !stopwords.has(token));
}

/**
 * A one-word, lower-case name of the Unix daemon kind ("schedulerd") is also named by its stem and "daemon"
 * ("scheduler daemons"), as readers write it. Empty for any other name.
 */
function nameDaemon(name: string): string[] {
  // Lower case only: "Dashboard" or "Backend" end the same way but are no daemons.
  const daemon = /^([a-z]{4,}[b-df-hj-np-tv-z])d$/.exec(name.trim());
  return daemon?.[1] ? [daemon[1], 'daemon'] : [];
}

/**
 * The initials of a name of three to five words ("Edge Cache Service" is "ECS", "FrobCore Unit" is "FCU"), when the
 * product's own text writes them in capitals: readers write them for it, and initials nobody wrote ("PJR" for "pool of
 * job runners") would name something else. Words in brackets and function words are left out.
 */
export function abbreviateName(name: string, ownText: string): string[] {
  const words = dropAsides(name)
    .split(/[^\p{L}\d]+/u)
    // A word joined of capitalised words ("FrobCore") gives one initial per word, as its writers abbreviate it.
    .flatMap((word) => (/^(?:\p{Lu}\p{Ll}+){2,}$/u.test(word) ? (word.match(/\p{Lu}\p{Ll}+/gu) ?? [word]) : [word]))
    .filter((word) => word.length > 0 && tokenizeText(word).every((token) => !stopwords.has(token)));
  if (words.length < 3 || words.length > 5) return [];
  const initials = words.map((word) => word[0] ?? '').join('');
  return new RegExp(`\\b${initials.toUpperCase()}\\b`).test(ownText) ? [initials.toLowerCase()] : [];
}

/** Reads one architecture: its names, variant names and what names each component. */
function indexArchitecture(architecture: Architecture): IndexedArchitecture {
  const resolved = resolveAllVariants(architecture);
  const components = new Map<string, { name: string; tokens: Set<string>; technologyTokens: Set<string>; roleTokens: Set<string> }>();
  for (const variant of resolved) {
    for (const component of variant.components) {
      const entry = components.get(component.id) ?? {
        name: component.name,
        tokens: new Set<string>(),
        technologyTokens: new Set<string>(),
        roleTokens: new Set<string>(),
      };
      const names = [
        component.name,
        component.id.replace(/-/g, ' '),
        component.technology ?? '',
        ...(component.examples ?? []),
        ...nameDaemon(component.name),
      ];
      for (const token of names.flatMap(contentTokens)) entry.tokens.add(token);
      for (const token of [component.technology ?? '', component.name].flatMap(contentTokens)) entry.technologyTokens.add(token);
      for (const token of tokenizeText(findRole(component.role).label)) entry.roleTokens.add(token);
      components.set(component.id, entry);
    }
  }
  return {
    architecture,
    resolved,
    nameTokens: new Set(
      [architecture.product, architecture.id.replace(/-/g, ' '), architecture.vendor, ...architecture.aliases].flatMap(contentTokens),
    ),
    variantTokens: new Map(
      architecture.variants.map((variant) => [variant.id, new Set([variant.name, variant.id.replace(/-/g, ' ')].flatMap(contentTokens))]),
    ),
    components,
  };
}

/** The name of the group or host a fact about no single component speaks of ("Network and security"), if any. */
function nameOfWhole(resolved: ResolvedVariant, fact: Fact): string[] {
  if (fact.component) return [];
  const head = fact.text.split(': ')[0] ?? '';
  if (fact.attribute === 'group') return resolved.groups.filter((group) => group.label === head).map((group) => group.label);
  if (fact.attribute === 'requirement') return resolved.hosts.filter((host) => host.name === head).map((host) => host.name);
  if (fact.attribute === 'host') return resolved.hosts.filter((host) => fact.text.includes(`(${host.name})`)).map((host) => host.name);
  return [];
}

/**
 * The place a fact is shown: its component row, or the variant page at the fact's first citation (the page of another
 * variant when only that one lists the section, as for a fact about the product as a whole).
 */
function locateFact(
  architecture: Architecture,
  variantId: string,
  fact: Fact,
  citedAnchors: ReadonlyMap<string, ReadonlySet<string>>,
): { url: string; title: string } {
  const variant = architecture.variants.find((v) => v.id === variantId);
  const label = architecture.variants.length > 1 && variant ? `${architecture.product} (${variant.name})` : architecture.product;
  const page = toVariantPath(architecture, variantId);
  if (fact.component && fact.attribute !== 'connection')
    return { url: `${page}#${toComponentAnchor(fact.component)}`, title: `${label}: ${fact.subject}` };
  const first = fact.sources[0];
  return {
    url: first ? `${findCitingPage(architecture, variantId, first.anchor, citedAnchors)}#${first.anchor}` : page,
    title: first ? `${first.documentTitle}, section “${first.sectionTitle}”` : label,
  };
}

/** The variant page that lists a cited section: the given variant's when it does, else the first variant's that does. */
export function findCitingPage(
  architecture: Architecture,
  variantId: string,
  anchor: string,
  citedAnchors: ReadonlyMap<string, ReadonlySet<string>>,
): string {
  const own = toVariantPath(architecture, variantId);
  if (citedAnchors.get(own)?.has(anchor) !== false) return own;
  const pages = architecture.variants.map((variant) => toVariantPath(architecture, variant.id));
  return pages.find((page) => citedAnchors.get(page)?.has(anchor)) ?? own;
}

/** Words grouped by length (numbers left out), so a typo correction only scans plausible candidates. */
function groupByLength(words: ReadonlySet<string>): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const word of words) {
    if (/\d/.test(word)) continue;
    const list = byLength.get(word.length) ?? [];
    list.push(word);
    byLength.set(word.length, list);
  }
  return byLength;
}

/**
 * A group's listing with the versions its members state ("Orchestrator (Platform 1.4+, Installer 3+)"), as a list of
 * prerequisites gives them; any other fact as it is.
 */
function nameMemberVersions(resolved: ResolvedVariant, fact: Fact): Fact {
  if (fact.attribute !== 'group') return fact;
  const group = resolved.groups.find((candidate) => fact.text.startsWith(`${candidate.label}: `));
  if (!group) return fact;
  const members = resolved.components
    .filter((component) => component.group === group.id)
    .map((component) => {
      const versions = [
        ...new Set(
          (component.requirements ?? []).flatMap((requirement) =>
            (requirement.versions ?? []).map((version) => formatVersionFloor({ ...version, note: undefined })),
          ),
        ),
      ];
      return versions.length > 0 ? `${component.name} (${versions.join(', ')})` : component.name;
    });
  return { ...fact, text: `${group.label}: ${joinWords(members)}` };
}

/**
 * Flattens a catalogue into the engine's fact index: every fact of every variant (merged where variants say the same),
 * with its tokens, subject names and the page it is shown on, plus the statistics ranking needs.
 */
export function buildFactIndex(architectures: readonly Architecture[]): FactIndex {
  const indexed = architectures.map(indexArchitecture);
  const facts: IndexedFact[] = [];
  const factsByArchitecture = new Map<string, IndexedFact[]>();
  const citedAnchors = new Map<string, ReadonlySet<string>>();
  const variantFacts = new Map<ResolvedVariant, Fact[]>();
  for (const entry of indexed)
    for (const resolved of entry.resolved) {
      const listed = listVariantFacts(resolved);
      variantFacts.set(resolved, listed);
      citedAnchors.set(
        toVariantPath(entry.architecture, resolved.variant.id),
        new Set(listed.flatMap((fact) => fact.sources.map((source) => source.anchor))),
      );
    }
  for (const entry of indexed) {
    const byKey = new Map<string, IndexedFact>();
    const own: IndexedFact[] = [];
    const subjectSets = new Map<IndexedFact, Set<string>>();
    for (const resolved of entry.resolved) {
      const architectureFacts = resolved.isDefault ? listArchitectureFacts(entry.architecture, resolved.variant.id) : [];
      for (const fact of [...architectureFacts, ...(variantFacts.get(resolved) ?? [])]) {
        // A group's listing shows its members' versions, but is found by its own words, as before them.
        const shown = nameMemberVersions(resolved, fact).text;
        const key = `${fact.component ?? '-'}\u0000${fact.attribute}\u0000${shown}`;
        const existing = byKey.get(key);
        const place = { subject: fact.subject, ...locateFact(entry.architecture, resolved.variant.id, fact, citedAnchors) };
        if (existing) {
          existing.variants.push(resolved.variant.id);
          existing.places = { ...existing.places, [resolved.variant.id]: place };
          continue;
        }
        const component = fact.component ? entry.components.get(fact.component) : undefined;
        const componentRole = fact.component ? resolved.components.find((c) => c.id === fact.component)?.role : undefined;
        // A connection joins two components; naming one of them should not pull up every connection it has.
        const subjectTokens: Set<string> =
          fact.attribute === 'connection'
            ? new Set<string>()
            : new Set([
                ...(component?.tokens ?? []),
                ...(componentRole ? contentTokens(findRole(componentRole).label) : []),
                ...nameOfWhole(resolved, fact).flatMap(contentTokens),
              ]);
        const indexedFact: IndexedFact = {
          ...fact,
          text: shown,
          variants: [resolved.variant.id],
          // "PostgreSQL 16.x", "Kubernetes 1.30+" state a version without the word; questions ask with it.
          tokens: [...contentTokens(`${fact.subject} ${fact.text}`), ...(statesVersion(fact.text) ? versionTokens : [])],
          // A digit inside a name ("D2s v3", "t4g") is no figure; one that starts a number is.
          statesQuantity: /(?:^|[^\p{L}\d])\d/u.test(fact.text) || tokenizeText(fact.text).some((token) => quantityWords.has(token)),
          subjectTokens,
          url: place.url,
          title: place.title,
          places: { [resolved.variant.id]: place },
        };
        byKey.set(key, indexedFact);
        own.push(indexedFact);
        if (fact.attribute !== 'connection') subjectSets.set(indexedFact, subjectTokens);
      }
    }
    // Initials the product's own facts write in capitals ("ECS" beside "Edge Cache Service") name the part too.
    const ownText = own.map((fact) => fact.text).join(' ');
    for (const variant of entry.resolved) {
      for (const component of variant.components) {
        const names = entry.components.get(component.id)?.tokens as Set<string> | undefined;
        for (const initials of abbreviateName(component.name, ownText)) {
          names?.add(initials);
          for (const fact of own) if (fact.component === component.id) subjectSets.get(fact)?.add(initials);
        }
      }
    }
    facts.push(...own);
    factsByArchitecture.set(entry.architecture.id, own);
  }
  const postings = new Map<string, IndexedFact[]>();
  for (const fact of facts) {
    for (const token of new Set([...fact.tokens, ...fact.subjectTokens])) {
      const list = postings.get(token);
      if (list) list.push(fact);
      else postings.set(token, [fact]);
    }
  }
  const nameOwners = new Map<string, IndexedArchitecture[]>();
  for (const entry of indexed) {
    for (const token of entry.nameTokens) {
      const owners = nameOwners.get(token);
      if (owners) owners.push(entry);
      else nameOwners.set(token, [entry]);
    }
  }
  const componentOwners = new Map<string, string[]>();
  for (const entry of indexed) {
    for (const token of new Set([...entry.components.values()].flatMap((component) => [...component.tokens]))) {
      const owners = componentOwners.get(token);
      if (owners) owners.push(entry.architecture.id);
      else componentOwners.set(token, [entry.architecture.id]);
    }
  }
  const documentFrequency = new Map<string, number>();
  for (const fact of facts) for (const token of new Set(fact.tokens)) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
  const categoryTokens = new Map(
    categories.map((category) => [
      category.id,
      new Set([category.label, category.plural, category.id.replace(/-/g, ' ')].flatMap(contentTokens)),
    ]),
  );
  const categoryOtherNames = new Map(
    categories.map((category) => [category.id, category.otherNames.map((name) => tokenizeQuestion(name).tokens)]),
  );
  const vocabulary = new Set<string>([
    ...documentFrequency.keys(),
    ...[...categoryOtherNames.values()].flat(2),
    ...indexed.flatMap((entry) => [...entry.nameTokens, ...[...entry.variantTokens.values()].flatMap((tokens) => [...tokens])]),
    ...[...categoryTokens.values()].flatMap((tokens) => [...tokens]),
  ]);
  const ownVocabulary = new Map(
    indexed.map((entry) => [
      entry.architecture.id,
      groupByLength(
        new Set([...(factsByArchitecture.get(entry.architecture.id) ?? []).flatMap((fact) => fact.tokens), ...entry.nameTokens]),
      ),
    ]),
  );
  return {
    architectures: indexed,
    byId: new Map(indexed.map((entry) => [entry.architecture.id, entry])),
    postings,
    nameOwners,
    componentOwners,
    facts,
    factsByArchitecture,
    documentFrequency,
    averageLength: facts.reduce((sum, fact) => sum + fact.tokens.length, 0) / Math.max(1, facts.length),
    vocabulary,
    vocabularyByLength: groupByLength(vocabulary),
    vocabularyByArchitecture: ownVocabulary,
    corrections: new Map(),
    defaultVariants: new Map(indexed.map((entry) => [entry.architecture.id, entry.architecture.variants[0]?.id ?? ''])),
    categoryTokens,
    categoryOtherNames,
    citedAnchors,
  };
}
