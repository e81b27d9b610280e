package io.seedscope.stats;

import java.util.Locale;

/** How a confidence interval of a mean is computed. */
public enum IntervalMethod {
  /** Student t: mean +- t_{(1+level)/2, n-1} * s / sqrt(n). */
  T,
  /** Bootstrap percentile (Efron 1979): quantiles of the bootstrap replicates. */
  PERCENTILE,
  /** Bias-corrected and accelerated bootstrap (Efron 1987), as scipy.stats.bootstrap. */
  BCA;

  /** The name used in JSON: {@code t}, {@code percentile}, {@code bca}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label (case-insensitive). */
  public static IntervalMethod parse(String text) {
    for (IntervalMethod m : values()) {
      if (m.label().equalsIgnoreCase(text.trim())) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "interval method must be 't', 'percentile' or 'bca', not '" + text + "'");
  }
}
