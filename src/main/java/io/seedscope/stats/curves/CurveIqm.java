package io.seedscope.stats.curves;

import io.seedscope.stats.multitask.BootstrapOptions;
import io.seedscope.stats.multitask.Resampling;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * IQM of pooled runs at every grid step with a stratified bootstrap band (Agarwal et al., NeurIPS
 * 2021, sample-efficiency curves): a resample draws, within each task, as many whole runs as the
 * task has, with replacement; at each step the replicate is {@code trim_mean(drawn covering runs,
 * 0.25)} and is left out if some task has no drawn run covering that step. A step gets a value only
 * where every task has at least one covering run.
 */
final class CurveIqm {
  private CurveIqm() {}

  static CurveBand compute(List<AlignedCurves> tasks, BootstrapOptions options, String key) {
    long[] steps = tasks.get(0).steps();
    int points = steps.length;
    int m = tasks.size();
    int[] offsets = new int[m + 1];
    for (int t = 0; t < m; t++) {
      if (!Arrays.equals(steps, tasks.get(t).steps())) {
        throw new IllegalArgumentException("all tasks must be aligned on the same grid");
      }
      offsets[t + 1] = offsets[t] + tasks.get(t).runs();
    }
    int total = offsets[m];
    double[][] byRun = new double[total][];
    int[] taskOf = new int[total];
    for (int t = 0; t < m; t++) {
      for (int r = 0; r < tasks.get(t).runs(); r++) {
        byRun[offsets[t] + r] = tasks.get(t).values()[r];
        taskOf[offsets[t] + r] = t;
      }
    }
    // For each step, the covering runs in increasing value: a resample's trimmed mean at that
    // step is then one scan over its counts in this order, without sorting per resample.
    int[][] order = new int[points][];
    int[] minSeeds = new int[points];
    boolean[] defined = new boolean[points];
    double[] center = new double[points];
    for (int g = 0; g < points; g++) {
      int step = g;
      order[g] =
          java.util.stream.IntStream.range(0, total)
              .filter(i -> !Double.isNaN(byRun[i][step]))
              .boxed()
              .sorted(Comparator.comparingDouble(i -> byRun[i][step]))
              .mapToInt(Integer::intValue)
              .toArray();
      minSeeds[g] = Integer.MAX_VALUE;
      for (int t = 0; t < m; t++) {
        minSeeds[g] = Math.min(minSeeds[g], tasks.get(t).seeds()[g]);
      }
      defined[g] = minSeeds[g] > 0;
      center[g] = defined[g] ? trimmedMean(order[g], byRun, g, null) : Double.NaN;
    }
    double[][] reps = new double[points][options.resamples()];
    Resampling.run(
        options,
        key,
        (from, to, rng) -> {
          int[] counts = new int[total];
          int[] hits = new int[m];
          for (int r = from; r < to; r++) {
            Arrays.fill(counts, 0);
            for (int t = 0; t < m; t++) {
              int n = offsets[t + 1] - offsets[t];
              for (int j = 0; j < n; j++) {
                counts[offsets[t] + rng.nextInt(n)]++;
              }
            }
            for (int g = 0; g < points; g++) {
              if (!defined[g]) {
                reps[g][r] = Double.NaN;
                continue;
              }
              Arrays.fill(hits, 0);
              for (int i : order[g]) {
                hits[taskOf[i]] += counts[i];
              }
              boolean all = true;
              for (int h : hits) {
                all &= h > 0;
              }
              reps[g][r] = all ? trimmedMean(order[g], byRun, g, counts) : Double.NaN;
            }
          }
        });
    double[] low = new double[points];
    double[] high = new double[points];
    for (int g = 0; g < points; g++) {
      double[] ci = Resampling.percentileInterval(reps[g], options.level());
      low[g] = ci[0];
      high[g] = ci[1];
    }
    return CurveBand.of("iqm", options.level(), steps, center, low, high, minSeeds);
  }

  /**
   * {@code scipy.stats.trim_mean(., 0.25)} of the runs in {@code order} (sorted by value at step
   * {@code g}), run {@code i} counted {@code counts[i]} times (once when counts is null).
   */
  private static double trimmedMean(int[] order, double[][] byRun, int g, int[] counts) {
    int total = 0;
    for (int i : order) {
      total += counts == null ? 1 : counts[i];
    }
    int lo = (int) (0.25 * total);
    int hi = total - lo;
    int cum = 0;
    double sum = 0;
    for (int i : order) {
      int start = cum;
      cum += counts == null ? 1 : counts[i];
      int overlap = Math.max(0, Math.min(cum, hi) - Math.max(start, lo));
      sum += overlap * byRun[i][g];
    }
    return sum / (hi - lo);
  }
}
