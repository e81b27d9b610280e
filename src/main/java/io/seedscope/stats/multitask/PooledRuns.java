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
   * {@code scipy.stats.trim_mean(sample, 0.25)} of the multiset holding {@code counts[p]} copies
   * of {@code sorted[p]}, {@code total} values in all. Resets {@code counts} to zero.
   */
  double trimmedMeanOfCounts(int[] counts, int total) {
    int lo = Aggregates.trimCount(total);
    int hi = total - lo;
    int cum = 0;
    double sum = 0;
    // Branch-free: about a third of the counts are zero at random positions, and a branch on them
    // would be mispredicted often enough to dominate the scan.
    for (int p = 0; p < counts.length; p++) {
      int start = cum;
      cum += counts[p];
      counts[p] = 0;
      int overlap = Math.max(0, Math.min(cum, hi) - Math.max(start, lo));
      sum += overlap * sorted[p];
    }
    return sum / (hi - lo);
  }
}
