/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write` from the development
 * question set (280 questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 1.963,
    coverage: -0.391,
    strength: 1.112,
    linked: 0.445,
    corrected: 0.1,
    lead: 0.748,
    scatter: -0.822,
    length: -0.542,
    words: -0.219,
    uncovered: -0.231,
    aligned: -0.304,
    margin: -0.23,
  },
  routes: {
    lookup: -0.219,
    'yes-no': 0.342,
    compute: 0.175,
    compare: -0.24,
    filter: 0.844,
    extreme: -1.136,
    declined: 0,
    'declined-topic': 0.486,
    'declined-unknown-product': 1.041,
    'declined-no-product': 0,
    'declined-unmentioned': 0,
    'declined-absence': 0.358,
    'declined-unstated': -1.651,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
