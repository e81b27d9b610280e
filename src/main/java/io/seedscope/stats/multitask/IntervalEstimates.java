package io.seedscope.stats.multitask;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregate metrics with stratified-bootstrap percentile intervals, as rliable's {@code
 * get_interval_estimates} (Agarwal et al., NeurIPS 2021, section 3 and appendix A.1). A resample
 * draws, independently for every task, as many runs as the task has, with replacement, from that
 * task's runs; all requested metrics are computed on the same resamples. The interval is the
 * percentile interval of the replicates (rliable's default method).
 *
 * @param resamples bootstrap resamples per algorithm
 * @param level two-sided interval level
 * @param seed the seed every random stream derives from
 * @param gamma the optimality-gap target
 * @param algorithms one entry per algorithm, in the matrix order
 */
public record IntervalEstimates(
    int resamples, double level, long seed, double gamma, List<AlgorithmEstimates> algorithms) {

  public IntervalEstimates {
    algorithms = List.copyOf(algorithms);
  }

  /** The estimates of one algorithm, or null when absent. */
  public AlgorithmEstimates get(String algorithm) {
    for (AlgorithmEstimates a : algorithms) {
      if (a.algorithm().equals(algorithm)) {
        return a;
      }
    }
    return null;
  }

  /** {@link #compute(ScoreMatrix, Set, BootstrapOptions, double)} with gamma = 1. */
  public static IntervalEstimates compute(
      ScoreMatrix scores, Set<AggregateMetric> metrics, BootstrapOptions options) {
    return compute(scores, metrics, options, 1.0);
  }

  /**
   * Point estimates and percentile intervals of {@code metrics} for every algorithm. Each algorithm
   * has its own random streams, keyed by its name, so its intervals do not depend on which other
   * algorithms are present.
   */
  public static IntervalEstimates compute(
      ScoreMatrix scores, Set<AggregateMetric> metrics, BootstrapOptions options, double gamma) {
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("no metric requested");
    }
    List<AlgorithmEstimates> out = new ArrayList<>();
    for (String algorithm : scores.algorithms()) {
      double[][] runs = scores.byTask(algorithm);
      double[][] reps = replicates(runs, metrics, options, gamma, "aggregate/" + algorithm);
      Map<AggregateMetric, Estimate> estimates = new EnumMap<>(AggregateMetric.class);
      for (AggregateMetric m : metrics) {
        double[] ci = Resampling.percentileInterval(reps[m.ordinal()], options.level());
        estimates.put(m, new Estimate(m.of(runs, gamma), ci[0], ci[1]));
      }
      out.add(new AlgorithmEstimates(algorithm, estimates));
    }
    return new IntervalEstimates(options.resamples(), options.level(), options.seed(), gamma, out);
  }

  /**
   * Stratified-bootstrap replicates, indexed {@code [metric.ordinal()][resample]}; rows of metrics
   * not requested are null.
   */
  static double[][] replicates(
      double[][] runsByTask,
      Set<AggregateMetric> requested,
      BootstrapOptions options,
      double gamma,
      String streamKey) {
    Set<AggregateMetric> metrics = EnumSet.copyOf(requested);
    PooledRuns pool = new PooledRuns(runsByTask);
    int b = options.resamples();
    double[][] reps = new double[AggregateMetric.values().length][];
    for (AggregateMetric m : metrics) {
      reps[m.ordinal()] = new double[b];
    }
    boolean iqm = metrics.contains(AggregateMetric.IQM);
    boolean taskMeans =
        metrics.contains(AggregateMetric.MEAN) || metrics.contains(AggregateMetric.MEDIAN);
    boolean gap = metrics.contains(AggregateMetric.OPTIMALITY_GAP);
    boolean sums = taskMeans || gap;
    double[] iqmOut = reps[AggregateMetric.IQM.ordinal()];
    double[] meanOut = reps[AggregateMetric.MEAN.ordinal()];
    double[] medianOut = reps[AggregateMetric.MEDIAN.ordinal()];
    double[] gapOut = reps[AggregateMetric.OPTIMALITY_GAP.ordinal()];
    int tasks = pool.tasks;
    Resampling.run(
        options,
        streamKey,
        (from, to, rng) -> {
          int[] counts = new int[pool.size()];
          int[] draws = new int[pool.size()];
          double[] means = new double[tasks];
          double[] values = pool.values;
          int[] rank = pool.rank;
          for (int r = from; r < to; r++) {
            double gapSum = 0;
            for (int t = 0; t < tasks; t++) {
              int off = pool.offsets[t];
              int n = pool.runs(t);
              IndexDraws.fill(rng, n, draws, n);
              if (!sums) {
                for (int j = 0; j < n; j++) {
                  counts[rank[off + draws[j]]]++;
                }
                continue;
              }
              double sum = 0;
              double sumMin = 0;
              for (int j = 0; j < n; j++) {
                int i = off + draws[j];
                double v = values[i];
                sum += v;
                sumMin += Math.min(v, gamma);
                counts[rank[i]]++;
              }
              means[t] = sum / n;
              gapSum += sumMin / n;
            }
            if (iqm) {
              iqmOut[r] = pool.trimmedMeanOfCounts(counts, pool.size());
            } else {
              java.util.Arrays.fill(counts, 0);
            }
            if (gap) {
              gapOut[r] = gamma - gapSum / tasks;
            }
            if (taskMeans) {
              if (meanOut != null) {
                meanOut[r] = Aggregates.average(means);
              }
              if (medianOut != null) {
                medianOut[r] = Aggregates.medianInPlace(means);
              }
            }
          }
        });
    return reps;
  }
}
