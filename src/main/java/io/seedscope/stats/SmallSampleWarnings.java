package io.seedscope.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
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

  /**
   * Sample-size warnings for a comparison of two groups; {@link #unreachableP} adds those about the
   * tests' smallest attainable p-values.
   */
  public static List<String> forComparison(int nBaseline, int nCandidate) {
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
    return out;
  }

  /**
   * Warnings for the tests that cannot reach p &lt; alpha (smallest p &gt;= alpha) with these
   * values, whatever their labels: the smallest attainable p of each test as it was computed (its
   * alternative, and exact or asymptotic as it chose), found on the most extreme relabeling of the
   * same values. For the exact rank tests that is 1 / C(n_b + n_c, n_c) or 1 / 2^n one-sided (twice
   * that two-sided); with ties the asymptotic tests can go lower (3 fives against 3 sixes:
   * Mann-Whitney reaches 0.047, the permutation test only 0.1). The permutation test's bound is one
   * split (or one Monte Carlo draw) of its {@code permutations}; ties can only raise it.
   */
  static List<String> unreachableP(
      double[] baseline,
      double[] candidate,
      boolean paired,
      Alternative alt,
      double alpha,
      TestResults.Permutation permutation) {
    List<String> out = new ArrayList<>();
    if (Math.min(baseline.length, candidate.length) < 2) {
      return out;
    }
    String sided = alt == Alternative.TWO_SIDED ? "two-sided" : "one-sided";
    // "cannot reach p < alpha" includes a bound equal to alpha, and 1 - level carries rounding
    // (1 - 0.95 = 0.050000000000000044), which must not decide that 1/20 is below it.
    double floor = alpha * (1 - 1e-9);
    List<String> tests = new ArrayList<>();
    Double mwu = smallestMannWhitneyP(baseline, candidate, alt);
    if (mwu != null && mwu >= floor) {
      tests.add("Mann-Whitney (smallest possible " + sided + " p = " + fmt(mwu) + ")");
    }
    double draws = permutation.permutations() + (permutation.exact() ? 0 : 1);
    double perm = Math.min(1, (alt == Alternative.TWO_SIDED ? 2 : 1) / draws);
    if (perm >= floor) {
      tests.add("the permutation test (smallest possible " + sided + " p = " + fmt(perm) + ")");
    }
    if (paired) {
      Double w = smallestWilcoxonP(baseline, candidate, alt);
      if (w != null && w >= floor) {
        tests.add(
            "the Wilcoxon signed-rank test (smallest possible " + sided + " p = " + fmt(w) + ")");
      }
    }
    if (!tests.isEmpty()) {
      out.add(
          String.join(" and ", tests)
              + " cannot reach p < "
              + fmt(alpha)
              + (paired
                  ? " with " + candidate.length + " pairs"
                  : " with " + baseline.length + " and " + candidate.length + " seeds")
              + ": a non-significant result "
              + (tests.size() == 1 ? "from it" : "from them")
              + " means nothing");
    }
    return out;
  }

  /** Mann-Whitney p with the candidate holding the smallest or the largest of the values. */
  private static Double smallestMannWhitneyP(
      double[] baseline, double[] candidate, Alternative alt) {
    double[] pooled = new double[baseline.length + candidate.length];
    System.arraycopy(baseline, 0, pooled, 0, baseline.length);
    System.arraycopy(candidate, 0, pooled, baseline.length, candidate.length);
    Arrays.sort(pooled);
    int k = candidate.length;
    int n = pooled.length;
    // A one-sided alternative needs only the split it favours; two-sided takes the smaller.
    Double low =
        alt == Alternative.GREATER
            ? null
            : RankTests.mannWhitney(
                    Arrays.copyOfRange(pooled, k, n), Arrays.copyOfRange(pooled, 0, k), alt)
                .p();
    if (alt == Alternative.LESS) {
      return low;
    }
    Double high =
        RankTests.mannWhitney(
                Arrays.copyOfRange(pooled, 0, n - k), Arrays.copyOfRange(pooled, n - k, n), alt)
            .p();
    if (low == null) {
      return high;
    }
    return high == null ? low : Math.min(low, high);
  }

  /** Wilcoxon p with every non-zero difference given the sign the alternative favours. */
  private static Double smallestWilcoxonP(double[] baseline, double[] candidate, Alternative alt) {
    double sign = alt == Alternative.LESS ? -1 : 1;
    double[] zero = new double[candidate.length];
    double[] extreme = new double[candidate.length];
    for (int i = 0; i < extreme.length; i++) {
      extreme[i] = sign * Math.abs(candidate[i] - baseline[i]);
    }
    return RankTests.wilcoxon(zero, extreme, alt).p();
  }

  /** A p-value or level to 4 significant digits: 0.05, not 0.050000000000000044. */
  static String fmt(double p) {
    return new BigDecimal(p).round(new MathContext(4)).stripTrailingZeros().toPlainString();
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
