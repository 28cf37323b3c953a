// Fits the ask engine's confidence model (a logistic regression over answer features and the answer's route) on the
// development question set, prints the weights, precision at confidence >= 0.8 and the area under the ROC curve, and with
// --write rewrites data/ask-calibration.ts. Never run it on an unread held-out set: that set measures, it does not train.
// With --spent it fits on the development set plus every held-out set whose header says "# Status: spent" (read after its
// blind runs, so no longer measuring), and first reports each spent set scored by a model fitted without it.
// Usage: npm run ask:calibrate [-- --write] [--spent] [--set test/ask/dev-set.yaml]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { answerWithFeatures, confidenceRoutes, scoreConfidence, type ConfidenceFeatures } from '../src/lib/ask/index.ts';
import { askCalibration } from '../src/lib/model/index.ts';
import { judgeAnswer, type QuestionCase } from '../test/ask/judge-answer.ts';
import { loadArchitecturesFromDisk } from './load-architectures.ts';
import { describeQuality, type JudgedConfidence } from './measure-ask-quality.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean' }, set: { type: 'string' }, spent: { type: 'boolean' } } });
const root = path.resolve(import.meta.dirname, '..');
const file = path.resolve(values.set ?? path.join(root, 'test/ask/dev-set.yaml'));
if (/held-out/.test(file) && values.write) {
  console.error('Refusing to fit on the held-out set: it measures the engine, it does not train it.');
  process.exit(2);
}
const architectures = loadArchitecturesFromDisk();
const directory = path.join(root, 'test/ask');
/** The held-out sets read after their blind runs: their headers carry the status line. */
const spentFiles = values.spent
  ? readdirSync(directory)
      .filter((name) => /^held-out.*\.ya?ml$/.test(name))
      .filter((name) => /^# Status: spent\b/m.test(readFileSync(path.join(directory, name), 'utf8').slice(0, 4000)))
      .map((name) => path.join(directory, name))
  : [];
/** Each training file with its questions. */
const sets = [file, ...spentFiles].map((name) => ({
  name: path.basename(name),
  cases: parse(readFileSync(name, 'utf8')) as QuestionCase[],
}));
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

/** One observation: the answer's features, whether the judge passed it and the set it came from. */
const samples = sets.flatMap((set) =>
  set.cases.map((question) => {
    const { answer, features } = answerWithFeatures(question.question, architectures);
    const pass = judgeAnswer(question, { ...answer, confidence: 0 }).pass;
    return { features, pass, set: set.name };
  }),
);

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
console.log(`fitting on ${samples.length} questions from ${sets.length} set(s): ${sets.map((set) => set.name).join(', ')}`);

/** The model's confidence for one row under some weights. */
const predict = (weights: readonly number[], features: ConfidenceFeatures) =>
  Math.round((1 / (1 + Math.exp(-toRow(features).reduce((sum, x, j) => sum + x * (weights[j] ?? 0), 0)))) * 1000) / 1000;
if (spentFiles.length > 0) {
  // Each spent set scored by a model that never saw it: the honest estimate of how the fit carries to unseen questions.
  const held = sets.slice(1).flatMap((set) => {
    const training = samples.filter((sample) => sample.set !== set.name);
    const weights = fit(
      training.map(({ features }) => toRow(features)),
      training.map(({ pass }) => (pass ? 1 : 0)),
    );
    return samples
      .filter((sample) => sample.set === set.name)
      .map(({ features, pass }) => ({ confidence: predict(weights, features), pass }));
  });
  report('each spent set, fitted without it', held);
  report(
    'each spent set, current weights',
    samples.filter((sample) => sample.set !== sets[0]?.name).map(({ features, pass }) => ({ confidence: scoreConfidence(features), pass })),
  );
}

const weights = fit(
  samples.map(({ features }) => toRow(features)),
  samples.map(({ pass }) => (pass ? 1 : 0)),
);
const round = (x: number) => Math.round(x * 1000) / 1000;
const fitted = {
  weights: Object.fromEntries([['bias', round(weights[0] ?? 0)], ...numeric.map((name, i) => [name, round(weights[i + 1] ?? 0)])]),
  routes: Object.fromEntries(confidenceRoutes.map((route, i) => [route, round(weights[i + 1 + numeric.length] ?? 0)])),
};
report(
  'fitted weights',
  samples.map(({ features, pass }) => ({ confidence: predict(weights, features), pass })),
);
console.log(JSON.stringify(fitted, null, 2));

if (values.write) {
  const text = `/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by \`npm run ask:calibrate -- --write${values.spent ? ' --spent' : ''}\`
 * from ${
   spentFiles.length > 0 ? `the development set and the ${spentFiles.length} spent held-out sets` : 'the development set'
 } (${samples.length} questions); never fitted on an unread held-out set.
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
