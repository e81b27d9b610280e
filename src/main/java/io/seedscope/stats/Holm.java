package io.seedscope.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm-Bonferroni step-down adjustment (Holm 1979, "A simple sequentially rejective multiple test
 * procedure", Scand. J. Statist. 6:65), in R's {@code p.adjust(method = "holm")} form: sort
 * ascending, multiply the i-th smallest (1-based) by {@code m - i + 1}, take the running maximum,
 * cap at 1. NaN p-values are left NaN and do not count in {@code m}.
 */
public final class Holm {

  private Holm() {}

  /** Adjusted p-values, in the order of {@code p}. */
  public static double[] adjust(double[] p) {
    Integer[] order =
        java.util.stream.IntStream.range(0, p.length)
            .filter(i -> !Double.isNaN(p[i]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    int m = order.length;
    double[] out = new double[p.length];
    Arrays.fill(out, Double.NaN);
    double running = 0;
    for (int r = 0; r < m; r++) {
      running = Math.max(running, Math.min(1, (m - r) * p[order[r]]));
      out[order[r]] = running;
    }
    return out;
  }
}
