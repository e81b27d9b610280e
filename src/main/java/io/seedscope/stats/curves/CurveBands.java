package io.seedscope.stats.curves;

import io.seedscope.stats.multitask.BootstrapOptions;
import java.util.List;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;
import org.apache.commons.statistics.distribution.TDistribution;

/** Per-step statistics of one group's runs, with interval bands. */
public final class CurveBands {
  private CurveBands() {}

  /**
   * Mean of the covering runs at each step with Student's t interval {@code mean +- t_{n-1,
   * (1+level)/2} s / sqrt(n)} (s: sample standard deviation); the interval is null with one run.
   */
  public static CurveBand mean(AlignedCurves curves, double level) {
    int points = curves.points();
    double[] center = new double[points];
    double[] low = new double[points];
    double[] high = new double[points];
    for (int g = 0; g < points; g++) {
      double[] x = covering(curves, g);
      int n = x.length;
      center[g] = n == 0 ? Double.NaN : Mean.of(x).getAsDouble();
      if (n < 2) {
        low[g] = Double.NaN;
        high[g] = Double.NaN;
        continue;
      }
      double half =
          TDistribution.of(n - 1).inverseCumulativeProbability((1 + level) / 2)
              * Math.sqrt(Variance.of(x).getAsDouble() / n);
      low[g] = center[g] - half;
      high[g] = center[g] + half;
    }
    return CurveBand.of("mean", level, curves.steps(), center, low, high, curves.seeds());
  }

  /**
   * Interquartile mean of the covering runs at each step with a bootstrap percentile band: each
   * resample draws whole runs with replacement (the same draw for every step, as rliable does for
   * sample-efficiency curves), and a step's replicate is the IQM of the drawn runs covering it.
   * Resamples in which no drawn run covers a step are left out at that step.
   */
  public static CurveBand iqm(AlignedCurves curves, BootstrapOptions options) {
    return CurveIqm.compute(List.of(curves), options, "curve-iqm");
  }

  static double[] covering(AlignedCurves curves, int g) {
    double[] x = new double[curves.seeds()[g]];
    int k = 0;
    for (double[] run : curves.values()) {
      if (!Double.isNaN(run[g])) {
        x[k++] = run[g];
      }
    }
    return x;
  }
}
