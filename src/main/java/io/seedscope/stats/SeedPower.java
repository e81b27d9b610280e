package io.seedscope.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * How many seeds: power of Welch's test and precision of the mean's interval.
 *
 * <p>Power follows Colas, Sigaud and Oudeyer (2018), "How Many Random Seeds? Statistical Power
 * Analysis in Deep Reinforcement Learning Experiments" (arXiv:1806.08295): with N seeds per
 * implementation, standard deviations s1, s2 and a true difference eps, the type-II error of a
 * one-sided Welch test at level alpha is {@code beta(N) = T_nu.cdf(t_{1-alpha,nu} - eps /
 * sqrt((s1^2 + s2^2) / N))}, {@code nu = (s1^2 + s2^2)^2 (N - 1) / (s1^4 + s2^4)}. For a two-sided
 * test pass alpha / 2 ({@link #forComparison} does).
 */
public final class SeedPower {

  /** Searches stop here; a larger answer is reported as null ("more than this"). */
  public static final int MAX_SEEDS = 100_000;

  /** Default subsamples per size in {@link #widthCurve}. */
  public static final int DEFAULT_SUBSAMPLES = 200;

  private SeedPower() {}

  /** Colas et al. (2018) type-II error with {@code n} seeds per implementation. */
  public static double beta(double s1, double s2, double effect, double alpha, int n) {
    // nu has fourth powers of the standard deviations: see Scale.
    int k = Scale.exponent(s1, s2);
    if (k != 0) {
      return beta(Scale.down(s1, k), Scale.down(s2, k), Scale.down(effect, k), alpha, n);
    }
    double v1 = s1 * s1;
    double v2 = s2 * s2;
    double nu = (v1 + v2) * (v1 + v2) * (n - 1) / (v1 * v1 + v2 * v2);
    double tCrit = Distributions.tQuantile(1 - alpha, nu);
    return Distributions.tCdf(tCrit - effect / Math.sqrt((v1 + v2) / n), nu);
  }

  /**
   * Smallest N >= 2 seeds per implementation whose power {@code 1 - beta(N)} reaches {@code power};
   * null if none up to {@link #MAX_SEEDS} (e.g. a zero effect).
   */
  public static Integer seedsNeeded(
      double s1, double s2, double effect, double alpha, double power) {
    if (!(effect > 0) || !(s1 > 0 || s2 > 0)) {
      return null;
    }
    if (1 - beta(s1, s2, effect, alpha, MAX_SEEDS) < power) {
      return null;
    }
    // Power increases with N: bisect on [2, MAX_SEEDS].
    int lo = 2;
    int hi = MAX_SEEDS;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (1 - beta(s1, s2, effect, alpha, mid) >= power) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Seeds per implementation to detect {@code effect} (or, when null, the observed |mean
   * difference|) with the observed standard deviations, by Welch's test at level {@code alpha} with
   * the given alternative. A two-sided test uses the formula at {@code alpha / 2} (the rejections
   * in the wrong tail are neglected, as in Colas et al.); {@code alpha} is reported as given.
   */
  public static SeedsNeeded forComparison(
      double[] baseline,
      double[] candidate,
      Double effect,
      double alpha,
      double power,
      Alternative alternative) {
    int n = Math.min(baseline.length, candidate.length);
    // Power is scale-free: work on data (and effect) divided by 2^k, report sizes multiplied back.
    int k = Scale.exponent(baseline, candidate);
    double[] b = Scale.down(baseline, k);
    double[] c = Scale.down(candidate, k);
    double s1 = Math.sqrt(Summary.variance(b));
    double s2 = Math.sqrt(Summary.variance(c));
    double eps =
        effect != null
            ? Math.abs(Scale.down(effect, k))
            : Math.abs(Summary.mean(c) - Summary.mean(b));
    boolean twoSided = alternative == Alternative.TWO_SIDED;
    double tail = twoSided ? alpha / 2 : alpha;
    boolean defined = n >= 2 && Double.isFinite(s1) && Double.isFinite(s2);
    Double current = defined && eps > 0 && s1 + s2 > 0 ? 1 - beta(s1, s2, eps, tail, n) : null;
    Integer needed = defined ? seedsNeeded(s1, s2, eps, tail, power) : null;
    String test =
        twoSided
            ? "two-sided Welch t-test (Colas et al. 2018's one-sided formula at alpha/2 = "
                + tail
                + ")"
            : "one-sided Welch t-test (Colas et al. 2018), candidate "
                + (alternative == Alternative.GREATER ? "greater" : "less")
                + " than baseline";
    return new SeedsNeeded(
        Summary.box(Scale.up(eps, k)),
        effect == null,
        Summary.box(Scale.up(s1, k)),
        Summary.box(Scale.up(s2, k)),
        alpha,
        power,
        n,
        Summary.box(current == null ? Double.NaN : current),
        needed,
        test + " with the observed standard deviations");
  }

  /**
   * Half-width of the t interval of the mean as a share of |mean| now, and the seeds that would
   * bring it under {@code target}, assuming the standard deviation stays as observed.
   */
  public static CiPrecision precision(double[] values, double level, double target) {
    int n = values.length;
    String assumption =
        "t interval; the standard deviation is assumed to stay at its observed value";
    if (n < 2) {
      return new CiPrecision(n, null, null, target, null, assumption);
    }
    // The share and the seeds are scale-free; only the half-width is multiplied back.
    int k = Scale.exponent(values);
    double[] x = Scale.down(values, k);
    double mean = Summary.mean(x);
    double std = Math.sqrt(Summary.variance(x));
    double half = GroupStatistics.tQuantile((1 + level) / 2, n - 1) * std / Math.sqrt(n);
    double share = mean == 0 ? Double.NaN : half / Math.abs(mean);
    return new CiPrecision(
        n,
        Summary.box(Scale.up(half, k)),
        Summary.box(share),
        target,
        seedsForHalfWidth(std, mean, target, level),
        assumption);
  }

  /**
   * Smallest n >= 2 with {@code t_{(1+level)/2, n-1} std / sqrt(n) <= target |mean|}; null for a
   * zero mean or beyond {@link #MAX_SEEDS}.
   */
  public static Integer seedsForHalfWidth(double std, double mean, double target, double level) {
    double goal = target * Math.abs(mean);
    if (!(goal > 0) || !Double.isFinite(std)) {
      return null;
    }
    if (std == 0) {
      return 2;
    }
    if (halfWidth(std, MAX_SEEDS, level) > goal) {
      return null;
    }
    int lo = 2;
    int hi = MAX_SEEDS;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (halfWidth(std, mid, level) <= goal) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static double halfWidth(double std, int n, double level) {
    return GroupStatistics.tQuantile((1 + level) / 2, n - 1) * std / Math.sqrt(n);
  }

  /**
   * Width of the t interval of the mean against the number of seeds, from {@code subsamples} random
   * subsets (without replacement) of each size 2..n of the observed values; size n is the observed
   * sample itself. Size k draws from its own stream derived from {@code seed}.
   */
  public static List<WidthPoint> widthCurve(
      double[] original, double level, int subsamples, long seed) {
    int n = original.length;
    // Widths of data divided by 2^k, multiplied back (null beyond the largest double).
    int scale = Scale.exponent(original);
    double[] values = Scale.down(original, scale);
    List<WidthPoint> out = new ArrayList<>();
    for (int k = 2; k <= n; k++) {
      final int size = k;
      double[] widths = new double[k == n ? 1 : subsamples];
      // One t quantile per size: the inverse incomplete beta is far dearer than the subsample.
      final double factor = 2 * GroupStatistics.tQuantile((1 + level) / 2, k - 1) / Math.sqrt(k);
      if (k == n) {
        widths[0] = width(values, level);
      } else {
        ResamplingStreams.run(
            Seeds.derive(seed, k),
            widths.length,
            1,
            (rng, from, to) -> {
              double[] work = values.clone();
              double[] sub = new double[size];
              for (int r = from; r < to; r++) {
                for (int i = 0; i < size; i++) {
                  int j = i + rng.nextInt(n - i);
                  double t = work[i];
                  work[i] = work[j];
                  work[j] = t;
                  sub[i] = work[i];
                }
                widths[r] = factor * Math.sqrt(Summary.variance(sub));
              }
            });
      }
      double[] q = Percentiles.linearInPlace(widths, 0.1, 0.5, 0.9);
      out.add(
          new WidthPoint(
              k,
              Summary.box(Scale.up(q[1], scale)),
              Summary.box(Scale.up(q[0], scale)),
              Summary.box(Scale.up(q[2], scale)),
              widths.length));
    }
    return out;
  }

  private static double width(double[] x, double level) {
    return 2 * halfWidth(Math.sqrt(Summary.variance(x)), x.length, level);
  }

  /**
   * Seeds needed to detect an effect.
   *
   * @param effect the difference to detect
   * @param observedEffect true when {@code effect} is the observed |mean difference|
   * @param currentSeeds the smaller group's seeds now
   * @param powerAtCurrentSeeds power with {@code currentSeeds} seeds per implementation
   * @param seedsPerImplementation null when unreachable (zero effect, or more than 100,000)
   */
  public record SeedsNeeded(
      Double effect,
      boolean observedEffect,
      Double stdBaseline,
      Double stdCandidate,
      double alpha,
      double power,
      int currentSeeds,
      Double powerAtCurrentSeeds,
      Integer seedsPerImplementation,
      String assumption) {}

  /** Precision of the mean's t interval now and the seeds needed for a target share. */
  public record CiPrecision(
      int n,
      Double halfWidth,
      Double shareOfMean,
      double target,
      Integer seedsForTarget,
      String assumption) {}

  /**
   * One point of the width-versus-seeds chart: quantiles of the t-interval width over {@code
   * subsamples} random subsets of {@code seeds} values; null beyond the largest double.
   */
  public record WidthPoint(int seeds, Double median, Double p10, Double p90, int subsamples) {}
}
