// The ask engine's vocabulary, at the bottom of the area so every other file of it can import these without a loop.

/** The kinds of question the engine recognises. */
export const questionKinds = [
  'requirement',
  'purpose',
  'dependency',
  'cross-vendor',
  'sizing',
  'total',
  'setting',
  'version',
  'high-availability',
  'network',
  'managed',
  'compare',
  'overview',
] as const;
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
  /** 0 to 1: how directly the knowledge base states what was asked. */
  confidence: number;
  /** What the engine read the question as; null when declined before classification. */
  kind: QuestionKind | null;
  /** Set when the answer is null: why, in plain words. */
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
