/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features) and the thresholds below
 * which it declines. Refitted by `npm run ask:calibrate` on the development question set; never tuned on the held-out set.
 */
export const askCalibration = {
  weights: { bias: -2.2, coverage: 3.2, strength: 1.6, linked: 1.2, corrected: -1.5 },
  kinds: { lookup: 0, 'yes-no': 0.2, compute: 0.4, compare: -0.2, filter: 0, extreme: 0, declined: 0 } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
