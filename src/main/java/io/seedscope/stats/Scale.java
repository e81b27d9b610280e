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
    double max = 0;
    for (double[] x : samples) {
      for (double v : x) {
        max = Math.max(max, Math.abs(v));
      }
    }
    if (max == 0) {
      return 0;
    }
    int e = Math.getExponent(max);
    return Math.abs(e) <= SAFE_EXPONENT ? 0 : e;
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
