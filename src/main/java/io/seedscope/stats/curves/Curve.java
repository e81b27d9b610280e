package io.seedscope.stats.curves;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.stats.multitask.ScoreRange;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * One run's learning curve: strictly increasing steps and the finite metric value logged at each.
 * Immutable (arrays are copied in and out).
 */
public record Curve(long[] steps, double[] values) {

  public Curve {
    if (steps.length != values.length || steps.length == 0) {
      throw new InputException(
          "curve: need as many values as steps and at least one point, got "
              + steps.length
              + " steps and "
              + values.length
              + " values");
    }
    steps = steps.clone();
    values = values.clone();
    for (int i = 0; i < steps.length; i++) {
      if (i > 0 && steps[i] <= steps[i - 1]) {
        throw new InputException(
            "curve: steps must increase, got " + steps[i - 1] + " then " + steps[i]);
      }
      if (!Double.isFinite(values[i])) {
        throw new InputException(
            "curve: value " + values[i] + " at step " + steps[i] + " (exclude divergent runs)");
      }
    }
  }

  /**
   * A curve from a run log's aligned arrays, dropping the points where the metric was not logged
   * ({@link ResultSet#MISSING}).
   */
  public static Curve ofLogged(long[] steps, double[] values) {
    int n = 0;
    long[] s = new long[steps.length];
    double[] v = new double[values.length];
    for (int i = 0; i < steps.length; i++) {
      if (!ResultSet.isMissing(values[i])) {
        s[n] = steps[i];
        v[n++] = values[i];
      }
    }
    return new Curve(Arrays.copyOf(s, n), Arrays.copyOf(v, n));
  }

  /**
   * The pointwise mean of repeats of one seed, so that a seed run K times is one curve, not K (see
   * {@link io.seedscope.model.SeedValues}). Its steps are every step any repeat logged; at each,
   * the mean of the repeats that cover it (interpolated between their own logged steps, never
   * extrapolated), added in list order as {@link io.seedscope.model.SeedValues} adds values, so
   * that repeats that agree give exactly their curve. One curve is returned as it is.
   *
   * @throws IllegalArgumentException if {@code repeats} is empty
   */
  public static Curve mean(List<Curve> repeats) {
    if (repeats.isEmpty()) {
      throw new IllegalArgumentException("no curve to average");
    }
    if (repeats.size() == 1) {
      return repeats.get(0);
    }
    TreeSet<Long> union = new TreeSet<>();
    for (Curve c : repeats) {
      for (long s : c.steps) {
        union.add(s);
      }
    }
    long[] steps = union.stream().mapToLong(Long::longValue).toArray();
    double[] mean = new double[steps.length];
    for (int i = 0; i < steps.length; i++) {
      double first = Double.NaN;
      double offsets = 0;
      int n = 0;
      for (Curve c : repeats) {
        double v = c.at(steps[i]);
        if (!Double.isNaN(v)) {
          if (n++ == 0) {
            first = v;
          }
          offsets += v - first;
        }
      }
      // n >= 1 (some repeat logged this step); repeats that agree give exactly their value
      mean[i] = offsets == 0 ? first : first + offsets / n;
    }
    return new Curve(steps, mean);
  }

  @Override
  public long[] steps() {
    return steps.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  public int size() {
    return steps.length;
  }

  public long firstStep() {
    return steps[0];
  }

  public long lastStep() {
    return steps[steps.length - 1];
  }

  /** The curve with every value min-max normalized by {@code range}. */
  public Curve normalized(ScoreRange range) {
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = range.normalize(values[i]);
    }
    return new Curve(steps, v);
  }

  /**
   * Linear interpolation at {@code step}, or NaN outside {@code [firstStep, lastStep]}: a run never
   * contributes outside the steps it logged.
   */
  public double at(long step) {
    if (step < steps[0] || step > steps[steps.length - 1]) {
      return Double.NaN;
    }
    int k = Arrays.binarySearch(steps, step);
    if (k >= 0) {
      return values[k];
    }
    int right = -k - 1;
    return interpolate(right - 1, step);
  }

  double interpolate(int left, long step) {
    long s0 = steps[left];
    long s1 = steps[left + 1];
    double w = (double) (step - s0) / (double) (s1 - s0);
    return values[left] + w * (values[left + 1] - values[left]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Curve c && Arrays.equals(steps, c.steps) && Arrays.equals(values, c.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(steps) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Curve[" + steps.length + " points, steps " + firstStep() + ".." + lastStep() + "]";
  }
}
