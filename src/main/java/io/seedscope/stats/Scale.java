package io.seedscope.stats;

/**
 * Exact power-of-two rescaling of data whose magnitude would overflow or underflow the squares,
 * cubes and fourth powers inside the statistics: variances, the Welch-Satterthwaite degrees of
 * freedom {@code (v1/n1 + v2/n2)^2 / ((v1/n1)^2/(n1-1) + (v2/n2)^2/(n2-1))} (fourth powers of the
 * data), the jackknife acceleration (cubes). Finite values as large as 1e80 already overflow the
 * degrees of freedom and values near 1e-160 underflow the variance.
 *
 * <p>Multiplying by 2^-k changes no significand, so every sum, product, square root and quotient of
 * the scaled data is the scaled result bit for bit (unless it becomes subnormal): scale-free
 * statistics (t, df, p, CV, effect sizes, z0) are unchanged and the others are multiplied back.
 * Data with max |x| in [2^-200, 2^200] is left alone (k = 0), so ordinary data takes exactly the
 * code path it always took; there the fourth powers stay within [2^-1008, 2^800].
 */
public final class Scale {

  private static final int SAFE_EXPONENT = 200;

  private Scale() {}

  /**
   * The exponent k by which the samples should be divided (as 2^k): 0 when they are safe as they
   * are (or all zero), otherwise the binary exponent of the largest |value|. Values must be finite.
   */
  public static int exponent(double[]... samples) {
    double max = maxAbs(samples);
    if (max == 0) {
      return 0;
    }
    int e = Math.getExponent(max);
    return Math.abs(e) <= SAFE_EXPONENT ? 0 : e;
  }

  /** The largest |value| over the samples (0 for none), which decides the rescaling. */
  static double maxAbs(double[]... samples) {
    double max = 0;
    for (double[] x : samples) {
      for (double v : x) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return max;
  }

  /**
   * {@link #exponent} of two scalars (standard deviations or errors whose fourth powers a formula
   * takes); 0 when either is not finite, where rescaling would not help.
   */
  public static int exponent(double a, double b) {
    return Double.isFinite(a) && Double.isFinite(b) ? exponent(new double[] {a, b}) : 0;
  }

  /**
   * Sample standard deviation (n - 1 denominator) at any finite magnitude: squares of values beyond
   * about 1e154 would overflow and below about 1e-162 underflow, so the data is rescaled first. NaN
   * for fewer than two values.
   */
  public static double sd(double[] x) {
    if (x.length < 2) {
      return Double.NaN;
    }
    int k = exponent(x);
    return up(
        org.apache.commons.statistics.descriptive.StandardDeviation.of(down(x, k)).getAsDouble(),
        k);
  }

  /** {@code x / 2^k}, a new array (the same array when k = 0). */
  public static double[] down(double[] x, int k) {
    if (k == 0) {
      return x;
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Math.scalb(x[i], -k);
    }
    return out;
  }

  /** {@code v / 2^k}. */
  public static double down(double v, int k) {
    return Math.scalb(v, -k);
  }

  /** {@code v * 2^k}; infinite when the result is beyond the largest double. */
  public static double up(double v, int k) {
    return Math.scalb(v, k);
  }

  /** {@code v * 2^k} boxed; null when v is null or the result is not finite. */
  public static Double up(Double v, int k) {
    return v == null ? null : Summary.box(Math.scalb(v, k));
  }

  /** The interval's endpoints times 2^k; undefined when one is beyond the largest double. */
  public static Interval up(Interval i, int k) {
    if (!i.defined()) {
      return i;
    }
    return Interval.of(Math.scalb(i.low(), k), Math.scalb(i.high(), k), i.method(), i.level());
  }
}
