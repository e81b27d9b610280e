package io.seedscope.report.chart;

/**
 * Picks the points of a curve to draw. Drawing only: statistics always use every point. Evenly
 * spaced indices that always keep the first and last point; a translucent per-seed line loses
 * little by it and a band keeps its centre, low and high aligned because all three share the
 * indices.
 */
final class Downsample {
  private Downsample() {}

  /** At most {@code max} indices of 0..n-1, increasing, evenly spaced, with 0 and n-1. */
  static int[] indices(int n, int max) {
    if (n <= max) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] out = new int[max];
    for (int k = 0; k < max; k++) {
      out[k] = (int) Math.round((double) k * (n - 1) / (max - 1));
    }
    return out;
  }
}
