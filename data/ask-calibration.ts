/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write` from the development
 * question set (280 questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 2.073,
    coverage: 0.049,
    strength: 1.383,
    linked: 0.338,
    corrected: -0.108,
    lead: 1.081,
    scatter: -0.999,
    length: -0.646,
    words: -0.058,
    uncovered: -0.236,
    aligned: -0.557,
    margin: -0.633,
    unnumbered: 0.193,
    guessed: -0.769,
  },
  routes: {
    lookup: -0.128,
    'yes-no': 0.335,
    compute: 0.074,
    compare: -0.29,
    filter: 0.78,
    extreme: -1.152,
    declined: 0,
    'declined-topic': 0.476,
    'declined-unknown-product': 0.976,
    'declined-no-product': 0,
    'declined-unmentioned': 0,
    'declined-absence': 0.468,
    'declined-unstated': -1.54,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
