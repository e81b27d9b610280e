package io.seedscope.stats;

import java.util.Arrays;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Variance;

/** Descriptive statistics of one sample, with numpy/scipy conventions. */
final class Summary {

  private Summary() {}

  static double mean(double[] x) {
    return Mean.of(x).getAsDouble();
  }

  /** Unbiased sample variance (n - 1 denominator); NaN for n < 2. */
  static double variance(double[] x) {
    return x.length < 2 ? Double.NaN : Variance.of(x).getAsDouble();
  }

  static double median(double[] x) {
    // Median reorders its input unless asked to copy; callers' arrays must stay as they are.
    return Median.withDefaults().withCopy(true).evaluate(x);
  }

  /**
   * Interquartile mean exactly as rliable (Agarwal et al. 2021) computes it: {@code
   * scipy.stats.trim_mean(x, 0.25)}, which drops {@code floor(n / 4)} values from each end.
   */
  static double iqm(double[] x) {
    double[] s = x.clone();
    Arrays.sort(s);
    int cut = (int) (0.25 * s.length);
    double sum = 0;
    for (int i = cut; i < s.length - cut; i++) {
      sum += s[i];
    }
    return sum / (s.length - 2 * cut);
  }

  static double min(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      m = Math.min(m, v);
    }
    return m;
  }

  static double max(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      m = Math.max(m, v);
    }
    return m;
  }

  /** True when all values are equal (zero variance). */
  static boolean constant(double[] x) {
    for (double v : x) {
      if (v != x[0]) {
        return false;
      }
    }
    return true;
  }

  /** Throws when a value is not finite: the caller must exclude divergent runs first. */
  static void requireFinite(double[] x, String what) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException(
            what + " value " + i + " is " + x[i] + "; exclude divergent runs before statistics");
      }
    }
  }

  /** Boxes a finite value; NaN and infinities become null (JSON has no NaN). */
  static Double box(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
