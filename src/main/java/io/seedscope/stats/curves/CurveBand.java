package io.seedscope.stats.curves;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statistic of several runs at every grid step with a pointwise interval band. Entries are null
 * where the statistic or its interval is undefined (no covering run; a t interval from one run).
 *
 * @param statistic "mean" or "iqm"
 * @param level two-sided band level
 * @param steps grid steps
 * @param center the statistic at each step
 * @param low lower band
 * @param high upper band
 * @param seeds runs covering each step (for several tasks: the fewest of any task)
 */
public record CurveBand(
    String statistic,
    double level,
    List<Long> steps,
    List<Double> center,
    List<Double> low,
    List<Double> high,
    List<Integer> seeds) {

  public CurveBand {
    steps = frozen(steps);
    center = frozen(center);
    low = frozen(low);
    high = frozen(high);
    seeds = frozen(seeds);
  }

  private static <T> List<T> frozen(List<T> list) {
    return Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** Builds a band from arrays, NaN becoming null. */
  static CurveBand of(
      String statistic,
      double level,
      long[] steps,
      double[] center,
      double[] low,
      double[] high,
      int[] seeds) {
    List<Long> s = new ArrayList<>();
    List<Double> c = new ArrayList<>();
    List<Double> lo = new ArrayList<>();
    List<Double> hi = new ArrayList<>();
    List<Integer> n = new ArrayList<>();
    for (int g = 0; g < steps.length; g++) {
      s.add(steps[g]);
      c.add(orNull(center[g]));
      lo.add(orNull(low[g]));
      hi.add(orNull(high[g]));
      n.add(seeds[g]);
    }
    return new CurveBand(statistic, level, s, c, lo, hi, n);
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
