package io.seedscope.analysis;

import io.seedscope.stats.GroupStatistics;
import io.seedscope.stats.Interval;
import io.seedscope.stats.Intervals;
import java.util.List;
import java.util.Map;

/**
 * One group's line of the analysis: who it is, how many runs it had, and its statistics over the
 * seeds that finished with a finite metric.
 *
 * @param config parameter name to value (numbers as JSON numbers)
 * @param runs all runs of the group, whatever their status
 * @param divergent runs whose metric is NaN or infinite (left out of the statistics)
 * @param failed runs that failed, timed out, logged no metric or were cancelled
 * @param n seeds in the statistics: repeats of a seed count once, as the mean of its OK repeats
 *     ({@link io.seedscope.model.SeedValues})
 */
public record GroupResult(
    String implementation,
    String task,
    Map<String, Object> config,
    int runs,
    int divergent,
    int failed,
    int n,
    Double mean,
    Double std,
    Double sem,
    Double median,
    Double iqm,
    Double min,
    Double max,
    Double cv,
    Interval ci,
    Intervals intervals,
    List<String> warnings) {

  static GroupResult of(
      String implementation,
      String task,
      Map<String, Object> config,
      int runs,
      int divergent,
      int failed,
      GroupStatistics s) {
    return new GroupResult(
        implementation,
        task,
        config,
        runs,
        divergent,
        failed,
        s.n(),
        s.mean(),
        s.std(),
        s.sem(),
        s.median(),
        s.iqm(),
        s.min(),
        s.max(),
        s.cv(),
        s.ci(),
        s.intervals(),
        s.warnings());
  }
}
