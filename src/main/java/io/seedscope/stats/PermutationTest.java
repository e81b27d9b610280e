package io.seedscope.stats;

/**
 * Permutation test of the mean difference mean(candidate) - mean(baseline), with scipy's {@code
 * permutation_test} p-value conventions (scipy 1.10): {@code less = #{null <= obs + gamma} / B},
 * {@code greater = #{null >= obs - gamma} / B}, two-sided = {@code min(2 less, 2 greater, 1)}; the
 * Monte Carlo version counts the observed statistic, {@code (#+1)/(B+1)} (Phipson and Smyth 2010).
 *
 * <p>The tolerance {@code gamma} absorbs rounding between theoretically equal splits; scipy uses
 * {@code 1e-14 max(1, |obs|)}, here the scale also includes the mean |value|, because subset sums
 * of large values (returns of 10^4) differ by more than 1e-14 in absolute terms.
 */
final class PermutationTest {

  private static final double EPS = 1e-14;

  private PermutationTest() {}

  /** Relabels seeds between the two groups (scipy {@code permutation_type='independent'}). */
  static TestResults.Permutation independent(
      double[] baseline, double[] candidate, Alternative alt, ComparisonOptions opts) {
    int k = candidate.length;
    int n = k + baseline.length;
    double[] pooled = new double[n];
    System.arraycopy(candidate, 0, pooled, 0, k);
    System.arraycopy(baseline, 0, pooled, k, baseline.length);
    double sumAll = 0;
    double scale = 0;
    for (double v : pooled) {
      sumAll += v;
      scale += Math.abs(v);
    }
    final double total = sumAll;
    double sumC = 0;
    for (int i = 0; i < k; i++) {
      sumC += pooled[i];
    }
    double observed = difference(sumC, total, k, n);
    double gamma = EPS * Math.max(1, Math.max(Math.abs(observed), scale / n));
    double splits = binomial(n, k);
    if (splits <= opts.exactPermutationLimit()) {
      Counter c = new Counter(observed, gamma);
      enumerateSplits(pooled, k, 0, 0, 0.0, total, c);
      return new TestResults.Permutation(
          pValue(c.less, c.greater, c.count, 0, alt), true, c.count, "independent");
    }
    int b = opts.permutationResamples();
    double[] nulls = new double[b];
    ResamplingStreams.run(
        opts.seed(),
        b,
        opts.threads(),
        (rng, from, to) -> {
          double[] work = pooled.clone();
          for (int r = from; r < to; r++) {
            double s = 0;
            for (int i = 0; i < k; i++) {
              int j = i + rng.nextInt(n - i);
              double t = work[i];
              work[i] = work[j];
              work[j] = t;
              s += work[i];
            }
            nulls[r] = difference(s, total, k, n);
          }
        });
    Counter c = new Counter(observed, gamma);
    for (double v : nulls) {
      c.accept(v);
    }
    return new TestResults.Permutation(
        pValue(c.less, c.greater, c.count, 1, alt), false, b, "independent");
  }

  /**
   * Flips the sign of each within-pair difference (scipy {@code permutation_type='samples'}, which
   * swaps values within pairs).
   */
  static TestResults.Permutation paired(
      double[] differences, Alternative alt, ComparisonOptions opts) {
    int n = differences.length;
    double observed = 0;
    double scale = 0;
    for (double d : differences) {
      observed += d;
      scale += Math.abs(d);
    }
    observed /= n;
    double gamma = EPS * Math.max(1, Math.max(Math.abs(observed), scale / n));
    if (n < 62 && Math.pow(2, n) <= opts.exactPermutationLimit()) {
      Counter c = new Counter(observed, gamma);
      enumerateSigns(differences, 0, 0.0, c);
      return new TestResults.Permutation(
          pValue(c.less, c.greater, c.count, 0, alt), true, c.count, "paired");
    }
    int b = opts.permutationResamples();
    double[] nulls = new double[b];
    ResamplingStreams.run(
        opts.seed(),
        b,
        opts.threads(),
        (rng, from, to) -> {
          for (int r = from; r < to; r++) {
            double s = 0;
            for (double d : differences) {
              s += rng.nextBoolean() ? d : -d;
            }
            nulls[r] = s / n;
          }
        });
    Counter c = new Counter(observed, gamma);
    for (double v : nulls) {
      c.accept(v);
    }
    return new TestResults.Permutation(
        pValue(c.less, c.greater, c.count, 1, alt), false, b, "paired");
  }

  private static double difference(double sumC, double total, int k, int n) {
    return sumC / k - (total - sumC) / (n - k);
  }

  /** Visits every k-subset of {@code pooled}; the first visited is indices 0..k-1 (observed). */
  private static void enumerateSplits(
      double[] pooled, int k, int start, int chosen, double sum, double total, Counter c) {
    if (chosen == k) {
      c.accept(difference(sum, total, k, pooled.length));
      return;
    }
    for (int i = start; i <= pooled.length - (k - chosen); i++) {
      enumerateSplits(pooled, k, i + 1, chosen + 1, sum + pooled[i], total, c);
    }
  }

  private static void enumerateSigns(double[] d, int i, double sum, Counter c) {
    if (i == d.length) {
      c.accept(sum / d.length);
      return;
    }
    enumerateSigns(d, i + 1, sum + d[i], c);
    enumerateSigns(d, i + 1, sum - d[i], c);
  }

  private static double pValue(
      long less, long greater, long count, int adjustment, Alternative alt) {
    double pLess = (less + adjustment) / (double) (count + adjustment);
    double pGreater = (greater + adjustment) / (double) (count + adjustment);
    double p;
    switch (alt) {
      case LESS:
        p = pLess;
        break;
      case GREATER:
        p = pGreater;
        break;
      default:
        p = 2 * Math.min(pLess, pGreater);
    }
    return Math.min(1, Math.max(0, p));
  }

  /** C(n, k) as a double (exact below 2^53; only compared with a small limit). */
  static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= Math.min(k, n - k); i++) {
      c = c * (n - Math.min(k, n - k) + i) / i;
    }
    return Math.rint(c);
  }

  /** Counts null values at or below / at or above the observed statistic. */
  private static final class Counter {
    private final double observed;
    private final double gamma;
    long less;
    long greater;
    long count;

    Counter(double observed, double gamma) {
      this.observed = observed;
      this.gamma = gamma;
    }

    void accept(double v) {
      count++;
      if (v <= observed + gamma) {
        less++;
      }
      if (v >= observed - gamma) {
        greater++;
      }
    }
  }
}
