package io.seedscope.sensitivity.anova;

import java.util.Collection;

/**
 * How much of the observed metric's variation is seed noise: the within-configuration sum of
 * squares over the total sum of squares, {@code sum_g sum_i (y_gi - mean_g)^2 / sum_g sum_i (y_gi -
 * mean)^2} -- the residual share (1 - R^2) of a one-way ANOVA with configurations as groups. Exact
 * for any design; configurations with a single seed add to the total but not to the within part
 * (their noise cannot be seen), so with many of them the share is understated.
 *
 * @param fraction withinSumSq / totalSumSq; null when every value is identical (0 / 0)
 * @param withinDf observations minus configurations
 * @param replicatedConfigurations configurations with at least two values
 */
public record SeedNoise(
    Double fraction,
    double withinSumSq,
    double totalSumSq,
    int withinDf,
    int configurations,
    int replicatedConfigurations,
    int observations) {

  /**
   * @param groups one array of metric values (one per seed) per configuration; values must be
   *     finite (leave divergent runs out)
   * @throws IllegalArgumentException when no configuration has two values or a value is not finite
   */
  public static SeedNoise of(Collection<double[]> groups) {
    int n = 0;
    int configs = 0;
    int replicated = 0;
    double sum = 0;
    for (double[] g : groups) {
      if (g.length == 0) {
        continue;
      }
      configs++;
      replicated += g.length >= 2 ? 1 : 0;
      for (double v : g) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("non-finite metric value " + v);
        }
        sum += v;
        n++;
      }
    }
    if (replicated == 0) {
      throw new IllegalArgumentException(
          "the seed-noise share needs at least one configuration run with two or more seeds");
    }
    double grand = sum / n;
    double within = 0;
    double total = 0;
    for (double[] g : groups) {
      double mean = 0;
      for (double v : g) {
        mean += v;
      }
      mean /= Math.max(1, g.length);
      for (double v : g) {
        within += (v - mean) * (v - mean);
        total += (v - grand) * (v - grand);
      }
    }
    Double fraction = total > 0 ? within / total : null;
    return new SeedNoise(fraction, within, total, n - configs, configs, replicated, n);
  }
}
