package io.seedscope.gate;

import io.seedscope.stats.Scale;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;

/**
 * The few statistics the gate needs, on top of Commons Statistics, in one place so that they can
 * later be replaced by the project's statistics engine ({@code io.seedscope.stats}).
 *
 * <p>Intervals are Student t intervals (mean ± t<sub>(1+level)/2, n-1</sub>·s/√n). Two-sample
 * comparisons use Welch's unequal-variance t test with the Welch–Satterthwaite degrees of freedom
 * (Welch 1947, Biometrika 34:28–35). The probability of improvement is the Mann–Whitney statistic
 * U/(n·m) with ties counted one half, as in rliable (Agarwal et al. 2021, "Deep RL at the edge of
 * the statistical precipice", NeurIPS).
 */
public final class GateMath {

  private GateMath() {}

  /** A closed interval. */
  public record Interval(double low, double high) {
    public double halfWidth() {
      return (high - low) / 2;
    }
  }

  /** Result of a one-sided Welch test together with the matching two-sided interval. */
  public record Welch(double difference, double t, double df, double p, Interval interval) {}

  public static double mean(double[] x) {
    return Mean.of(x).getAsDouble();
  }

  /** Sample standard deviation with the n-1 denominator; NaN for fewer than two values. */
  public static double sd(double[] x) {
    return Scale.sd(x);
  }

  /**
   * Two-sided Student t interval of the mean at {@code level}; needs at least two values. When all
   * values are equal the interval collapses to the mean.
   */
  public static Interval tInterval(double[] x, double level) {
    if (x.length < 2) {
      throw new IllegalArgumentException("a t interval needs at least two values");
    }
    double m = mean(x);
    double half =
        TDistribution.of(x.length - 1).inverseSurvivalProbability((1 - level) / 2)
            * sd(x)
            / Math.sqrt(x.length);
    return new Interval(m - half, m + half);
  }

  /**
   * One-sided Welch test of a regression of {@code candidate} against {@code baseline}.
   *
   * <p>With {@code sign} = +1 (higher is better) the null hypothesis is μ<sub>c</sub> − μ<sub>b
   * </sub> ≥ −tolerance and a small p says the candidate is worse by more than the tolerance; with
   * {@code sign} = −1 (lower is better) it is μ<sub>c</sub> − μ<sub>b</sub> ≤ +tolerance. The
   * interval is the two-sided Welch interval of μ<sub>c</sub> − μ<sub>b</sub> at level 1 − 2α,
   * whose far end crosses the threshold exactly when the one-sided test rejects at α.
   */
  public static Welch welchRegression(
      double[] candidate, double[] baseline, double sign, double tolerance, double alpha) {
    // The Welch-Satterthwaite df has fourth powers of the data (1e80 -> 1e320): test the data and
    // the tolerance divided by 2^k (t, df and p do not change) and scale the difference back.
    int k = Scale.exponent(candidate, baseline);
    if (k != 0) {
      Welch w =
          welchRegression(
              Scale.down(candidate, k),
              Scale.down(baseline, k),
              sign,
              Scale.down(tolerance, k),
              alpha);
      return new Welch(
          Scale.up(w.difference(), k),
          w.t(),
          w.df(),
          w.p(),
          new Interval(Scale.up(w.interval().low(), k), Scale.up(w.interval().high(), k)));
    }
    double m1 = mean(candidate);
    double m2 = mean(baseline);
    double v1 = variance(candidate);
    double v2 = variance(baseline);
    int n1 = candidate.length;
    int n2 = baseline.length;
    double diff = m1 - m2;
    double se = Math.sqrt(v1 / n1 + v2 / n2);
    if (se == 0) {
      // Both samples constant: the difference is known exactly.
      boolean worse = sign * diff < -tolerance;
      return new Welch(diff, Double.NaN, Double.NaN, worse ? 0 : 1, new Interval(diff, diff));
    }
    TTest.Result r =
        TTest.withDefaults()
            .with(DataDispersion.HETEROSCEDASTIC)
            .with(sign > 0 ? AlternativeHypothesis.LESS_THAN : AlternativeHypothesis.GREATER_THAN)
            .withMu(-sign * tolerance)
            .test(m1, v1, n1, m2, v2, n2);
    double df = r.getDegreesOfFreedom();
    double half = TDistribution.of(df).inverseSurvivalProbability(alpha) * se;
    return new Welch(
        diff, r.getStatistic(), df, r.getPValue(), new Interval(diff - half, diff + half));
  }

  /**
   * Probability that a random candidate run beats a random baseline run in the goal direction, ties
   * counting one half: P(sign·X &gt; sign·Y) + ½P(X = Y). 0.5 means no difference.
   */
  public static double probabilityOfImprovement(
      double[] candidate, double[] baseline, double sign) {
    double wins = 0;
    for (double x : candidate) {
      for (double y : baseline) {
        double d = sign * (x - y);
        wins += d > 0 ? 1 : d == 0 ? 0.5 : 0;
      }
    }
    return wins / ((double) candidate.length * baseline.length);
  }

  private static double variance(double[] x) {
    double s = sd(x);
    return s * s;
  }
}
