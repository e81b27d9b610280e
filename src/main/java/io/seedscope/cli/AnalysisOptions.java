package io.seedscope.cli;

import io.seedscope.analysis.AnalysisSettings;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.InputException;
import io.seedscope.stats.IntervalMethod;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Options shared by every command that analyzes results. */
public final class AnalysisOptions {

  @Option(
      names = "--metric",
      paramLabel = "M",
      description = "The metric column to analyze (required when there are several).")
  String metric;

  @Option(
      names = "--goal",
      paramLabel = "maximize|minimize",
      description = "Which direction is better (default maximize, or the spec's).")
  String goal;

  @Option(
      names = "--aggregate",
      paramLabel = "last|mean-last:K|max|auc",
      description = "How a run's curve becomes one number (default last, or the spec's).")
  String aggregate;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "0",
      description = "Seed of every resampling step (default 0).")
  long seed;

  @Option(
      names = "--level",
      paramLabel = "L",
      defaultValue = "0.95",
      description = "Confidence level (default 0.95).")
  double level;

  @Option(
      names = "--resamples",
      paramLabel = "B",
      defaultValue = "10000",
      description = "Bootstrap resamples per interval (default 10000).")
  int resamples;

  @Option(
      names = "--ci",
      paramLabel = "bca|percentile|t",
      defaultValue = "bca",
      description = "The interval reported as ci (default bca).")
  String ci;

  @Option(
      names = "--exclude-outliers",
      description = "Leave robust outliers out of the statistics (they are always listed).")
  boolean excludeOutliers;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for resampling (default: all cores; results do not depend on it).")
  Integer threads;

  @Option(
      names = "--reference",
      paramLabel = "FILE",
      description =
          "Reference scores per task (CSV task,low,high, e.g. random and human) for the multi-task"
              + " normalization (default: each task's observed range).")
  java.nio.file.Path reference;

  @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
  picocli.CommandLine.Model.CommandSpec mixee;

  /** The command line as typed, for the manifest. */
  java.util.List<String> args() {
    try {
      return mixee.commandLine().getParseResult().originalArgs();
    } catch (RuntimeException e) {
      return java.util.List.of();
    }
  }

  Goal goal(Goal fallback) {
    if (goal == null) {
      return fallback;
    }
    try {
      return Goal.parse(goal);
    } catch (IllegalArgumentException e) {
      throw new InputException("--" + e.getMessage());
    }
  }

  CurveAggregate aggregate(CurveAggregate fallback) {
    if (aggregate == null) {
      return fallback;
    }
    try {
      return CurveAggregate.parse(aggregate);
    } catch (IllegalArgumentException e) {
      throw new InputException("--" + e.getMessage());
    }
  }

  AnalysisSettings settings() {
    if (!(level > 0 && level < 1)) {
      throw new InputException("--level must be between 0 and 1 (exclusive), not " + level);
    }
    if (resamples < 100) {
      throw new InputException("--resamples must be at least 100, not " + resamples);
    }
    threads();
    IntervalMethod method;
    switch (ci.toLowerCase(Locale.ROOT)) {
      case "bca":
        method = IntervalMethod.BCA;
        break;
      case "percentile":
        method = IntervalMethod.PERCENTILE;
        break;
      case "t":
        method = IntervalMethod.T;
        break;
      default:
        throw new InputException("--ci must be bca, percentile or t, not '" + ci + "'");
    }
    AnalysisSettings d = AnalysisSettings.defaults();
    return new AnalysisSettings(
        level,
        resamples,
        seed,
        method,
        excludeOutliers,
        d.outlierThreshold(),
        d.determinismTolerance());
  }

  /**
   * Fails on any malformed value now, so that a command that runs experiments first ({@code run},
   * {@code demo}) rejects a typo before anything runs rather than after.
   */
  void validate() {
    goal(Goal.MAXIMIZE);
    aggregate(CurveAggregate.LAST);
    settings();
    if (reference != null) {
      io.seedscope.analysis.ReferenceScores.read(reference);
    }
  }

  int threads() {
    if (threads == null) {
      return Runtime.getRuntime().availableProcessors();
    }
    if (threads < 1) {
      throw new InputException("--threads must be at least 1, not " + threads);
    }
    return threads;
  }
}
