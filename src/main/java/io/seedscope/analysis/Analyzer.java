package io.seedscope.analysis;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import io.seedscope.model.SeedValues;
import io.seedscope.stats.GroupStatistics;
import io.seedscope.stats.Reproducibility;
import io.seedscope.stats.SeedPower;
import io.seedscope.stats.StatsOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a result set into an {@link Analysis}: statistics per group, comparisons, seed-count
 * advice, learning curves, reproducibility checks, and the runs left out and why. Pure: the same
 * result set and settings give the same analysis, whatever the number of threads.
 *
 * <p>Every statistic sees one value per seed: repeats of a seed are averaged ({@link SeedValues}),
 * so a group's {@code n} is its number of seeds, and repeats that disagree are a warning.
 */
public final class Analyzer {

  /** CI half-width target (share of |mean|) for the seed-count advice. */
  public static final double PRECISION_TARGET = 0.05;

  private final AnalysisSettings settings;
  private final ComparisonSettings compare;
  private final int threads;
  private final List<AnalysisSection> extraSections;

  public Analyzer(AnalysisSettings settings, int threads) {
    this(settings, ComparisonSettings.defaults(), threads, List.of());
  }

  /**
   * @param extraSections optional steps (multi-task aggregates, sensitivity) that add a section
   */
  public Analyzer(
      AnalysisSettings settings,
      ComparisonSettings compare,
      int threads,
      List<AnalysisSection> extraSections) {
    this.settings = settings;
    this.compare = compare;
    this.threads = Math.max(1, threads);
    this.extraSections = List.copyOf(extraSections);
  }

  /** An optional part of the analysis computed from the same result set. */
  public interface AnalysisSection {
    /** The section's JSON name ({@code multitask}, {@code importance}). */
    String name();

    /** The section, or null when the data does not call for it. */
    Object compute(
        ResultSet results, AnalysisSettings settings, int threads, List<String> warnings);
  }

  /**
   * The runs of outlying seeds when {@code settings} asks to leave them out ({@code
   * --exclude-outliers}), for commands that compute their statistics without an analysis (gate,
   * claims); empty otherwise. A warning saying so is added to {@code warnings}.
   */
  public static Set<String> outlyingRuns(
      ResultSet results, AnalysisSettings settings, List<String> warnings) {
    if (!settings.excludeOutliers()) {
      return Set.of();
    }
    List<Reproducibility.Outlier> outliers =
        Reproducibility.outliers(results.runs(), settings.outlierThreshold());
    Set<String> excluded = Reproducibility.runIdsOf(outliers);
    if (!excluded.isEmpty()) {
      warnings.add(exclusionWarning(outliers, excluded));
    }
    return excluded;
  }

  private static String exclusionWarning(
      List<Reproducibility.Outlier> outliers, Set<String> excluded) {
    return outliers.size()
        + " outlying seed(s) ("
        + excluded.size()
        + " run(s)) are left out of the statistics (--exclude-outliers)";
  }

  public Analysis analyze(ResultSet results) {
    StatsOptions opts = settings.statsOptions(threads);
    List<String> warnings = new ArrayList<>(results.warnings());
    List<Reproducibility.Outlier> outliers =
        Reproducibility.outliers(results.runs(), settings.outlierThreshold());
    Set<String> excluded =
        settings.excludeOutliers() ? Reproducibility.runIdsOf(outliers) : Set.of();
    if (!excluded.isEmpty()) {
      warnings.add(exclusionWarning(outliers, excluded));
    }
    ResultSet statistical = results.without(excluded);
    record Pending(GroupKey key, double[] values, int runs, int divergent, int failed, long seed) {}
    List<Pending> pending = new ArrayList<>();
    List<RunNote> divergent = new ArrayList<>();
    List<RunNote> failed = new ArrayList<>();
    Map<GroupKey, double[]> values = new TreeMap<>();
    int ok = 0;
    int cancelled = 0;
    long groupIndex = 0;
    for (Map.Entry<GroupKey, List<Run>> e : results.byGroup().entrySet()) {
      GroupKey key = e.getKey();
      int nDivergent = 0;
      int nFailed = 0;
      List<Run> kept = new ArrayList<>();
      for (Run r : e.getValue()) {
        if (r.isOk()) {
          ok++;
          if (!excluded.contains(r.runId())) {
            kept.add(r);
          }
        } else if (r.status() == RunStatus.DIVERGENT) {
          nDivergent++;
          divergent.add(note(r));
        } else {
          if (r.status() == RunStatus.CANCELLED) {
            cancelled++;
          }
          nFailed++;
          failed.add(note(r));
        }
      }
      // One value per seed: repeats of a seed are one observation, not K (see SeedValues).
      double[] arr = SeedValues.values(kept);
      values.put(key, arr);
      // Each group resamples from its own stream, so adding a group changes no other group.
      pending.add(
          new Pending(
              key,
              arr,
              e.getValue().size(),
              nDivergent,
              nFailed,
              derive(settings.seed(), groupIndex++)));
      if (nDivergent > 0) {
        warnings.add(
            key.label()
                + ": "
                + nDivergent
                + " divergent run(s) (NaN or infinite "
                + results.metric()
                + ") are left out of the statistics");
      }
    }
    List<Reproducibility.DeterminismCheck> determinism =
        Reproducibility.determinism(results.runs(), settings.determinismTolerance());
    warnings.addAll(DeterminismWarnings.of(determinism, settings.determinismTolerance()));
    StatsOptions single = opts.withThreads(1);
    record Done(GroupKey key, GroupResult group, Analysis.GroupSeeds seeds) {}
    List<Done> done =
        Parallel.map(
            pending,
            threads,
            p -> {
              GroupKey key = p.key();
              Map<String, Object> config = jsonConfig(key.config());
              GroupStatistics s = GroupStatistics.of(p.values(), single.withSeed(p.seed()));
              return new Done(
                  key,
                  GroupResult.of(
                      key.implementation(),
                      key.task(),
                      config,
                      p.runs(),
                      p.divergent(),
                      p.failed(),
                      s),
                  new Analysis.GroupSeeds(
                      key.implementation(),
                      key.task(),
                      config,
                      SeedPower.precision(p.values(), settings.level(), PRECISION_TARGET),
                      SeedPower.widthCurve(
                          p.values(),
                          settings.level(),
                          SeedPower.DEFAULT_SUBSAMPLES,
                          derive(p.seed(), 1))));
            });
    for (Done d : done) {
      SeedPower.CiPrecision precision = d.seeds().precision();
      if ((precision.n() >= 2 && precision.halfWidth() == null)
          || d.seeds().widthCurve().stream().anyMatch(w -> w.median() == null)) {
        warnings.add(
            d.key().label()
                + ": t-interval widths beyond the largest double are null in the seed planning");
      }
    }
    List<GroupResult> groups = done.stream().map(Done::group).toList();
    List<Analysis.GroupSeeds> groupSeeds = done.stream().map(Done::seeds).toList();
    ComparisonStep.Result comparisons =
        new ComparisonStep(settings, compare, threads).run(statistical, values);
    List<CurveStep.GroupCurve> curves = new CurveStep(settings.level()).run(results);
    Map<String, Object> extras = new LinkedHashMap<>();
    for (AnalysisSection section : extraSections) {
      // Sensitivity measures seed noise itself: trimming outlying seeds would understate it.
      ResultSet input = section.name().equals("importance") ? results : statistical;
      extras.put(section.name(), section.compute(input, settings, threads, warnings));
    }
    return new Analysis(
        Analysis.SCHEMA,
        results.metric(),
        results.goal().label(),
        results.aggregate().toString(),
        new Analysis.Settings(
            settings.level(),
            settings.resamples(),
            settings.seed(),
            settings.ciMethod().label(),
            settings.excludeOutliers(),
            settings.outlierThreshold(),
            settings.determinismTolerance(),
            compare.alternative().label(),
            compare.paired(),
            compare.test()),
        new Analysis.Counts(
            results.runs().size(), ok, divergent.size(), failed.size() - cancelled, cancelled),
        groups,
        comparisons.comparisons(),
        new Analysis.Seeds(groupSeeds, comparisons.seeds()),
        curves,
        extras.get("multitask"),
        extras.get("importance"),
        new Analysis.Reproducibility(determinism, outliers),
        divergent,
        failed,
        warnings);
  }

  /** A seed for one part of the analysis, derived from the user's seed (SplitMix64 finalizer). */
  static long derive(long seed, long index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static RunNote note(Run r) {
    return new RunNote(
        r.runId(),
        r.key().implementation(),
        r.key().task(),
        r.seed(),
        r.status().name().toLowerCase(Locale.ROOT),
        r.reason());
  }

  /** Parameter values as JSON numbers where they are numbers, text otherwise. */
  static Map<String, Object> jsonConfig(Config config) {
    Map<String, Object> out = new LinkedHashMap<>();
    config
        .values()
        .forEach(
            (k, v) -> {
              Object value = v;
              try {
                if (v.matches("[-+]?\\d{1,18}")) {
                  value = Long.parseLong(v);
                } else {
                  double d = Double.parseDouble(v);
                  if (Double.isFinite(d)) {
                    value = d;
                  }
                }
              } catch (NumberFormatException ex) {
                // categorical value: keep the text
              }
              out.put(k, value);
            });
    return out;
  }
}
