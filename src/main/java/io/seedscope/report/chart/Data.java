package io.seedscope.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Conversions from the view model's lists to the arrays XChart takes. */
final class Data {
  private Data() {}

  static double get(List<Double> list, int i) {
    if (list == null || i >= list.size()) {
      return Double.NaN;
    }
    Double v = list.get(i);
    return v == null ? Double.NaN : v;
  }

  static double[] array(List<Double> list) {
    double[] out = new double[list.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = get(list, i);
    }
    return out;
  }

  static boolean finite(double... xs) {
    for (double x : xs) {
      if (!Double.isFinite(x)) {
        return false;
      }
    }
    return true;
  }

  /** Pairs (x[i], y[i]) of the chosen indices where both are finite, as {xs, ys}. */
  static double[][] finitePairs(List<Double> x, List<Double> y, int[] indices) {
    double[] xs = new double[indices.length];
    double[] ys = new double[indices.length];
    int m = 0;
    for (int i : indices) {
      double a = get(x, i);
      double b = get(y, i);
      if (finite(a, b)) {
        xs[m] = a;
        ys[m] = b;
        m++;
      }
    }
    return new double[][] {java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m)};
  }

  /**
   * Outline of the band between {@code low} and {@code high} over the chosen indices (finite points
   * only): along {@code high} forward, then along {@code low} backward.
   */
  static double[][] band(List<Double> x, List<Double> low, List<Double> high, int[] indices) {
    List<double[]> pts = new ArrayList<>();
    for (int i : indices) {
      double a = get(x, i);
      double lo = get(low, i);
      double hi = get(high, i);
      if (finite(a, lo, hi)) {
        pts.add(new double[] {a, lo, hi});
      }
    }
    int m = pts.size();
    double[] xs = new double[2 * m];
    double[] ys = new double[2 * m];
    for (int k = 0; k < m; k++) {
      double[] p = pts.get(k);
      xs[k] = p[0];
      ys[k] = p[2];
      double[] q = pts.get(m - 1 - k);
      xs[m + k] = q[0];
      ys[m + k] = q[1];
    }
    return new double[][] {xs, ys};
  }
}
