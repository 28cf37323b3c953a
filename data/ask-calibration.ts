/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write` from the development
 * question set (280 questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 2.758,
    coverage: 0.072,
    strength: 0.958,
    linked: 0.298,
    corrected: -0.213,
    lead: 0.84,
    scatter: -0.894,
    length: -0.283,
    words: -0.358,
    uncovered: -0.351,
    aligned: -0.779,
    margin: -0.95,
    unnumbered: 0.102,
    guessed: -0.989,
  },
  routes: {
    lookup: 0.171,
    'yes-no': 0.444,
    compute: 0.336,
    compare: -0.161,
    filter: 0.811,
    extreme: -1.086,
    declined: 0,
    'declined-topic': 0.316,
    'declined-unknown-product': 0.691,
    'declined-no-product': 0,
    'declined-unmentioned': 0,
    'declined-absence': 0.498,
    'declined-unstated': -2.021,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
