import { askVocabulary, joinWords, toVariantPath } from '../../model/index.ts';
import { findFirstSentence, findIndexed, type AnswerContext } from '../answer-context.ts';
import { isQuestionNegated } from '../judge-polarity.ts';
import { findAskingText } from '../read-question.ts';
import { stopwords, tokenizeText } from '../normalize-question.ts';
import type { Draft } from '../types.ts';

const canonical = (words: readonly string[]) => new Set(words.flatMap((word) => tokenizeText(word)));
const supportWords = canonical(askVocabulary.supportCues);
const negationTokens = canonical(askVocabulary.negationWords);
const genericWords = canonical([...askVocabulary.genericNameWords, ...askVocabulary.generalTechnologyWords]);
const deploymentWords = canonical(askVocabulary.deploymentNouns);
const mandatoryWords = canonical(askVocabulary.mandatoryCues);
const adoptingWords = canonical(askVocabulary.adoptingVerbs);
const catalogueScopeWords = canonical(askVocabulary.catalogueScopeWords);
/** A word without its "-ed" or "-ing", so "a cluster" names "Clustered". */
const rootOf = (token: string) => token.replace(/(?:ed|ing)$/, '');

type Indexed = NonNullable<ReturnType<typeof findIndexed>>;

/** The one variant of a product the question names by a word of its name, with those words; null for none or several. */
function findNamedVariant(
  entry: Indexed,
  tokens: ReadonlySet<string>,
  chosen: string | undefined,
): { variant: Indexed['architecture']['variants'][number]; named: string[] } | null {
  const nameWordsOf = (name: string) => tokenizeText(name).filter((token) => !entry.nameTokens.has(token) && !stopwords.has(token));
  // A word only one variant's name holds names it, even a generic one ("a cluster" of "Clustered (high availability)").
  const uniqueWordsOf = (id: string, name: string) =>
    nameWordsOf(name).filter((token) => entry.architecture.variants.every((v) => v.id === id || !nameWordsOf(v.name).includes(token)));
  const candidates = entry.architecture.variants
    .filter((v) => chosen === undefined || v.id === chosen)
    .map((v) => ({
      variant: v,
      // A word of the name counts written as its root too.
      named: [...new Set([...nameWordsOf(v.name).filter((token) => !genericWords.has(token)), ...uniqueWordsOf(v.id, v.name)])].filter(
        (token) => tokens.has(token) || tokens.has(rootOf(token)),
      ),
    }))
    .filter((candidate) => candidate.named.length > 0);
  const [only] = candidates;
  return only && candidates.length === 1 ? only : null;
}

/**
 * The words of a question that neither name the product, the variant or a deployment nor are one of the allowed kinds;
 * only those of the asking sentence count when it is given.
 */
function listOtherWords(
  reading: AnswerContext['reading'],
  entry: Indexed,
  variant: Indexed['architecture']['variants'][number],
  allowed: readonly ReadonlySet<string>[],
  asked: ReadonlySet<string> | null,
): string[] {
  const nameRoots = new Set(tokenizeText(variant.name).flatMap((token) => [token, rootOf(token)]));
  return reading.content.filter(
    (token) =>
      !entry.nameTokens.has(token) &&
      !nameRoots.has(token) &&
      !deploymentWords.has(token) &&
      allowed.every((words) => !words.has(token)) &&
      (asked === null || asked.has(token)),
  );
}

/**
 * "Is ECS supported by X?" of a deployment the vendor documents as one of the product's variants, named by a word of its
 * name: yes, with the variant's summary; "is it not supported?" is answered no the same way. Null when the question
 * names no variant by its name, asks anything besides whether it is supported, or a rule of the product names the word
 * (an unsupported processor is the rule's to answer).
 */
export function answerVariantSupport(context: AnswerContext): Draft | null {
  const { reading } = context;
  const [product] = reading.products;
  if (!reading.yesNo || reading.products.length !== 1 || !product) return null;
  const tokens = new Set(reading.tokens);
  if (![...tokens].some((token) => supportWords.has(token))) return null;
  const entry = findIndexed(context, product.id);
  if (!entry || entry.architecture.variants.length < 2) return null;
  const only = findNamedVariant(entry, tokens, reading.variants.get(product.id));
  if (!only) return null;
  const { variant, named } = only;
  // Stryker disable next-line ArrayDeclaration: every indexed product has a list of facts, so the fallback is never used.
  const facts = context.index.factsByArchitecture.get(product.id) ?? [];
  if (facts.some((fact) => fact.attribute === 'incompatibility' && named.some((token) => fact.tokens.includes(token)))) return null;
  // Every other word must say whose deployment, or ask support: "is ECS supported with arm64?" asks more.
  if (listOtherWords(reading, entry, variant, [supportWords, negationTokens], null).length > 0) return null;
  // "Isn't X supported?" expects yes, as "X is supported, isn't it?" does; "is X not supported?" asks the opposite.
  const negated = isQuestionNegated(reading.text);
  const what = findFirstSentence(variant.summary);
  const documented = `${entry.architecture.product} documents ${variant.name} as one of its deployments: ${what}`;
  return {
    kind: 'yes-no',
    text: negated ? `No: it is supported. ${documented}` : `Yes. ${documented}`,
    facts: [],
    // The variant's page is the source; a fact would let a "not stated" sentence of its summary stand for the answer.
    pages: [{ title: `${entry.architecture.product}: ${variant.name}`, url: toVariantPath(entry.architecture, variant.id), excerpt: what }],
    // Every word of the question was checked to name the variant, the product or support, so the answer covers it all.
    coverage: 1,
    strength: 0.9,
  };
}

/**
 * "Is Kubernetes mandatory for X?" of a way of deploying that is one of several the vendor documents for X, and no
 * part of X: no, with the other ways. Null when the word names a part (a required cluster is the part's to answer),
 * the question asks anything else, or it is negated.
 */
export function answerVariantNecessity(context: AnswerContext): Draft | null {
  const { reading } = context;
  const [product] = reading.products;
  if (!reading.yesNo || reading.products.length !== 1 || !product || isQuestionNegated(reading.text)) return null;
  const tokens = new Set(reading.tokens);
  if (![...tokens].some((token) => mandatoryWords.has(token)) || [...tokens].some((token) => supportWords.has(token))) return null;
  const entry = findIndexed(context, product.id);
  if (!entry || entry.architecture.variants.length < 2) return null;
  const only = findNamedVariant(entry, tokens, reading.variants.get(product.id));
  if (!only) return null;
  const { variant, named } = only;
  const isPartWord = (token: string) =>
    [...entry.components.values()].some((component) => component.tokens.has(token) || component.technologyTokens.has(token));
  if (named.some(isPartWord)) return null;
  // Sentences before or after the asking one set the scene ("We have one VM."); the asking one must ask nothing more.
  const asked = new Set(tokenizeText(findAskingText(reading.text)));
  // Every other word must say whose deployment or ask necessity: "is Kubernetes needed for SSO?" asks more.
  if (listOtherWords(reading, entry, variant, [mandatoryWords, adoptingWords, catalogueScopeWords], asked).length > 0) return null;
  const others = entry.architecture.variants.filter((v) => v.id !== variant.id);
  return {
    kind: 'yes-no',
    text: `No: ${entry.architecture.product} documents ${variant.name} as one of its deployments, not the only one; it also documents ${joinWords(others.map((v) => v.name))}. ${findFirstSentence(variant.summary)}`,
    facts: [],
    pages: [variant, ...others].map((v) => ({
      title: `${entry.architecture.product}: ${v.name}`,
      url: toVariantPath(entry.architecture, v.id),
      excerpt: findFirstSentence(v.summary),
    })),
    coverage: 1,
    strength: 0.9,
  };
}
