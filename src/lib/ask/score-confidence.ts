import { askCalibration } from '../model/index.ts';
import type { Draft, QuestionKind, Reading } from './types.ts';

/** The features the confidence model reads, each from 0 to 1. */
export interface ConfidenceFeatures {
  coverage: number;
  strength: number;
  linked: number;
  corrected: number;
  kind: QuestionKind;
}

/** Reads the confidence features of a draft answer. */
export function readConfidenceFeatures(draft: Draft, reading: Reading): ConfidenceFeatures {
  const linked = reading.products.length > 0 ? Math.max(...reading.products.map((p) => p.certainty)) : reading.category ? 0.6 : 0;
  return { coverage: draft.coverage, strength: draft.strength, linked, corrected: reading.corrected, kind: draft.kind };
}

/** The chance an answer is right: a logistic model over the features, fitted on the development set (data/ask-calibration.ts). */
export function scoreConfidence(features: ConfidenceFeatures): number {
  const w = askCalibration.weights;
  const z =
    w.bias +
    w.coverage * features.coverage +
    w.strength * features.strength +
    w.linked * features.linked +
    w.corrected * features.corrected +
    (askCalibration.kinds[features.kind] ?? 0);
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}
