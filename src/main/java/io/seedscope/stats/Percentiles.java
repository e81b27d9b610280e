package io.seedscope.stats;

import org.apache.commons.numbers.arrays.Selection;

/**
 * Quantiles with numpy's default {@code method='linear'} (Hyndman and Fan 1996, type 7): virtual
 * index {@code (n - 1) q}, interpolated exactly as numpy's {@code _lerp} does, so that bootstrap
 * endpoints agree with scipy to the last bit given the same replicates. Selection instead of a full
 * sort keeps a 10,000-replicate interval in O(n).
 */
final class Percentiles {

  private Percentiles() {}

  /**
   * The {@code q} quantiles of {@code a}, reordering {@code a} in place (partial selection).
   *
   * @param q probabilities in [0, 1]; NaN gives NaN
   */
  static double[] linearInPlace(double[] a, double... q) {
    int n = a.length;
    int[] prev = new int[q.length];
    int[] next = new int[q.length];
    double[] gamma = new double[q.length];
    int[] wanted = new int[2 * q.length];
    int w = 0;
    for (int i = 0; i < q.length; i++) {
      double virtual = (n - 1) * q[i];
      if (Double.isNaN(virtual)) {
        prev[i] = -1;
        continue;
      }
      int p = (int) Math.floor(virtual);
      int nx = p + 1;
      if (virtual >= n - 1) {
        p = n - 1;
        nx = n - 1;
      } else if (virtual < 0) {
        p = 0;
        nx = 0;
      }
      prev[i] = p;
      next[i] = nx;
      gamma[i] = virtual - Math.floor(virtual);
      wanted[w++] = p;
      wanted[w++] = nx;
    }
    if (w > 0) {
      int[] k = new int[w];
      System.arraycopy(wanted, 0, k, 0, w);
      Selection.select(a, k);
    }
    double[] out = new double[q.length];
    for (int i = 0; i < q.length; i++) {
      out[i] = prev[i] < 0 ? Double.NaN : lerp(a[prev[i]], a[next[i]], gamma[i]);
    }
    return out;
  }

  /** Quantiles of a copy of {@code a}. */
  static double[] linear(double[] a, double... q) {
    return linearInPlace(a.clone(), q);
  }

  /** numpy's {@code _lerp}: a + (b - a) t, or b - (b - a)(1 - t) when t >= 0.5. */
  private static double lerp(double a, double b, double t) {
    double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
  }
}
