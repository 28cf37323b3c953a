// Public face of the ask area: everything other areas, views and scripts may import from it.
export * from './answer-question.ts';
export * from './build-answer-index.ts';
export * from './parse-question.ts';
export * from './question-cues.ts';
export * from './read-question.ts';
export * from './types.ts';
