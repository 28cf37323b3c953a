import { clouds } from '../model/index.ts';
import type { Architecture } from '../../schemas/architecture.ts';
import type { Note } from '../../schemas/fact.ts';
import { questionCues } from './question-cues.ts';
import { buildVocabulary, stopwords, tokenizeText, type Vocabulary } from './parse-question.ts';
import { findRole, resolveAllVariants, type ResolvedComponent, type ResolvedVariant } from '../model/index.ts';

/** One component of one architecture with its per-variant forms and the weighted tokens that name it. */
export interface IndexedComponent {
  id: string;
  /** The component as each variant that includes it resolves it, in variant order. */
  forms: { variantId: string; component: ResolvedComponent }[];
  /** Token -> how strongly it names the component (1 name, 0.5 role, 0.15 purpose), before IDF. */
  fieldWeights: Map<string, number>;
  /** Tokens of the component's notes, for matching a question's leftover words to a note. */
  noteTokens: { note: Note; tokens: Set<string> }[];
}

/** One architecture prepared for answering: names, variants and components. */
export interface IndexedArchitecture {
  architecture: Architecture;
  /** Tokens that name the architecture in a question (id parts, vendor, product, product initials). */
  aliases: Set<string>;
  resolved: ResolvedVariant[];
  /** Per variant, the tokens that tell it apart from the architecture's other variants. */
  variantTokens: Map<string, Set<string>>;
  components: IndexedComponent[];
  /** Tokens of architecture- and variant-level notes. */
  noteTokens: { note: Note; variantId: string | null; tokens: Set<string> }[];
}

/** Everything the answer engine precomputes once per architectures array. */
export interface AnswerIndex {
  architectures: IndexedArchitecture[];
  /** Inverse document frequency of a token over all components of all architectures. */
  idf: Map<string, number>;
  vocabulary: Vocabulary;
  /** Tokens naming a cloud, mapped to the cloud id. */
  cloudTokens: Map<string, string>;
  /** Architecture by id, and each architecture's position in `architectures`, for lookups that must not scan. */
  architectureById: Map<string, IndexedArchitecture>;
  position: Map<IndexedArchitecture, number>;
  /** Alias token -> architectures it names, so naming a product costs a lookup, not a scan of the catalogue. */
  architecturesByAlias: Map<string, IndexedArchitecture[]>;
  /** Component naming token -> architectures with a component it names. */
  architecturesByComponentToken: Map<string, Set<IndexedArchitecture>>;
}

/** Words too common in product names to identify an architecture on their own. */
const genericNameWords = new Set(
  [
    'server',
    'service',
    'cloud',
    'platform',
    'enterprise',
    'edition',
    'community',
    'solid',
    'data',
    'app',
    'application',
    'inc',
    'ltd',
    'the',
    'and',
    'for',
    'self',
    'managed',
  ].flatMap((word) => tokenizeText(word)),
);

/** Words the engine reads as intent, not as a subject, kept in the vocabulary so typos of them are corrected. */
export const intentWords = [
  'minimum',
  'requirement',
  'memory',
  'vcpu',
  'storage',
  'node',
  'nodes',
  'version',
  'setting',
  'enable',
  'enabled',
  'total',
  'sum',
  'altogether',
  'combined',
  'overall',
  'compare',
  'difference',
  'versus',
  'users',
  'user',
  'managed',
  'equivalent',
  'subnet',
  'public',
  'private',
  'network',
  'placement',
  'zones',
  'zone',
  'availability',
  'purpose',
  'required',
  'optional',
  'mandatory',
  'recommended',
  'necessary',
  'depend',
  'depends',
  'dependency',
  'outage',
  'startup',
  'restart',
  'architectures',
  'products',
  'vendors',
  'size',
  'sizing',
  'capacity',
  'resources',
  'instance',
  'records',
  'record',
  'cname',
  'internet',
  'exposed',
  'continue',
  'persistence',
  'components',
  'needs',
  'requires',
  'uses',
  'store',
  'stores',
  'handle',
  'handles',
  'responsible',
  'without',
  'multi',
  'replicas',
  'many',
  'much',
  'which',
  'what',
  'does',
  'need',
  'require',
  'must',
  'should',
  'would',
  'where',
  'when',
  'why',
  'how',
];

const indexCache = new WeakMap<readonly Architecture[], AnswerIndex>();

/** Distinct tokens of a text, without stopwords. */
function contentTokens(text: string): Set<string> {
  return new Set(tokenizeText(text).filter((token) => !stopwords.has(token)));
}

/** Initials of a multi-word product name ("Enterprise Solid Server" -> "ess"), or null for one word. */
function toInitials(name: string): string | null {
  const words = name
    .replace(/\(.*?\)/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /^\p{Lu}/u.test(word));
  return words.length >= 2 ? words.map((word) => word[0]?.toLowerCase() ?? '').join('') : null;
}

/** Collects the tokens that name an architecture. */
function buildAliases(architecture: Architecture): Set<string> {
  const aliases = new Set<string>();
  const add = (text: string) => {
    for (const token of tokenizeText(text))
      if (!genericNameWords.has(token) && !stopwords.has(token) && token.length > 1) aliases.add(token);
  };
  add(architecture.id.replace(/-/g, ' '));
  add(architecture.vendor);
  add(architecture.product);
  const initials = toInitials(architecture.product);
  if (initials) aliases.add(initials);
  for (const match of architecture.product.matchAll(/\(([^)]+)\)/g)) add(match[1] ?? '');
  return aliases;
}

/** Weighted naming tokens of a component over all its variant forms. */
function buildFieldWeights(forms: readonly ResolvedComponent[], id: string): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    if (!text) return;
    for (const token of contentTokens(text)) weights.set(token, Math.max(weights.get(token) ?? 0, weight));
  };
  add(id.replace(/-/g, ' '), 1);
  for (const form of forms) {
    add(form.name, 1);
    add(form.technology, 1);
    for (const example of form.examples ?? []) add(example, 0.6);
    add(findRole(form.role).label, 0.5);
    add(form.purpose, 0.15);
  }
  return weights;
}

/** Builds (or returns the memoised) answer index of an architectures array; keyed by array identity. */
export function buildAnswerIndex(architectures: readonly Architecture[]): AnswerIndex {
  const cached = indexCache.get(architectures);
  if (cached) return cached;
  const indexed = architectures.map((architecture): IndexedArchitecture => {
    const resolved = resolveAllVariants(architecture);
    const components = architecture.components.map((component): IndexedComponent => {
      const forms = resolved.flatMap((variant) => {
        const form = variant.components.find((c) => c.id === component.id);
        return form ? [{ variantId: variant.variant.id, component: form }] : [];
      });
      const notes = new Map<string, Note>();
      for (const form of forms) for (const note of form.component.notes ?? []) notes.set(note.text, note);
      return {
        id: component.id,
        forms,
        fieldWeights: buildFieldWeights(
          forms.map((f) => f.component),
          component.id,
        ),
        noteTokens: [...notes.values()].map((note) => ({ note, tokens: contentTokens(note.text) })),
      };
    });
    const variantTokenSets = architecture.variants.map((variant) => {
      const tokens = contentTokens(`${variant.id.replace(/-/g, ' ')} ${variant.name}`);
      if (variant.cloud) tokens.add(variant.cloud);
      return tokens;
    });
    const variantTokens = new Map<string, Set<string>>();
    architecture.variants.forEach((variant, index) => {
      const own = variantTokenSets[index] ?? new Set<string>();
      const shared = [...own].filter((token) => variantTokenSets.every((set) => set.has(token)));
      variantTokens.set(variant.id, new Set([...own].filter((token) => !shared.includes(token))));
    });
    const noteTokens = [
      ...architecture.notes.map((note) => ({ note, variantId: null, tokens: contentTokens(note.text) })),
      ...architecture.variants.flatMap((variant) =>
        (variant.notes ?? []).map((note) => ({ note, variantId: variant.id, tokens: contentTokens(note.text) })),
      ),
    ];
    return { architecture, aliases: buildAliases(architecture), resolved, variantTokens, components, noteTokens };
  });
  const documentFrequency = new Map<string, number>();
  let componentCount = 0;
  for (const architecture of indexed) {
    for (const component of architecture.components) {
      componentCount++;
      for (const token of component.fieldWeights.keys()) documentFrequency.set(token, (documentFrequency.get(token) ?? 0) + 1);
    }
  }
  const idf = new Map<string, number>();
  // 1 + log keeps a name word worth at least 1 even in a one-component catalogue.
  for (const [token, count] of documentFrequency) idf.set(token, 1 + Math.log(componentCount / count));
  const cloudTokens = new Map<string, string>();
  for (const cloud of clouds) {
    cloudTokens.set(cloud.id, cloud.id);
    for (const token of tokenizeText(cloud.label)) if (!stopwords.has(token)) cloudTokens.set(token, cloud.id);
  }
  const words = new Set<string>([
    ...documentFrequency.keys(),
    ...cloudTokens.keys(),
    ...intentWords.flatMap((w) => tokenizeText(w)),
    ...Object.values(questionCues).flatMap((list) => list.flatMap((w: string) => tokenizeText(w))),
  ]);
  for (const architecture of indexed) {
    for (const alias of architecture.aliases) words.add(alias);
    for (const tokens of architecture.variantTokens.values()) for (const token of tokens) words.add(token);
    for (const { tokens } of architecture.noteTokens) for (const token of tokens) words.add(token);
    for (const component of architecture.components)
      for (const { tokens } of component.noteTokens) for (const token of tokens) words.add(token);
  }
  const architecturesByAlias = new Map<string, IndexedArchitecture[]>();
  const architecturesByComponentToken = new Map<string, Set<IndexedArchitecture>>();
  for (const architecture of indexed) {
    for (const alias of architecture.aliases) architecturesByAlias.set(alias, [...(architecturesByAlias.get(alias) ?? []), architecture]);
    for (const component of architecture.components) {
      for (const token of component.fieldWeights.keys()) {
        const holders = architecturesByComponentToken.get(token) ?? new Set<IndexedArchitecture>();
        holders.add(architecture);
        architecturesByComponentToken.set(token, holders);
      }
    }
  }
  const index: AnswerIndex = {
    architectures: indexed,
    idf,
    vocabulary: buildVocabulary(words),
    cloudTokens,
    architectureById: new Map(indexed.map((architecture) => [architecture.architecture.id, architecture])),
    position: new Map(indexed.map((architecture, at) => [architecture, at])),
    architecturesByAlias,
    architecturesByComponentToken,
  };
  indexCache.set(architectures, index);
  return index;
}
