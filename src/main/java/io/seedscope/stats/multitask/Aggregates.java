package io.seedscope.stats.multitask;

import java.util.Arrays;

/**
 * Point estimates of rliable's aggregate metrics (Agarwal et al., NeurIPS 2021, section 4.1;
 * rliable/metrics.py) on runs indexed by task.
 *
 * <p>Unequal run counts: the IQM pools every run (as rliable flattens the runs x tasks matrix), so
 * a task with more runs weighs more; mean, median, optimality gap and both score distributions are
 * averages of per-task quantities, so every task weighs the same. With equal run counts all
 * coincide with rliable.
 */
public final class Aggregates {
  private Aggregates() {}

  /**
   * Interquartile mean: {@code scipy.stats.trim_mean(all runs, 0.25)}, the mean of the pooled
   * sorted runs after dropping {@code floor(0.25 N)} from each end.
   */
  public static double iqm(double[][] runsByTask) {
    double[] all = pooled(runsByTask);
    Arrays.sort(all);
    int cut = trimCount(all.length);
    double sum = 0;
    for (int i = cut; i < all.length - cut; i++) {
      sum += all[i];
    }
    return sum / (all.length - 2 * cut);
  }

  /** Median over tasks of per-task means ({@code numpy.median}: middle two averaged). */
  public static double median(double[][] runsByTask) {
    return medianInPlace(taskMeans(runsByTask));
  }

  /** Mean over tasks of per-task means. */
  public static double mean(double[][] runsByTask) {
    return average(taskMeans(runsByTask));
  }

  /** {@code gamma - mean over tasks of mean over runs of min(x, gamma)}. */
  public static double optimalityGap(double[][] runsByTask, double gamma) {
    double sum = 0;
    for (double[] runs : runsByTask) {
      double s = 0;
      for (double x : runs) {
        s += Math.min(x, gamma);
      }
      sum += s / runs.length;
    }
    return gamma - sum / runsByTask.length;
  }

  /** How many values scipy's {@code trim_mean(a, 0.25)} drops from each end. */
  static int trimCount(int n) {
    return (int) (0.25 * n);
  }

  static double[] taskMeans(double[][] runsByTask) {
    double[] means = new double[runsByTask.length];
    for (int t = 0; t < means.length; t++) {
      means[t] = average(runsByTask[t]);
    }
    return means;
  }

  static double average(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  /** Sorts {@code values} and returns its median. */
  static double medianInPlace(double[] values) {
    Arrays.sort(values);
    int n = values.length;
    return (n & 1) == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
  }

  static double[] pooled(double[][] runsByTask) {
    int n = 0;
    for (double[] r : runsByTask) {
      n += r.length;
    }
    double[] all = new double[n];
    int k = 0;
    for (double[] r : runsByTask) {
      System.arraycopy(r, 0, all, k, r.length);
      k += r.length;
    }
    return all;
  }
}
