package io.seedscope.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/** Student's t functions, from Commons Statistics. */
final class Distributions {

  private Distributions() {}

  /**
   * Quantile of Student's t. Commons Statistics agrees with a 30-digit mpmath inversion to 1e-13
   * (tested); scipy 1.10's {@code t.ppf} is off by about 2e-9 relative (e.g. t_{0.95,4} =
   * 2.13184678133629 instead of 2.13184678632665), so t intervals agree with scipy 1.10 only to
   * about 1e-8.
   */
  static double tQuantile(double p, double df) {
    return TDistribution.of(df).inverseCumulativeProbability(p);
  }

  /** CDF of Student's t. */
  static double tCdf(double x, double df) {
    return TDistribution.of(df).cumulativeProbability(x);
  }
}
