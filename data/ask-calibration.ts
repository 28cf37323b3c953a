/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write` from the development
 * question set (280 questions); never fitted on the held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 1.851,
    coverage: 0.012,
    strength: 1.28,
    linked: 0.358,
    corrected: -0.066,
    lead: 1.027,
    scatter: -0.638,
    length: -0.861,
    words: -0.395,
    uncovered: -0.1,
    aligned: -0.494,
    margin: -0.309,
  },
  routes: {
    lookup: -0.022,
    'yes-no': 0.198,
    compute: 0.003,
    compare: -0.373,
    filter: 0.753,
    extreme: -1.204,
    declined: 0,
    'declined-topic': 0.563,
    'declined-unknown-product': 1.11,
    'declined-no-product': 0,
    'declined-unmentioned': 0,
    'declined-absence': 0.368,
    'declined-unstated': -1.397,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
