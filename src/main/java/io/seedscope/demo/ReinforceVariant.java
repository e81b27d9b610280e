package io.seedscope.demo;

/**
 * The two REINFORCE implementations of the demo. They compute the same estimator family but differ
 * in the two details real codebases most often differ in: whether returns are normalized before the
 * update, and whether the environment and the policy share one random stream.
 */
public enum ReinforceVariant {
  /**
   * Williams (1992) as written in textbooks (Sutton &amp; Barto 2018, §13.3): raw discounted
   * returns-to-go weight the score function; one random stream serves both the environment's resets
   * and the policy's action sampling.
   */
  TEXTBOOK("textbook", false, false),

  /**
   * Returns-to-go standardized over each batch ({@code (G - mean) / (std + 1e-8)}, population std),
   * which acts as a batch-mean baseline plus an adaptive step size; the environment and the policy
   * draw from two independent streams derived from the seed.
   */
  NORMALIZED("normalized", true, true);

  private final String id;
  private final boolean normalizeReturns;
  private final boolean separateStreams;

  ReinforceVariant(String id, boolean normalizeReturns, boolean separateStreams) {
    this.id = id;
    this.normalizeReturns = normalizeReturns;
    this.separateStreams = separateStreams;
  }

  /** The name used on command lines and in specs: {@code textbook} or {@code normalized}. */
  public String id() {
    return id;
  }

  public boolean normalizeReturns() {
    return normalizeReturns;
  }

  public boolean separateStreams() {
    return separateStreams;
  }

  /** Looks a variant up by {@link #id()}; null if there is none. */
  public static ReinforceVariant byId(String id) {
    for (ReinforceVariant v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    return null;
  }
}
