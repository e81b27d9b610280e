package io.seedscope.sensitivity.fanova;

import io.seedscope.model.InputException;

/**
 * Restricts the analysis to the region where the surrogate predicts a response between two
 * quantiles of the observed responses, as fanova's {@code set_cutoffs(quantile=...)} does: leaves
 * whose prediction falls outside the bounds are dropped from every tree, and all marginals and
 * variances are conditional on the kept region (Hutter et al. 2014, section 3.3, after Hooker
 * 2007). Quantiles are computed like numpy's default {@code percentile} (linear interpolation).
 *
 * @param lowerQuantile in [0, 1]
 * @param upperQuantile in [lowerQuantile, 1]
 */
public record Cutoff(double lowerQuantile, double upperQuantile) {

  public Cutoff {
    if (!(lowerQuantile >= 0 && lowerQuantile <= upperQuantile && upperQuantile <= 1)) {
      throw new InputException(
          "fanova: cutoff quantiles must satisfy 0 <= lower <= upper <= 1, got "
              + lowerQuantile
              + ", "
              + upperQuantile);
    }
  }

  /** Only configurations predicted better than the q-quantile when minimizing. */
  public static Cutoff below(double q) {
    return new Cutoff(0, q);
  }

  /** Only configurations predicted better than the q-quantile when maximizing. */
  public static Cutoff above(double q) {
    return new Cutoff(q, 1);
  }

  /** The response bounds {lower, upper}; the extreme quantiles 0 and 1 are open-ended. */
  double[] resolve(double[] y) {
    double[] s = y.clone();
    java.util.Arrays.sort(s);
    double lo = lowerQuantile == 0 ? Double.NEGATIVE_INFINITY : quantile(s, lowerQuantile);
    double hi = upperQuantile == 1 ? Double.POSITIVE_INFINITY : quantile(s, upperQuantile);
    return new double[] {lo, hi};
  }

  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int k = (int) Math.floor(h);
    if (k + 1 >= sorted.length) {
      return sorted[sorted.length - 1];
    }
    return sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]);
  }
}
