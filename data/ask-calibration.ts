/**
 * Weights of the ask engine's confidence model (a logistic regression over answer features and the route the answer
 * took) and the thresholds below which it declines. Written by `npm run ask:calibrate -- --write --spent`
 * from the development set and the 39 spent held-out sets (3403 questions); never fitted on an unread held-out set.
 */
export const askCalibration = {
  weights: {
    bias: 3.842,
    coverage: 0.054,
    strength: 0.379,
    linked: -0.092,
    corrected: -0.128,
    lead: 0.486,
    scatter: -0.616,
    length: -0.541,
    words: -0.886,
    uncovered: -0.897,
    aligned: 0.014,
    margin: 0.033,
    unnumbered: -0.032,
    guessed: -0.476,
  },
  routes: {
    lookup: 0.092,
    'yes-no': 0.273,
    compute: 0.199,
    compare: -0.415,
    filter: 0.065,
    extreme: -0.137,
    declined: 0,
    'declined-topic': 0.257,
    'declined-unknown-product': 0.202,
    'declined-no-product': 0,
    'declined-unmentioned': 0.043,
    'declined-absence': 0.43,
    'declined-unstated': -1.009,
  } as Record<string, number>,
  /** Lookups covering less than this share of the question's weight are declined as not stated. */
  minimumCoverage: 0.45,
  /** Lookups whose best fact is weaker than this are declined as not stated. */
  minimumStrength: 0.12,
};
