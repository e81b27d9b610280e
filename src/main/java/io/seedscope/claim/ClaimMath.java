package io.seedscope.claim;

import io.seedscope.stats.Scale;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The statistics of claim testing in one place, on Commons Statistics, so that the project's
 * statistics engine ({@code io.seedscope.stats}) can replace it later.
 *
 * <p>Both means are summarized as (mean, standard error, degrees of freedom). The difference d =
 * m<sub>1</sub> − m<sub>2</sub> has standard error √(se<sub>1</sub>² + se<sub>2</sub>²) and
 * Welch–Satterthwaite degrees of freedom (se<sub>1</sub>² + se<sub>2</sub>²)² /
 * (se<sub>1</sub>⁴/ν<sub>1</sub> + se<sub>2</sub>⁴/ν<sub>2</sub>) (Welch 1947, Biometrika
 * 34:28–35); this is scipy's {@code ttest_ind_from_stats(equal_var=False)}. The formula is written
 * out rather than taken from Commons' {@code TTest} because a claim given as a standard error or an
 * interval without n has ν = ∞ (a known standard error), which a test taking sample sizes cannot
 * express; ν = ∞ simply drops that term. The equivalence test is Schuirmann's two one-sided tests
 * (TOST; Schuirmann 1987, J. Pharmacokinet. Biopharm. 15:657–680) with the same standard error and
 * degrees of freedom: p = max(P(T ≥ (d + δ)/se), P(T ≤ (d − δ)/se)).
 *
 * <p>Standard deviations and the degrees of freedom are computed on values divided by a power of
 * two ({@link Scale}), so finite data of any magnitude (1e80, 1e-160) gives finite results.
 */
public final class ClaimMath {

  private ClaimMath() {}

  /** Welch's test of d = m1 − m2 (two-sided p). */
  public record Welch(double difference, double se, double t, double df, double p) {}

  /** A closed interval. */
  public record Interval(double low, double high) {}

  public static double mean(double[] x) {
    return Mean.of(x).getAsDouble();
  }

  /** Sample standard deviation (n − 1 denominator); NaN for fewer than two values. */
  public static double sd(double[] x) {
    return Scale.sd(x);
  }

  /**
   * Welch's t test from summary statistics; {@code df} of a side may be infinite. When both
   * standard errors are zero the difference is known exactly: t and df are NaN and p is 1 for no
   * difference, 0 otherwise.
   */
  public static Welch welch(double m1, double se1, double df1, double m2, double se2, double df2) {
    double d = m1 - m2;
    // df has fourth powers of the standard errors (1e80 -> 1e320): see Scale.
    int k = Scale.exponent(se1, se2);
    double v1 = Scale.down(se1, k) * Scale.down(se1, k);
    double v2 = Scale.down(se2, k) * Scale.down(se2, k);
    double se = Scale.up(Math.sqrt(v1 + v2), k);
    if (se == 0) {
      return new Welch(d, 0, Double.NaN, Double.NaN, d == 0 ? 1 : 0);
    }
    double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / df1 + v2 * v2 / df2);
    double t = d / se;
    double p = 2 * t(df).survivalProbability(Math.abs(t));
    return new Welch(d, se, t, df, Math.min(1, p));
  }

  /** Two-sided interval d ± q·se with q the (1+level)/2 quantile of t with {@code df}. */
  public static Interval interval(Welch w, double level) {
    if (w.se() == 0) {
      return new Interval(w.difference(), w.difference());
    }
    double half = quantile((1 + level) / 2, w.df()) * w.se();
    return new Interval(w.difference() - half, w.difference() + half);
  }

  /** TOST p-value for equivalence within [−margin, margin]. */
  public static double tost(Welch w, double margin) {
    if (w.se() == 0) {
      return Math.abs(w.difference()) < margin ? 0 : 1;
    }
    TDistribution t = t(w.df());
    double lower = t.survivalProbability((w.difference() + margin) / w.se());
    double upper = t.cumulativeProbability((w.difference() - margin) / w.se());
    return Math.max(lower, upper);
  }

  /** The p quantile of Student's t with {@code df} degrees of freedom (normal when infinite). */
  public static double quantile(double p, double df) {
    return t(df).inverseCumulativeProbability(p);
  }

  private static TDistribution t(double df) {
    // Commons Statistics returns the normal distribution for infinite df.
    return TDistribution.of(df);
  }
}
