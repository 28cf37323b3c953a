// Public face of the ask area: everything other areas, views and scripts may import from it.
export * from './answer-context.ts';
export * from './answer-question.ts';
export * from './build-fact-index.ts';
export * from './normalize-question.ts';
export * from './read-question.ts';
export * from './score-confidence.ts';
export * from './select-facts.ts';
export * from './types.ts';
