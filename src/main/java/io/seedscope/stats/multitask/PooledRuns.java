package io.seedscope.stats.multitask;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The runs of one algorithm laid out for fast bootstrapping: flat by task, plus the rank of every
 * run in the pooled sorted order. A resample is then a vector of counts per rank, and its trimmed
 * mean is one linear scan over the counts instead of a sort or a selection of the resampled values
 * (no library offers a weighted trimmed mean, hence this class).
 */
final class PooledRuns {
  final int tasks;

  /** Runs of task {@code t} are {@code values[offsets[t] .. offsets[t + 1])}. */
  final int[] offsets;

  final double[] values;

  /** Position of {@code values[i]} in {@link #sorted}. */
  final int[] rank;

  final double[] sorted;

  PooledRuns(double[][] runsByTask) {
    tasks = runsByTask.length;
    offsets = new int[tasks + 1];
    for (int t = 0; t < tasks; t++) {
      offsets[t + 1] = offsets[t] + runsByTask[t].length;
    }
    values = Aggregates.pooled(runsByTask);
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    rank = new int[values.length];
    sorted = new double[values.length];
    for (int p = 0; p < order.length; p++) {
      rank[order[p]] = p;
      sorted[p] = values[order[p]];
    }
  }

  int size() {
    return values.length;
  }

  int runs(int task) {
    return offsets[task + 1] - offsets[task];
  }

  /**
   * {@code scipy.stats.trim_mean(sample, 0.25)} of the multiset holding {@code counts[p]} copies of
   * {@code sorted[p]}, {@code total} values in all. Resets {@code counts} to zero.
   */
  double trimmedMeanOfCounts(int[] counts, int total) {
    int lo = Aggregates.trimCount(total);
    int hi = total - lo;
    int len = counts.length;
    int cum = 0;
    int p = 0;
    // Three phases keep the hot loops free of data-dependent branches (about a third of the
    // counts are zero at random places): skip the lowest quarter with integer work only, add the
    // middle, then clear what is left above the upper cut.
    while (p < len && cum + counts[p] <= lo) {
      cum += counts[p];
      counts[p++] = 0;
    }
    double sum = 0;
    if (p < len) {
      // The value straddling the lower cut contributes only its copies above it.
      int c = counts[p];
      counts[p] = 0;
      int start = cum;
      cum += c;
      sum += (Math.min(cum, hi) - Math.max(start, lo)) * sorted[p++];
    }
    while (p < len && cum < hi) {
      int c = counts[p];
      counts[p] = 0;
      int start = cum;
      cum += c;
      sum += (Math.min(cum, hi) - start) * sorted[p++];
    }
    Arrays.fill(counts, p, len, 0);
    return sum / (hi - lo);
  }
}
