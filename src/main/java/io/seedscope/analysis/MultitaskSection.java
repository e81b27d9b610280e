package io.seedscope.analysis;

import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.SeedValues;
import io.seedscope.stats.curves.Curve;
import io.seedscope.stats.curves.SampleEfficiency;
import io.seedscope.stats.curves.StepGrid;
import io.seedscope.stats.multitask.AggregateMetric;
import io.seedscope.stats.multitask.BootstrapOptions;
import io.seedscope.stats.multitask.IntervalEstimates;
import io.seedscope.stats.multitask.Normalization;
import io.seedscope.stats.multitask.PerformanceProfile;
import io.seedscope.stats.multitask.ProbabilityOfImprovement;
import io.seedscope.stats.multitask.ProfileKind;
import io.seedscope.stats.multitask.ScoreMatrix;
import io.seedscope.stats.multitask.ScoreRange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * rliable's toolbox across tasks (Agarwal et al., NeurIPS 2021): scores normalized per task, then
 * IQM, median, mean and optimality gap with stratified-bootstrap intervals, performance profiles
 * and the probability of improvement of every implementation over every other, and, for curves,
 * sample-efficiency IQM curves. Only when at least two implementations share at least two tasks.
 * Every score is a seed's (the mean of its repeats, {@link SeedValues}), as a run is in rliable.
 *
 * <p>Normalization: min-max per task from given reference scores (e.g. random and human), or, when
 * none are given, over every run of every implementation (the worst run seen is 0, the best is 1),
 * since result files rarely carry random/human reference scores. For a minimized metric the scale
 * is flipped so that 1 is always best, as rliable assumes.
 */
public final class MultitaskSection implements Analyzer.AnalysisSection {

  /**
   * The section as written to JSON.
   *
   * @param ranges per task, the normalization range in the metric's own units, as {@code
   *     --reference} takes it: {@code (x - low) / (high - low)} when maximizing, {@code (high - x)
   *     / (high - low)} when minimizing (the metric is negated inside, but a reader compares these
   *     with the data)
   */
  public record Multitask(
      String normalization,
      List<String> tasks,
      List<String> implementations,
      Map<String, ScoreRange> ranges,
      IntervalEstimates intervalEstimates,
      PerformanceProfile performanceProfile,
      List<ProbabilityOfImprovement> probabilityOfImprovement,
      SampleEfficiency sampleEfficiency) {}

  private final Map<String, ScoreRange> reference;

  /** Normalizes by the observed range of each task. */
  public MultitaskSection() {
    this(null);
  }

  /**
   * @param reference per task, the scores that map to 0 and 1 (e.g. random and human); null to use
   *     the observed range
   */
  public MultitaskSection(Map<String, ScoreRange> reference) {
    this.reference = reference;
  }

  @Override
  public String name() {
    return "multitask";
  }

  @Override
  public Object compute(
      ResultSet results, AnalysisSettings settings, int threads, List<String> warnings) {
    // implementation -> task -> finite final values (first configuration per task: one config per
    // implementation and task is what a multi-task benchmark has)
    Map<String, Map<String, List<Double>>> values = new TreeMap<>();
    Map<String, Map<String, List<Curve>>> curves = new TreeMap<>();
    Map<String, Set<String>> configsSeen = new TreeMap<>();
    for (Map.Entry<GroupKey, List<Run>> e : results.byGroup().entrySet()) {
      GroupKey k = e.getKey();
      configsSeen
          .computeIfAbsent(k.implementation() + "\u0000" + k.task(), x -> new TreeSet<>())
          .add(k.config().canonical());
      // One score and one curve per seed: repeats of a seed are one observation (SeedValues).
      for (double v : SeedValues.values(e.getValue())) {
        values
            .computeIfAbsent(k.implementation(), x -> new TreeMap<>())
            .computeIfAbsent(k.task(), x -> new ArrayList<>())
            .add(v);
      }
      List<Curve> seedCurves = CurveStep.seedCurves(e.getValue());
      if (!seedCurves.isEmpty()) {
        curves
            .computeIfAbsent(k.implementation(), x -> new TreeMap<>())
            .computeIfAbsent(k.task(), x -> new ArrayList<>())
            .addAll(seedCurves);
      }
    }
    if (configsSeen.values().stream().anyMatch(s -> s.size() > 1)) {
      return null; // a sweep, not a benchmark over tasks
    }
    Set<String> common = null;
    for (Map<String, List<Double>> byTask : values.values()) {
      if (common == null) {
        common = new TreeSet<>(byTask.keySet());
      } else {
        common.retainAll(byTask.keySet());
      }
    }
    if (values.size() < 2 || common == null || common.size() < 2) {
      return null;
    }
    Set<String> allTasks = new TreeSet<>();
    values.values().forEach(m -> allTasks.addAll(m.keySet()));
    if (allTasks.size() > common.size()) {
      allTasks.removeAll(common);
      warnings.add(
          "multi-task aggregates use the "
              + common.size()
              + " tasks every implementation ran; left out: "
              + String.join(", ", allTasks));
    }
    double sign = results.goal() == Goal.MINIMIZE ? -1 : 1;
    Map<String, Map<String, double[]>> raw = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, List<Double>>> e : values.entrySet()) {
      Map<String, double[]> byTask = new LinkedHashMap<>();
      for (String task : common) {
        byTask.put(task, e.getValue().get(task).stream().mapToDouble(v -> sign * v).toArray());
      }
      raw.put(e.getKey(), byTask);
    }
    ScoreMatrix matrix = ScoreMatrix.of(raw);
    Map<String, ScoreRange> ranges;
    if (reference == null) {
      ranges = Normalization.observedRanges(matrix);
    } else {
      ranges = new LinkedHashMap<>();
      for (String task : common) {
        ScoreRange r = reference.get(task);
        if (r == null) {
          throw new io.seedscope.model.InputException(
              "--reference has no scores for task '" + task + "'");
        }
        // A minimized metric was negated above: its reference range flips with it.
        ranges.put(task, sign > 0 ? r : new ScoreRange(-r.high(), -r.low()));
      }
    }
    ScoreMatrix normalized = Normalization.minMax(matrix, ranges);
    BootstrapOptions aggregate =
        new BootstrapOptions(
            BootstrapOptions.AGGREGATE_RESAMPLES, settings.level(), settings.seed(), threads);
    BootstrapOptions profile =
        new BootstrapOptions(
            BootstrapOptions.PROFILE_RESAMPLES, settings.level(), settings.seed(), threads);
    IntervalEstimates estimates =
        IntervalEstimates.compute(normalized, EnumSet.allOf(AggregateMetric.class), aggregate);
    PerformanceProfile profiles =
        PerformanceProfile.compute(
            normalized,
            PerformanceProfile.linspace(0, 1, 51),
            ProfileKind.SCORE_DISTRIBUTION,
            profile);
    List<ProbabilityOfImprovement> poi = new ArrayList<>();
    List<String> names = new ArrayList<>(values.keySet());
    for (String x : names) {
      for (String y : names) {
        if (!x.equals(y)) {
          poi.add(ProbabilityOfImprovement.compute(normalized, x, y, aggregate));
        }
      }
    }
    SampleEfficiency efficiency = sampleEfficiency(curves, common, ranges, sign, settings, threads);
    return new Multitask(
        (reference == null
                ? "min-max per task over all runs"
                : "min-max per task from reference scores")
            + (sign < 0 ? " (minimized metric: flipped so 1 is best)" : ""),
        List.copyOf(common),
        names,
        inDataUnits(ranges, sign),
        estimates,
        profiles,
        poi,
        efficiency);
  }

  /** Ranges of the (possibly negated) scores back in the metric's units: low <= high again. */
  private static Map<String, ScoreRange> inDataUnits(Map<String, ScoreRange> ranges, double sign) {
    if (sign > 0) {
      return ranges;
    }
    Map<String, ScoreRange> out = new LinkedHashMap<>();
    ranges.forEach((task, r) -> out.put(task, new ScoreRange(-r.high(), -r.low())));
    return out;
  }

  private static SampleEfficiency sampleEfficiency(
      Map<String, Map<String, List<Curve>>> curves,
      Set<String> tasks,
      Map<String, ScoreRange> ranges,
      double sign,
      AnalysisSettings settings,
      int threads) {
    Map<String, Map<String, List<Curve>>> normalized = new LinkedHashMap<>();
    List<Curve> all = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Curve>>> e : curves.entrySet()) {
      Map<String, List<Curve>> byTask = new LinkedHashMap<>();
      for (String task : tasks) {
        List<Curve> runs = e.getValue().get(task);
        if (runs == null || runs.isEmpty()) {
          return null;
        }
        ScoreRange r = ranges.get(task);
        List<Curve> scaled = new ArrayList<>();
        for (Curve c : runs) {
          double[] v = c.values();
          for (int i = 0; i < v.length; i++) {
            v[i] = (sign * v[i] - r.low()) / (r.high() - r.low());
          }
          scaled.add(new Curve(c.steps(), v));
        }
        byTask.put(task, scaled);
        all.addAll(scaled);
      }
      normalized.put(e.getKey(), byTask);
    }
    if (normalized.size() < 2) {
      return null;
    }
    return SampleEfficiency.iqm(
        normalized,
        StepGrid.choose(all),
        new BootstrapOptions(
            BootstrapOptions.PROFILE_RESAMPLES, settings.level(), settings.seed(), threads));
  }
}
