package io.seedscope.stats.multitask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Performance profiles (Agarwal et al., NeurIPS 2021, section 4.2; rliable's {@code
 * create_performance_profile}): the fraction of runs (or of task means) above each threshold tau,
 * with stratified-bootstrap percentile bands (rliable default: 2,000 resamples, see {@link
 * BootstrapOptions#PROFILE_RESAMPLES}).
 *
 * @param kind score distribution or average-score distribution
 * @param taus the thresholds
 * @param resamples bootstrap resamples per algorithm
 * @param level two-sided band level
 * @param seed the seed every random stream derives from
 * @param algorithms one profile per algorithm, in the matrix order
 */
public record PerformanceProfile(
    ProfileKind kind,
    List<Double> taus,
    int resamples,
    double level,
    long seed,
    List<Profile> algorithms) {

  public PerformanceProfile {
    taus = List.copyOf(taus);
    algorithms = List.copyOf(algorithms);
  }

  /** The profile of one algorithm, or null when absent. */
  public Profile get(String algorithm) {
    for (Profile p : algorithms) {
      if (p.algorithm().equals(algorithm)) {
        return p;
      }
    }
    return null;
  }

  /** {@code points} evenly spaced thresholds from {@code from} to {@code to} inclusive. */
  public static double[] linspace(double from, double to, int points) {
    if (points < 2) {
      return new double[] {from};
    }
    double[] taus = new double[points];
    for (int i = 0; i < points; i++) {
      taus[i] = from + (to - from) * i / (points - 1);
    }
    return taus;
  }

  /** Profiles of every algorithm of {@code scores} at thresholds {@code taus}. */
  public static PerformanceProfile compute(
      ScoreMatrix scores, double[] taus, ProfileKind kind, BootstrapOptions options) {
    List<Profile> out = new ArrayList<>();
    for (String algorithm : scores.algorithms()) {
      double[][] runs = scores.byTask(algorithm);
      double[] point = pointEstimate(runs, taus, kind);
      double[][] reps = replicates(runs, taus, kind, options, "profile/" + kind + "/" + algorithm);
      List<Double> est = new ArrayList<>();
      List<Double> lo = new ArrayList<>();
      List<Double> hi = new ArrayList<>();
      for (int k = 0; k < taus.length; k++) {
        double[] ci = Resampling.percentileInterval(reps[k], options.level());
        est.add(point[k]);
        lo.add(ci[0]);
        hi.add(ci[1]);
      }
      out.add(new Profile(algorithm, est, lo, hi));
    }
    List<Double> tauList = new ArrayList<>();
    for (double t : taus) {
      tauList.add(t);
    }
    return new PerformanceProfile(
        kind, tauList, options.resamples(), options.level(), options.seed(), out);
  }

  /** The profile of one algorithm's runs (indexed by task) at each threshold. */
  public static double[] pointEstimate(double[][] runsByTask, double[] taus, ProfileKind kind) {
    int m = runsByTask.length;
    double[] out = new double[taus.length];
    if (kind == ProfileKind.AVERAGE_SCORE_DISTRIBUTION) {
      double[] means = Aggregates.taskMeans(runsByTask);
      for (int k = 0; k < taus.length; k++) {
        int above = 0;
        for (double v : means) {
          above += v > taus[k] ? 1 : 0;
        }
        out[k] = (double) above / m;
      }
      return out;
    }
    for (int k = 0; k < taus.length; k++) {
      double sum = 0;
      for (double[] runs : runsByTask) {
        int above = 0;
        for (double v : runs) {
          above += v > taus[k] ? 1 : 0;
        }
        sum += (double) above / runs.length;
      }
      out[k] = sum / m;
    }
    return out;
  }

  /** Replicates indexed {@code [tau][resample]}. */
  static double[][] replicates(
      double[][] runsByTask,
      double[] taus,
      ProfileKind kind,
      BootstrapOptions options,
      String streamKey) {
    int m = runsByTask.length;
    int b = options.resamples();
    double[][] reps = new double[taus.length][b];
    // Sorted runs per task, and for every tau the number of a task's runs <= tau: the fraction of
    // a resample above tau is then read from prefix sums of the resampled counts by sorted
    // position, without comparing every resampled run with every tau.
    double[][] sorted = new double[m][];
    int[][] localRank = new int[m][];
    int[][] atMost = new int[m][taus.length];
    int maxRuns = 0;
    for (int t = 0; t < m; t++) {
      PooledRuns task = new PooledRuns(new double[][] {runsByTask[t]});
      sorted[t] = task.sorted;
      localRank[t] = task.rank;
      maxRuns = Math.max(maxRuns, sorted[t].length);
      for (int k = 0; k < taus.length; k++) {
        atMost[t][k] = upperBound(sorted[t], sorted[t].length, taus[k]);
      }
    }
    int width = maxRuns;
    Resampling.run(
        options,
        streamKey,
        (from, to, rng) -> {
          int[] counts = new int[width + 1];
          double[] means = new double[m];
          for (int r = from; r < to; r++) {
            for (int t = 0; t < m; t++) {
              double[] runs = runsByTask[t];
              int n = runs.length;
              if (kind == ProfileKind.AVERAGE_SCORE_DISTRIBUTION) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                  sum += runs[rng.nextInt(n)];
                }
                means[t] = sum / n;
                continue;
              }
              Arrays.fill(counts, 0, n + 1, 0);
              for (int j = 0; j < n; j++) {
                counts[localRank[t][rng.nextInt(n)] + 1]++;
              }
              for (int p = 1; p <= n; p++) {
                counts[p] += counts[p - 1];
              }
              for (int k = 0; k < taus.length; k++) {
                reps[k][r] += (double) (n - counts[atMost[t][k]]) / n / m;
              }
            }
            if (kind == ProfileKind.AVERAGE_SCORE_DISTRIBUTION) {
              Arrays.sort(means);
              for (int k = 0; k < taus.length; k++) {
                reps[k][r] = (double) (m - upperBound(means, m, taus[k])) / m;
              }
            }
          }
        });
    return reps;
  }

  /** Number of elements of sorted {@code a[0..n)} that are {@code <= x}. */
  private static int upperBound(double[] a, int n, double x) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
