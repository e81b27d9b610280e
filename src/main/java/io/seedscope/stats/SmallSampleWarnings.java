package io.seedscope.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-language warnings for sample sizes at which intervals and tests cannot be trusted.
 *
 * <p>Figures from Colas, Sigaud and Oudeyer (2019), "A Hitchhiker's Guide to Statistical
 * Comparisons of Reinforcement Learning Algorithms" (arXiv:1904.06979), re-measured on their
 * SAC/TD3 HalfCheetah data: a nominal 5% percentile-bootstrap test had about 35% false positives at
 * n = 2, 20% at n = 3, 11% at n = 5 and 10% at n = 10, whereas Welch's t-test stayed at or below
 * 5%.
 */
public final class SmallSampleWarnings {

  /** Below this many seeds, warnings are issued. */
  public static final int MIN_TRUSTED_SEEDS = 10;

  private SmallSampleWarnings() {}

  /** Warnings for one group of {@code n} values. */
  public static List<String> forGroup(int n, boolean constant) {
    List<String> out = new ArrayList<>();
    if (n == 0) {
      out.add("no finite values: nothing can be estimated");
      return out;
    }
    if (n == 1) {
      out.add("1 seed: no spread, no interval and no test can be estimated; run more seeds");
      return out;
    }
    if (constant) {
      out.add(
          "all "
              + n
              + " values are equal: std is 0 and every interval has zero width (scipy would call"
              + " the BCa interval undefined); the spread across seeds may be hidden, not absent");
    }
    if (n < MIN_TRUSTED_SEEDS) {
      out.add(
          "only "
              + n
              + " seeds (< "
              + MIN_TRUSTED_SEEDS
              + "): the bootstrap intervals (percentile, BCa) are too narrow at this size -- a"
              + " nominal 5% percentile-bootstrap test has "
              + bootstrapFalsePositives(n)
              + " false positives (Colas et al. 2019); read them as optimistic");
      out.add(
          "only "
              + n
              + " seeds: the t interval assumes the mean is normally distributed, which "
              + n
              + " values cannot check");
    }
    return out;
  }

  /** Warnings for a comparison of two groups. */
  public static List<String> forComparison(
      int nBaseline, int nCandidate, boolean paired, double alpha) {
    List<String> out = new ArrayList<>();
    int n = Math.min(nBaseline, nCandidate);
    if (n < 2) {
      out.add("fewer than 2 seeds in a group: no test is possible");
      return out;
    }
    if (n < MIN_TRUSTED_SEEDS) {
      out.add(
          "only "
              + n
              + " seeds in the smaller group (< "
              + MIN_TRUSTED_SEEDS
              + "): the bootstrap interval of the difference is too narrow at this size ("
              + bootstrapFalsePositives(n)
              + " false positives for a nominal 5% percentile-bootstrap test, Colas et al. 2019);"
              + " Welch's t-test keeps its false-positive rate and is the test to read");
    }
    double minMwu = minimumExactMannWhitneyP(nBaseline, nCandidate);
    if (minMwu > alpha) {
      out.add(
          String.format(
              java.util.Locale.ROOT,
              "Mann-Whitney and the permutation test cannot reach p < %s with %d and %d seeds"
                  + " (smallest possible two-sided p = %.4g): a non-significant result means"
                  + " nothing",
              alpha,
              nBaseline,
              nCandidate,
              minMwu));
    }
    if (paired) {
      double minWilcoxon = Math.min(1, 2 / Math.pow(2, n));
      if (minWilcoxon > alpha) {
        out.add(
            String.format(
                java.util.Locale.ROOT,
                "the Wilcoxon signed-rank test cannot reach p < %s with %d pairs (smallest"
                    + " possible two-sided p = %.4g)",
                alpha,
                n,
                minWilcoxon));
      }
    }
    return out;
  }

  /** Two-sided p of the most extreme split: 2 / C(n1 + n2, n1). */
  static double minimumExactMannWhitneyP(int n1, int n2) {
    double c = 1;
    for (int i = 1; i <= Math.min(n1, n2); i++) {
      c = c * (Math.max(n1, n2) + i) / i;
    }
    return Math.min(1, 2 / c);
  }

  private static String bootstrapFalsePositives(int n) {
    if (n <= 2) {
      return "about 35%";
    }
    if (n == 3) {
      return "about 20%";
    }
    if (n <= 5) {
      return "about 11-20%";
    }
    return "about 10-11%";
  }
}
