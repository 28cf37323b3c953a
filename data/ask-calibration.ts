/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write` from the development
 * question set (280 questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 1.995,
    coverage: -0.124,
    strength: 1.43,
    linked: 0.336,
    corrected: -0.041,
    lead: 0.881,
    scatter: -0.658,
    length: -0.669,
    words: -0.418,
    uncovered: -0.206,
    aligned: -0.499,
    margin: -0.415,
  },
  routes: {
    lookup: -0.105,
    'yes-no': 0.208,
    compute: 0.065,
    compare: -0.336,
    filter: 0.768,
    extreme: -1.179,
    declined: 0,
    'declined-topic': 0.523,
    'declined-unknown-product': 1.039,
    'declined-no-product': 0,
    'declined-unmentioned': 0,
    'declined-absence': 0.355,
    'declined-unstated': -1.338,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
