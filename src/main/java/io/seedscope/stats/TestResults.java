package io.seedscope.stats;

/** Result records of the individual tests (JSON-facing: undefined values are null). */
public final class TestResults {

  private TestResults() {}

  /** A t-test: Welch's (unpaired) or the paired t-test. */
  public record TTest(Double t, Double df, Double p) {
    static TTest undefined() {
      return new TTest(null, null, null);
    }
  }

  /**
   * Mann-Whitney U of the candidate (scipy's U1 with the candidate passed first).
   *
   * @param method {@code exact} or {@code asymptotic}
   */
  public record MannWhitney(Double u, Double p, String method) {}

  /**
   * Wilcoxon signed-rank test of candidate - baseline; {@code w} is scipy's statistic: min(W+, W-)
   * two-sided, W+ one-sided.
   */
  public record Wilcoxon(Double w, Double p, String method) {}

  /**
   * Permutation test of the mean difference.
   *
   * @param exact true when every distinct split (or sign pattern) was enumerated
   * @param permutations splits enumerated, or Monte Carlo permutations drawn
   * @param scheme {@code independent} (relabel seeds between groups) or {@code paired} (flip the
   *     sign of within-pair differences)
   */
  public record Permutation(double p, boolean exact, long permutations, String scheme) {}

  /**
   * rliable's probability of improvement P(C better than B) + 0.5 P(tie), with a percentile
   * bootstrap interval.
   */
  public record ProbabilityOfImprovement(
      double estimate, Double low, Double high, String method, double level) {}
}
