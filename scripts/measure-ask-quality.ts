// How well the ask engine's confidence tracks correctness: precision above a threshold and the area under the ROC curve.
// Shared by scripts/evaluate-ask.ts and scripts/calibrate-ask.ts.

/** One judged answer: its confidence and whether the judge passed it. */
export interface JudgedConfidence {
  confidence: number;
  pass: boolean;
}

/** Area under the ROC curve: the chance a right answer has higher confidence than a wrong one (ties count half). */
export function measureAuroc(judged: readonly JudgedConfidence[]): number {
  const right = judged.filter((j) => j.pass).map((j) => j.confidence);
  const wrong = judged.filter((j) => !j.pass).map((j) => j.confidence);
  if (right.length === 0 || wrong.length === 0) return Number.NaN;
  let wins = 0;
  for (const r of right) for (const w of wrong) wins += r > w ? 1 : r === w ? 0.5 : 0;
  return wins / (right.length * wrong.length);
}

/** Share of answers at or above a confidence that the judge passed, and how many reach it. */
export function measurePrecision(judged: readonly JudgedConfidence[], threshold: number): { precision: number; count: number } {
  const confident = judged.filter((j) => j.confidence >= threshold);
  return { precision: confident.filter((j) => j.pass).length / Math.max(1, confident.length), count: confident.length };
}

/** One line summing a judged set up: passes, precision at confidence ≥ 0.8 and AUROC. */
export function describeQuality(label: string, judged: readonly JudgedConfidence[]): string {
  const { precision, count } = measurePrecision(judged, 0.8);
  const passed = judged.filter((j) => j.pass).length;
  return `${label}: ${passed}/${judged.length} right (${((passed / Math.max(1, judged.length)) * 100).toFixed(1)} %); precision at confidence >= 0.8: ${(precision * 100).toFixed(1)} % of ${count} answers; AUROC ${measureAuroc(judged).toFixed(3)}`;
}
