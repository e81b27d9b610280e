package io.seedscope.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.seedscope.stats.SeedPower;
import io.seedscope.stats.TwoSampleComparison;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable result of {@code seedscope analyze}: the root of {@code analysis.json}. Its
 * schema is documented in the README ("analysis.json"); {@link #SCHEMA} changes whenever a field
 * changes meaning. Nothing here depends on the time or the machine (that goes to {@code
 * manifest.json}), so the same input and options give byte-identical JSON.
 *
 * @param groups statistics per implementation x task x config
 * @param comparisons implementations compared within a task and configuration
 * @param seeds how many seeds: per group CI precision and width curve, per comparison the seeds
 *     needed
 * @param curves learning curves per group (data with steps only)
 * @param multitask rliable-style aggregates across tasks (several tasks only), or null
 * @param importance hyperparameter sensitivity (several configurations only), or null
 * @param reproducibility determinism of repeated seeds and outlying runs
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Analysis(
    String schema,
    String metric,
    String goal,
    String aggregate,
    Settings settings,
    Counts counts,
    List<GroupResult> groups,
    List<TwoSampleComparison> comparisons,
    Seeds seeds,
    List<CurveStep.GroupCurve> curves,
    Object multitask,
    Object importance,
    Reproducibility reproducibility,
    List<RunNote> divergent,
    List<RunNote> failed,
    List<String> warnings) {

  public static final String SCHEMA = "seedscope.analysis/2";

  /**
   * How many runs the analysis saw, by fate: {@code failed} counts the runs that failed, timed out
   * or logged no value of the metric; runs stopped by the user are {@code cancelled}, apart, since
   * they say nothing about the code. Both kinds are listed in {@code failed[]} with their status.
   */
  public record Counts(int runs, int ok, int divergent, int failed, int cancelled) {}

  /** The settings that produced the numbers. */
  public record Settings(
      double level,
      int resamples,
      long seed,
      String ciMethod,
      boolean excludeOutliers,
      double outlierThreshold,
      double determinismTolerance,
      String alternative,
      boolean paired,
      String test) {}

  /** The seed-count advice. */
  public record Seeds(List<GroupSeeds> groups, List<ComparisonStep.SeedAdvice> comparisons) {}

  /** One group's interval precision now and the width of the t interval against seed count. */
  public record GroupSeeds(
      String implementation,
      String task,
      Map<String, Object> config,
      SeedPower.CiPrecision precision,
      List<SeedPower.WidthPoint> widthCurve) {}

  /** Repeated seeds that disagree, and runs far from their group's median. */
  public record Reproducibility(
      List<io.seedscope.stats.Reproducibility.DeterminismCheck> determinism,
      List<io.seedscope.stats.Reproducibility.Outlier> outliers) {}
}
