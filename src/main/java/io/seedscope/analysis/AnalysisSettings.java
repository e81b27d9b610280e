package io.seedscope.analysis;

import io.seedscope.stats.IntervalMethod;
import io.seedscope.stats.StatsOptions;

/**
 * Everything that changes the numbers of an analysis; all of it is written into the JSON so that a
 * result can be reproduced.
 *
 * @param level confidence level of every interval
 * @param resamples bootstrap resamples per interval
 * @param seed seed of every resampling step
 * @param ciMethod the interval reported as {@code ci}
 * @param excludeOutliers leave robust outliers out of the statistics (they are listed either way)
 * @param outlierThreshold robust standard deviations from the median that make an outlier
 * @param determinismTolerance largest allowed absolute difference between repeats of a seed
 */
public record AnalysisSettings(
    double level,
    int resamples,
    long seed,
    IntervalMethod ciMethod,
    boolean excludeOutliers,
    double outlierThreshold,
    double determinismTolerance) {

  public static AnalysisSettings defaults() {
    return new AnalysisSettings(0.95, 10_000, 0, IntervalMethod.BCA, false, 3.5, 0.0);
  }

  public StatsOptions statsOptions(int threads) {
    return new StatsOptions(level, resamples, seed, ciMethod, threads);
  }
}
