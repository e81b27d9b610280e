package io.seedscope.sensitivity.fanova;

/**
 * Weighted two-way ANOVA of values on a regular grid of midpoints (equal cell measure, times a kept
 * weight per point): total variance, variance of the row means and of the column means. Points of
 * zero weight (or NaN value) are outside the measure.
 */
final class GridVariance {
  private GridVariance() {}

  /** {total, rows, columns} variances of row-major values {@code v[a * ny + b]}. */
  static double[] of(double[] v, double[] w, int nx, int ny) {
    double sw = 0;
    double s = 0;
    for (int k = 0; k < v.length; k++) {
      if (w[k] > 0 && !Double.isNaN(v[k])) {
        sw += w[k];
        s += w[k] * v[k];
      }
    }
    if (!(sw > 0)) {
      return new double[3];
    }
    double mean = s / sw;
    double tot = 0;
    double[] rs = new double[nx];
    double[] rw = new double[nx];
    double[] cs = new double[ny];
    double[] cw = new double[ny];
    for (int a = 0; a < nx; a++) {
      for (int b = 0; b < ny; b++) {
        int k = a * ny + b;
        if (w[k] > 0 && !Double.isNaN(v[k])) {
          double d = v[k] - mean;
          tot += w[k] * d * d;
          rs[a] += w[k] * d;
          rw[a] += w[k];
          cs[b] += w[k] * d;
          cw[b] += w[k];
        }
      }
    }
    double rows = 0;
    for (int a = 0; a < nx; a++) {
      if (rw[a] > 0) {
        rows += rs[a] * rs[a] / rw[a];
      }
    }
    double cols = 0;
    for (int b = 0; b < ny; b++) {
      if (cw[b] > 0) {
        cols += cs[b] * cs[b] / cw[b];
      }
    }
    return new double[] {tot / sw, rows / sw, cols / sw};
  }

  /** Pure interaction: total minus both main-effect variances. */
  static double interaction(double[] v, double[] w, int nx, int ny) {
    double[] r = of(v, w, nx, ny);
    return r[0] - r[1] - r[2];
  }
}
