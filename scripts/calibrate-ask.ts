// Fits the ask engine's confidence model (a logistic regression over answer features and the answer's route) on the
// development question set, prints the weights, precision at confidence >= 0.8 and the area under the ROC curve, and with
// --write rewrites data/ask-calibration.ts. Never run it on the held-out set: that set measures, it does not train.
// Usage: npm run ask:calibrate [-- --write] [--set test/ask/dev-set.yaml]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { answerWithFeatures, confidenceRoutes, scoreConfidence, type ConfidenceFeatures } from '../src/lib/ask/index.ts';
import { askCalibration } from '../src/lib/model/index.ts';
import { judgeAnswer, type QuestionCase } from '../test/ask/judge-answer.ts';
import { loadArchitecturesFromDisk } from './load-architectures.ts';
import { describeQuality, type JudgedConfidence } from './measure-ask-quality.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean' }, set: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const file = path.resolve(values.set ?? path.join(root, 'test/ask/dev-set.yaml'));
if (/held-out/.test(file) && values.write) {
  console.error('Refusing to fit on the held-out set: it measures the engine, it does not train it.');
  process.exit(2);
}
const architectures = loadArchitecturesFromDisk();
const cases = parse(readFileSync(file, 'utf8')) as QuestionCase[];
const numeric = [
  'coverage',
  'strength',
  'linked',
  'corrected',
  'lead',
  'scatter',
  'length',
  'words',
  'uncovered',
  'aligned',
  'margin',
  'unnumbered',
  'guessed',
] as const;

/** One observation: the answer's features and whether the judge passed it. */
const samples = cases.map((question) => {
  const { answer, features } = answerWithFeatures(question.question, architectures);
  const pass = judgeAnswer(question, { ...answer, confidence: 0 }).pass;
  return { features, pass };
});

/** The model's input row: a bias, the numeric features and one column per route. */
function toRow(features: ConfidenceFeatures): number[] {
  return [1, ...numeric.map((name) => features[name]), ...confidenceRoutes.map((route) => (features.route === route ? 1 : 0))];
}

/** Fits logistic regression weights by gradient descent with a small L2 penalty (the bias is not penalised). */
function fit(rows: number[][], labels: number[]): number[] {
  const weights = new Array<number>(rows[0]?.length ?? 0).fill(0);
  const rate = 0.5;
  const penalty = 0.002;
  for (let step = 0; step < 20_000; step++) {
    const gradient = new Array<number>(weights.length).fill(0);
    rows.forEach((row, i) => {
      const z = row.reduce((sum, x, j) => sum + x * (weights[j] ?? 0), 0);
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] ?? 0);
      row.forEach((x, j) => (gradient[j] = (gradient[j] ?? 0) + error * x));
    });
    weights.forEach((w, j) => (weights[j] = w - rate * ((gradient[j] ?? 0) / rows.length + (j === 0 ? 0 : penalty * w))));
  }
  return weights;
}

/** Prints the quality line for a set of confidences. */
function report(label: string, judged: JudgedConfidence[]): void {
  console.log(describeQuality(label, judged));
}

report(
  'current weights',
  samples.map(({ features, pass }) => ({ confidence: scoreConfidence(features), pass })),
);
if (/held-out/.test(file)) process.exit(0);

const weights = fit(
  samples.map(({ features }) => toRow(features)),
  samples.map(({ pass }) => (pass ? 1 : 0)),
);
const round = (x: number) => Math.round(x * 1000) / 1000;
const fitted = {
  weights: Object.fromEntries([['bias', round(weights[0] ?? 0)], ...numeric.map((name, i) => [name, round(weights[i + 1] ?? 0)])]),
  routes: Object.fromEntries(confidenceRoutes.map((route, i) => [route, round(weights[i + 1 + numeric.length] ?? 0)])),
};
const sigmoid = (z: number) => Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
report(
  'fitted weights',
  samples.map(({ features, pass }) => ({
    confidence: sigmoid(toRow(features).reduce((sum, x, j) => sum + x * (weights[j] ?? 0), 0)),
    pass,
  })),
);
console.log(JSON.stringify(fitted, null, 2));

if (values.write) {
  const text = `/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by \`npm run ask:calibrate -- --write\` from the development
 * question set (${samples.length} questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: ${JSON.stringify(fitted.weights)},
  routes: ${JSON.stringify(fitted.routes)} as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: ${askCalibration.minimumCoverage},
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: ${askCalibration.minimumStrength},
};
`;
  writeFileSync(path.join(root, 'data/ask-calibration.ts'), text);
  console.log('Wrote data/ask-calibration.ts; run npm run format.');
}
