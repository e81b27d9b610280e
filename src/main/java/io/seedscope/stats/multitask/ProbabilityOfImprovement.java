package io.seedscope.stats.multitask;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Average probability of improvement of algorithm {@code x} over {@code y} (Agarwal et al., NeurIPS
 * 2021, section 4.3; rliable's {@code probability_of_improvement}): for each task {@code P(X > Y) =
 * U / (n m)}, the Mann-Whitney U statistic of x's runs against y's with ties counting one half,
 * then averaged over tasks. The interval is a stratified bootstrap in which x's and y's runs are
 * resampled independently within every task (rliable's {@code StratifiedIndependentBootstrap}),
 * percentile method.
 *
 * @param x the algorithm claimed to improve
 * @param y the baseline
 * @param estimate the average probability of improvement
 * @param low lower interval bound
 * @param high upper interval bound
 * @param perTask {@code P(X > Y)} of each task, in the matrix order
 * @param resamples bootstrap resamples
 * @param level two-sided interval level
 * @param seed the seed the random streams derive from
 */
public record ProbabilityOfImprovement(
    String x,
    String y,
    double estimate,
    double low,
    double high,
    Map<String, Double> perTask,
    int resamples,
    double level,
    long seed) {

  public ProbabilityOfImprovement {
    perTask = Collections.unmodifiableMap(new LinkedHashMap<>(perTask));
  }

  /** P(x > y) on the tasks of {@code scores}, with its bootstrap interval. */
  public static ProbabilityOfImprovement compute(
      ScoreMatrix scores, String x, String y, BootstrapOptions options) {
    double[][] xs = scores.byTask(x);
    double[][] ys = scores.byTask(y);
    Map<String, Double> perTask = new LinkedHashMap<>();
    double sum = 0;
    for (int t = 0; t < xs.length; t++) {
      double p = taskProbability(xs[t], ys[t]);
      perTask.put(scores.tasks().get(t), p);
      sum += p;
    }
    double[] reps = replicates(xs, ys, options, "poi/" + x + "/" + y);
    double[] ci = Resampling.percentileInterval(reps, options.level());
    return new ProbabilityOfImprovement(
        x,
        y,
        sum / xs.length,
        ci[0],
        ci[1],
        perTask,
        options.resamples(),
        options.level(),
        options.seed());
  }

  /** {@code U / (n m)}: the fraction of run pairs where x beats y, ties counting one half. */
  public static double taskProbability(double[] x, double[] y) {
    double wins = 0;
    for (double a : x) {
      for (double b : y) {
        wins += a > b ? 1 : a == b ? 0.5 : 0;
      }
    }
    return wins / ((double) x.length * y.length);
  }

  /** Bootstrap replicates of the average probability of improvement. */
  static double[] replicates(double[][] xs, double[][] ys, BootstrapOptions options, String key) {
    int m = xs.length;
    // Per task: x's and y's runs sorted, and for each sorted x how many y runs are below it and
    // at most it; a resample's U is then a dot product of x counts with prefix sums of y counts,
    // O(n + m) instead of O(n m).
    int[][] xRank = new int[m][];
    int[][] yRank = new int[m][];
    int[][] below = new int[m][];
    int[][] atMost = new int[m][];
    int width = 0;
    for (int t = 0; t < m; t++) {
      PooledRuns px = new PooledRuns(new double[][] {xs[t]});
      PooledRuns py = new PooledRuns(new double[][] {ys[t]});
      xRank[t] = px.rank;
      yRank[t] = py.rank;
      below[t] = new int[xs[t].length];
      atMost[t] = new int[xs[t].length];
      for (int i = 0; i < xs[t].length; i++) {
        below[t][i] = count(py.sorted, px.sorted[i], false);
        atMost[t][i] = count(py.sorted, px.sorted[i], true);
      }
      width = Math.max(width, Math.max(xs[t].length, ys[t].length));
    }
    double[] reps = new double[options.resamples()];
    int w = width;
    Resampling.run(
        options,
        key,
        (from, to, rng) -> {
          int[] cx = new int[w];
          int[] cy = new int[w + 1];
          for (int r = from; r < to; r++) {
            double sum = 0;
            for (int t = 0; t < m; t++) {
              int n = xs[t].length;
              int k = ys[t].length;
              Arrays.fill(cx, 0, n, 0);
              Arrays.fill(cy, 0, k + 1, 0);
              for (int j = 0; j < n; j++) {
                cx[xRank[t][rng.nextInt(n)]]++;
              }
              for (int j = 0; j < k; j++) {
                cy[yRank[t][rng.nextInt(k)] + 1]++;
              }
              for (int p = 1; p <= k; p++) {
                cy[p] += cy[p - 1];
              }
              long twiceWins = 0;
              for (int i = 0; i < n; i++) {
                if (cx[i] != 0) {
                  twiceWins += (long) cx[i] * (cy[below[t][i]] + cy[atMost[t][i]]);
                }
              }
              sum += twiceWins / (2.0 * n * k);
            }
            reps[r] = sum / m;
          }
        });
    return reps;
  }

  /** Number of elements of sorted {@code a} below {@code x} (or at most {@code x}). */
  private static int count(double[] a, double x, boolean inclusive) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < x || (inclusive && a[mid] == x)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
