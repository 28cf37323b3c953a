// The ask engine's vocabulary of types, at the bottom of the area so every other file of it can import these without a loop.
import type { Architecture } from '../../schemas/architecture.ts';
import type { CloudId } from '../../schemas/cloud-ref.ts';
import type { RequirementScope } from '../../schemas/requirement.ts';
import type { Fact, FactAttribute, ResolvedVariant, SizingResource } from '../model/index.ts';

/** What the engine did with a question: the operation it answered with. */
export const questionKinds = ['lookup', 'yes-no', 'compute', 'compare', 'filter', 'extreme', 'declined'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** A place in the knowledge base an answer rests on. */
export interface AnswerSource {
  title: string;
  /** Site path with the exact row (#component-<id>) or cited section (#src-<doc>-<section>) anchor. */
  url: string;
  /** The fact, in archkb's words. */
  excerpt: string;
}

/** The engine's answer: a short direct sentence with its sources, or null with the reason and the nearest pages. */
export interface Answer {
  question: string;
  /** Short direct answer; null when archkb does not hold one. */
  answer: string | null;
  /** 0 to 1: the estimated chance the answer is right, calibrated on the development question set. */
  confidence: number;
  /** What the engine read the question as; 'declined' when it holds no answer. */
  kind: QuestionKind | null;
  /** Set when the answer is null: what is not stated, and for whom, in plain words. */
  declined?: string;
  sources: AnswerSource[];
}

/** Where the question was asked from, so a page's own architecture comes first. */
export interface AnswerOptions {
  architectureId?: string | undefined;
  variantId?: string | undefined;
  /** Most sources to return; 6 by default. */
  maxSources?: number | undefined;
}

/** One fact in the index, merged across the variants that state it in the same words. */
export interface IndexedFact extends Fact {
  /** Variants of the architecture that hold this fact. */
  variants: string[];
  /** Canonical tokens of the fact's text. */
  tokens: string[];
  /** Whether its text states a quantity, in digits or in words ("several"). */
  statesQuantity: boolean;
  /** Canonical tokens naming what the fact is about (component name, technology, id, role, examples). */
  subjectTokens: ReadonlySet<string>;
  /** Page path (with anchor) the fact is shown at. */
  url: string;
  /** Title of that place, e.g. "Product (Variant): Component". */
  title: string;
  /**
   * Where and under which name each variant that holds the fact shows it, by variant id: a fact the variants share is
   * indexed once, but a part renamed in one variant ("the regional gateway") is shown on its own page.
   */
  places?: Readonly<Record<string, { subject: string; url: string; title: string }>>;
}

/** One architecture as the engine reads it. */
export interface IndexedArchitecture {
  architecture: Architecture;
  resolved: ResolvedVariant[];
  /** Canonical tokens of the product name, vendor and id. */
  nameTokens: ReadonlySet<string>;
  /** Canonical tokens of each variant's name, by variant id. */
  variantTokens: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Component ids with the tokens naming them (name, technology, id, examples), across variants, and the words of the
   * label of the role they have ("cache", "document database").
   */
  components: ReadonlyMap<
    string,
    { name: string; tokens: ReadonlySet<string>; technologyTokens: ReadonlySet<string>; roleTokens: ReadonlySet<string> }
  >;
}

/** Everything the engine needs, built once per catalogue. */
export interface FactIndex {
  architectures: IndexedArchitecture[];
  /** Each architecture by id. */
  byId: ReadonlyMap<string, IndexedArchitecture>;
  facts: IndexedFact[];
  /** Facts holding each token in their text or subject, for ranking over many products without scanning them all. */
  postings: ReadonlyMap<string, readonly IndexedFact[]>;
  /** The architectures whose own names (product, id, vendor) hold each token, so linking a product never scans the catalogue. */
  nameOwners: ReadonlyMap<string, readonly IndexedArchitecture[]>;
  /** The architectures whose component names hold each token, so a component only one product has names that product. */
  componentOwners: ReadonlyMap<string, readonly string[]>;
  /** Facts by architecture id. */
  factsByArchitecture: ReadonlyMap<string, IndexedFact[]>;
  /** How many facts hold each token, for inverse document frequency. */
  documentFrequency: ReadonlyMap<string, number>;
  averageLength: number;
  /** Every canonical word the index knows, for typo correction. */
  vocabulary: ReadonlySet<string>;
  /** Words grouped by length, so a correction only scans plausible candidates. */
  vocabularyByLength: ReadonlyMap<number, readonly string[]>;
  /** Each architecture's own words by length, so a typo in a question about it is corrected towards its words first. */
  vocabularyByArchitecture: ReadonlyMap<string, ReadonlyMap<number, readonly string[]>>;
  /** Corrections already made, bounded. */
  corrections: Map<string, string | null>;
  /** The first (default) variant of each architecture. */
  defaultVariants: ReadonlyMap<string, string>;
  /** Category ids with the tokens naming them ("identity servers", "internal-tool builders"). */
  categoryTokens: ReadonlyMap<string, ReadonlySet<string>>;
  /** Category ids with the token runs of their other names ("low code"), each naming it before a word for products. */
  categoryOtherNames: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The source anchors each variant page lists, by page path, so a citation links where its section is shown. */
  citedAnchors: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A number written in the question, with the words next to it. */
export interface NumberMention {
  value: number;
  /** Where it sits among the question's tokens. */
  position: number;
  /** Whether it was written with a minus sign. */
  negative: boolean;
  /** The unit written right after it ("mb", "vcpu"), lower-cased, if any. */
  unit?: string;
  /** Its value in GiB (sizes) or vCPU (CPU), when it carries a unit. */
  canonical?: number;
  /** What its unit measures. */
  measure?: 'size' | 'cpu';
  /** Whether it was written as a setting's value ("CONCURRENCY=10"), which no load is. */
  assigned?: boolean;
}

/** A load read from the question for one architecture's driver. */
export interface LoadMention {
  driver: string;
  /** The load in the driver's own unit of time. */
  value: number;
  /** The figure as the question gave it per another unit of time ("30,000 per minute" for a per-second driver). */
  given?: { value: number; per: string; wanted: string };
}

/** The question broken into what the engine reasons over. */
export interface Reading {
  text: string;
  /** Canonical tokens, stopwords included, in order. */
  tokens: string[];
  /** Content tokens: canonical, no stopwords, no numbers. */
  content: string[];
  numbers: NumberMention[];
  /** Architectures named, best first, with how sure the link is (1 exact, less for a corrected typo). */
  products: { id: string; certainty: number }[];
  /** Category named ("identity servers"), if any. */
  category: string | null;
  /**
   * Products a question across products names only to leave out of its answer: the one it asks which others use
   * ("which products use X?") or one it excludes ("other than X").
   */
  leftOut: string[];
  /** Variant named per architecture. */
  variants: ReadonlyMap<string, string>;
  /** Well-known products outside archkb the question names, with the archkb category nearest to each ("other" for none). */
  otherProducts: { name: string; category: string }[];
  /** Capitalised names the question uses that nothing in archkb or its vocabulary places ("PgBouncer", "Frobnicator"). */
  unknownNames: string[];
  /** Names archkb knows from other products that the one product asked about never mentions ("SAML"). */
  unmentionedNames: string[];
  /** Whether the main clause asks that the deployment goes down ("fail") or keeps running ("survive"), if it says. */
  outcome: 'fail' | 'survive' | null;
  /** Content words only the scene-setting sentences of a longer question use: they rank facts but need no answer. */
  scene: string[];
  /** Words only the asking sentence's if-clauses use ("if I run two tasks behind the balancer"): they say when, not what. */
  conditioned: string[];
  /** Content words of each item a question lists ("task size, container port, grace period"); empty when it lists none. */
  facets: string[][];
  /** Words of what the question leaves out ("leave the operator out"): they name nothing to report or total. */
  excluded: string[];
  /** Why archkb never holds what is asked (prices, SLAs), if so. */
  unanswerable: string | null;
  /** Attribute cue scores. */
  attributes: ReadonlyMap<FactAttribute, number>;
  /** Sizing resources named. */
  resources: SizingResource[];
  /** Request or limit side named. */
  side: 'request' | 'limit' | null;
  /** Scopes of figures the question names ("minimum", "HA", "example"), most specific first. */
  scopes: RequirementScope[];
  /** Whether it asks for the whole deployment's total ("plus the control plane", "overall"). */
  whole: boolean;
  clouds: CloudId[];
  /** Whether the question opens like a yes/no question. */
  yesNo: boolean;
  /** Whether it asks for the optional side ("can I skip", "is X optional"). */
  negativeNecessity: boolean;
  /** Whether it asks whether something is needed ("is X required"). */
  positiveNecessity: boolean;
  compute: boolean;
  compare: boolean;
  filter: boolean;
  extreme: 'min' | 'max' | null;
  /** Which way a comparison asks ("which needs more memory" is more), or null when it asks for no order. */
  comparative: 'more' | 'less' | null;
  /** Share of content tokens that a typo correction changed. */
  corrected: number;
  /** Whether the answer must hold a number ("how many", "what version", "which port"). */
  expectsNumber: boolean;
  /** Whether it asks what something is ("what is X", "what does X do"), or just names it ("product X git providers"). */
  asksWhat: boolean;
}

/** What an answerer produces: the sentence, the facts it rests on, and features for the confidence model. */
export interface Draft {
  kind: QuestionKind;
  text: string | null;
  declined?: string;
  facts: IndexedFact[];
  /** Extra sources that are not facts (pages). */
  pages?: AnswerSource[];
  /** How well the answer's facts explain the question, 0 to 1. */
  coverage: number;
  /** Relevance of the best fact relative to the question's weight, 0 to 1. */
  strength: number;
  /** How much of the question the lead fact alone explains, 0 to 1; the coverage when unset. */
  lead?: number;
  /** How far the lead fact's score stands above the best fact about something else, 0 to 1; 1 when unset. */
  margin?: number;
  /** For a question of parts, the mean coverage of the parts answered, which decides whether the answer stands. */
  answeredCoverage?: number;
  /** Whether a yes or no was read by the weakest rule (the fact and the question agree in negation or not). */
  guessed?: boolean;
  /** The totals a computation reached, per resource and side, for comparisons that rank products by them. */
  totals?: { resource: SizingResource; side: 'request' | 'limit'; value: { low: number; high: number }; text: string; stated?: string[] }[];
}
