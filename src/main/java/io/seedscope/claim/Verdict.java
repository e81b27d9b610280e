package io.seedscope.claim;

/** The outcome of testing one claim. */
public enum Verdict {
  /** The 90% interval of the difference lies inside [−margin, margin] (TOST at 5%). */
  REPRODUCED,
  /** The 95% interval excludes zero and the observed |difference| exceeds the margin. */
  NOT_REPRODUCED,
  /** Neither: more seeds may settle it (see seedsToSettle). */
  INCONCLUSIVE
}
