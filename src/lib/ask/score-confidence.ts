import { askCalibration } from '../model/index.ts';
import type { Draft, QuestionKind, Reading } from './types.ts';

/** How an answer came about: the operation that answered, or the reason it was declined. */
export const confidenceRoutes = [
  'lookup',
  'yes-no',
  'compute',
  'compare',
  'filter',
  'extreme',
  'declined',
  'declined-topic',
  'declined-unknown-product',
  'declined-no-product',
  'declined-unmentioned',
  'declined-absence',
  'declined-unstated',
] as const satisfies readonly (QuestionKind | `declined-${string}`)[];
export type ConfidenceRoute = (typeof confidenceRoutes)[number];

/** The features the confidence model reads: the evidence, each from 0 to 1, and the route. */
export interface ConfidenceFeatures {
  /** Share of the question's weight the answer's facts cover. */
  coverage: number;
  /** Relevance of the best fact against the question's weight. */
  strength: number;
  /** How surely the products were linked (1 named, less for a typo or a component only). */
  linked: number;
  /** Share of content words a typo correction changed. */
  corrected: number;
  /** How much of the question the lead fact alone explains. */
  lead: number;
  /** How many different things (components, products) the answer's facts are about, over five. */
  scatter: number;
  /** The answer's length: log of its characters over eight (long answers pile up facts). */
  length: number;
  /** The question's length in words, over forty. */
  words: number;
  /** The weight of the heaviest question word no fact of the answer holds, against the heaviest word's. */
  uncovered: number;
  /** 1 when a fact of the answer is of a kind the question's words ask for ("version", "port"), else 0. */
  aligned: number;
  /** How far the lead fact stands above the best fact about something else. */
  margin: number;
  /** 1 when the question asks for a number ("how many", "what version") and the answer holds no digit, else 0. */
  unnumbered: number;
  /** 1 when a yes or no was read by the weakest rule, else 0. */
  guessed: number;
  route: ConfidenceRoute;
}

/** The heaviest question word the answer's facts do not hold, as a share of the heaviest word's weight (0 when all are held). */
function measureUncovered(draft: Draft | null, query: readonly string[], weigh: (token: string) => number): number {
  if (!draft || query.length === 0) return 0;
  const held = new Set(draft.facts.flatMap((fact) => [...fact.tokens, ...fact.subjectTokens]));
  const heaviest = Math.max(...query.map(weigh));
  const missing = query.filter((token) => !held.has(token)).map(weigh);
  return heaviest > 0 && missing.length > 0 ? Math.max(...missing) / heaviest : 0;
}

/** Reads the evidence features of a draft answer (none when the engine declined before drafting). */
export function readConfidenceFeatures(
  draft: Draft | null,
  reading: Reading,
  query: readonly string[] = [],
  weigh: (token: string) => number = () => 1,
): Omit<ConfidenceFeatures, 'route'> {
  const linked = reading.products.length > 0 ? Math.max(...reading.products.map((p) => p.certainty)) : reading.category ? 0.6 : 0;
  const subjects = new Set((draft?.facts ?? []).map((fact) => `${fact.architecture}/${fact.component ?? fact.subject}`));
  return {
    coverage: draft?.coverage ?? 0,
    strength: draft?.strength ?? 0,
    linked,
    corrected: reading.corrected,
    lead: draft ? (draft.lead ?? draft.coverage) : 0,
    scatter: Math.min(1, subjects.size / 5),
    length: Math.log(1 + (draft?.text?.length ?? 0)) / 8,
    words: Math.min(1, reading.text.split(/\s+/).length / 40),
    uncovered: measureUncovered(draft, query, weigh),
    aligned: (draft?.facts ?? []).some((fact) => reading.attributes.has(fact.attribute)) ? 1 : 0,
    margin: draft ? (draft.margin ?? 1) : 0,
    unnumbered: draft?.text && reading.expectsNumber && !/\d/.test(draft.text) ? 1 : 0,
    guessed: draft?.guessed ? 1 : 0,
  };
}

/** The chance an answer (or a decline) is right: a logistic model over the features, fitted on the development set. */
export function scoreConfidence(features: ConfidenceFeatures): number {
  const w = askCalibration.weights;
  const z =
    w.bias +
    w.coverage * features.coverage +
    w.strength * features.strength +
    w.linked * features.linked +
    w.corrected * features.corrected +
    w.lead * features.lead +
    w.scatter * features.scatter +
    w.length * features.length +
    w.words * features.words +
    w.uncovered * features.uncovered +
    w.aligned * features.aligned +
    w.margin * features.margin +
    w.unnumbered * features.unnumbered +
    w.guessed * features.guessed +
    (askCalibration.routes[features.route] ?? 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
