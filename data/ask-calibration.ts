/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write` from the development
 * question set (280 questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 1.973,
    coverage: -0.507,
    strength: 1.109,
    linked: 0.446,
    corrected: 0.112,
    lead: 0.845,
    scatter: -0.868,
    length: -0.527,
    words: -0.226,
    uncovered: -0.165,
    aligned: -0.281,
    margin: -0.28,
  },
  routes: {
    lookup: -0.221,
    'yes-no': 0.356,
    compute: 0.176,
    compare: -0.233,
    filter: 0.856,
    extreme: -1.14,
    declined: 0,
    'declined-topic': 0.483,
    'declined-unknown-product': 1.037,
    'declined-no-product': 0,
    'declined-unmentioned': 0,
    'declined-absence': 0.353,
    'declined-unstated': -1.667,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
