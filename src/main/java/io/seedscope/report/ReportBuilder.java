package io.seedscope.report;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.CurveStep;
import io.seedscope.analysis.GroupResult;
import io.seedscope.analysis.Manifest;
import io.seedscope.analysis.RunNote;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.SeedValues;
import io.seedscope.report.model.CurvePanel;
import io.seedscope.report.model.DistributionPanel;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.ReproSection;
import io.seedscope.report.model.SeedsSection;
import io.seedscope.report.model.SummaryRow;
import io.seedscope.report.model.SummaryTable;
import io.seedscope.report.model.Warning;
import io.seedscope.stats.Interval;
import io.seedscope.stats.Reproducibility;
import io.seedscope.stats.SeedPower;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Maps an analysis (and the runs behind it) onto the report's view model: which numbers go in which
 * section. The verdict rule, when no gate rules are given: a group is stable when it has at least
 * {@link #MIN_SEEDS} seeds and its CI half-width is at most {@link #MAX_CI_REL} of |mean|; with
 * fewer seeds the verdict is inconclusive.
 */
public final class ReportBuilder {

  public static final int MIN_SEEDS = 10;
  public static final double MAX_CI_REL = 0.10;

  private final Function<String, String> stderrTail;

  /**
   * @param stderrTail the last lines of a run's stderr by run id (empty when unknown)
   */
  public ReportBuilder(Function<String, String> stderrTail) {
    this.stderrTail = stderrTail;
  }

  /**
   * @param gate gate results whose rules decide the verdicts, or null for the documented defaults
   */
  public ReportModel build(
      ResultSet results, Analysis analysis, Manifest manifest, io.seedscope.gate.GateReport gate) {
    Map<String, GroupKey> main = mainGroups(results);
    Set<GroupKey> mainKeys = new LinkedHashSet<>(main.values());
    return new ReportModel(
        "seedscope: " + results.metric() + " over seeds",
        analysis.counts().runs()
            + " runs, "
            + analysis.groups().size()
            + " groups; aggregate "
            + analysis.aggregate()
            + "; "
            + pct(analysis.settings().level())
            + " intervals ("
            + analysis.settings().ciMethod()
            + "), seed "
            + analysis.settings().seed(),
        results.metric(),
        results.goal().label(),
        gate == null
            ? VerdictView.byDefaults(analysis, mainKeys)
            : VerdictView.byGate(gate, mainKeys),
        summary(analysis),
        distributions(results, mainKeys),
        curves(results, analysis, mainKeys),
        MultitaskView.intervals(analysis.multitask()),
        seeds(analysis, mainKeys),
        SensitivityView.of(analysis.importance()),
        repro(analysis, manifest),
        warnings(analysis),
        ComparisonView.of(analysis));
  }

  /** Per implementation and task, the group with the most runs (the default configuration). */
  public static Map<String, GroupKey> mainGroups(ResultSet results) {
    Map<String, GroupKey> best = new TreeMap<>();
    Map<String, Integer> size = new TreeMap<>();
    results
        .byGroup()
        .forEach(
            (k, runs) -> {
              String id = k.task() + "\u0000" + k.implementation();
              if (runs.size() > size.getOrDefault(id, -1)) {
                size.put(id, runs.size());
                best.put(id, k);
              }
            });
    return best;
  }

  private static boolean isMain(
      Set<GroupKey> main, String impl, String task, Map<String, Object> config) {
    for (GroupKey k : main) {
      if (k.implementation().equals(impl) && k.task().equals(task) && sameConfig(k, config)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a JSON config (numbers as numbers) is the group's config (numbers as text). */
  static boolean sameConfig(GroupKey k, Map<String, Object> config) {
    Map<String, String> text = k.config().values();
    if (!text.keySet().equals(config.keySet())) {
      return false;
    }
    for (Map.Entry<String, Object> e : config.entrySet()) {
      String mine = text.get(e.getKey());
      Object theirs = e.getValue();
      if (theirs instanceof Number n) {
        try {
          if (Double.parseDouble(mine) != n.doubleValue()) {
            return false;
          }
        } catch (NumberFormatException ex) {
          return false;
        }
      } else if (!mine.equals(String.valueOf(theirs))) {
        return false;
      }
    }
    return true;
  }

  static GroupResult groupOf(Analysis a, GroupKey k) {
    for (GroupResult g : a.groups()) {
      if (g.implementation().equals(k.implementation())
          && g.task().equals(k.task())
          && sameConfig(k, g.config())) {
        return g;
      }
    }
    return null;
  }

  static Map<String, String> stringConfig(Map<String, Object> config) {
    Map<String, String> out = new LinkedHashMap<>();
    config.forEach((name, v) -> out.put(name, String.valueOf(v)));
    return out;
  }

  private static SummaryTable summary(Analysis a) {
    List<SummaryRow> rows = new ArrayList<>();
    for (GroupResult g : a.groups()) {
      Interval ci = g.ci();
      rows.add(
          new SummaryRow(
              g.implementation(),
              g.task(),
              io.seedscope.model.Config.of(stringConfig(g.config())).canonical(),
              g.n(),
              d(g.mean()),
              ci != null && ci.low() != null ? ci.low() : Double.NaN,
              ci != null && ci.high() != null ? ci.high() : Double.NaN,
              d(g.std()),
              d(g.cv()),
              d(g.median()),
              d(g.iqm()),
              g.failed(),
              g.divergent()));
    }
    return new SummaryTable(
        pct(a.settings().level()) + " CI (" + a.settings().ciMethod() + ")", rows);
  }

  private static List<DistributionPanel> distributions(ResultSet results, Set<GroupKey> main) {
    Map<String, List<DistributionPanel.Samples>> byTask = new TreeMap<>();
    Map<GroupKey, List<Run>> groups = results.byGroup();
    for (GroupKey k : main) {
      // One point per seed, the mean of its repeats: the sample the statistics use.
      List<Double> v = new ArrayList<>(SeedValues.bySeed(groups.get(k)).values());
      byTask
          .computeIfAbsent(k.task(), t -> new ArrayList<>())
          .add(new DistributionPanel.Samples(k.implementation(), v));
    }
    List<DistributionPanel> out = new ArrayList<>();
    byTask.forEach((task, samples) -> out.add(new DistributionPanel(task, samples)));
    return out;
  }

  private static List<CurvePanel> curves(ResultSet results, Analysis a, Set<GroupKey> main) {
    if (a.curves() == null || a.curves().isEmpty()) {
      return List.of();
    }
    Map<String, List<CurvePanel.CurveGroup>> byTask = new TreeMap<>();
    Map<GroupKey, List<Run>> groups = results.byGroup();
    for (var c : a.curves()) {
      GroupKey key = null;
      for (GroupKey k : main) {
        if (k.implementation().equals(c.implementation())
            && k.task().equals(c.task())
            && sameConfig(k, c.config())) {
          key = k;
        }
      }
      if (key == null) {
        continue;
      }
      // One line per seed, the mean of its repeats, as in the band.
      List<CurvePanel.SeedCurve> seeds = new ArrayList<>();
      CurveStep.curvesBySeed(groups.get(key))
          .forEach(
              (seed, curve) ->
                  seeds.add(
                      new CurvePanel.SeedCurve(
                          seed, toList(curve.steps()), toList(curve.values()))));
      var band = c.band();
      byTask
          .computeIfAbsent(c.task(), t -> new ArrayList<>())
          .add(
              new CurvePanel.CurveGroup(
                  c.implementation(),
                  band.steps().stream().map(Long::doubleValue).toList(),
                  covered(band.center(), band.seeds()),
                  covered(band.low(), band.seeds()),
                  covered(band.high(), band.seeds()),
                  seeds));
    }
    List<CurvePanel> out = new ArrayList<>();
    byTask.forEach(
        (task, gs) ->
            out.add(
                new CurvePanel(task, "step", "mean", pct(a.settings().level()) + " t band", gs)));
    return out;
  }

  private static SeedsSection seeds(Analysis a, Set<GroupKey> main) {
    List<SeedsSection.CiWidthCurve> widths = new ArrayList<>();
    for (Analysis.GroupSeeds g : a.seeds().groups()) {
      if (!isMain(main, g.implementation(), g.task(), g.config())
          || g.widthCurve().isEmpty()
          // a point beyond the largest double cannot be drawn; the warnings say so
          || g.widthCurve().stream().anyMatch(p -> p.median() == null)) {
        continue;
      }
      String label =
          "default".equals(g.task()) ? g.implementation() : g.implementation() + " / " + g.task();
      widths.add(
          new SeedsSection.CiWidthCurve(
              label,
              g.widthCurve().stream().map(p -> (double) p.seeds()).toList(),
              g.widthCurve().stream().map(SeedPower.WidthPoint::median).toList()));
      if (widths.size() >= 12) {
        break; // a chart, not a wall: the JSON has every group
      }
    }
    List<SeedsSection.PowerRow> power = new ArrayList<>();
    for (var s : a.seeds().comparisons()) {
      SeedPower.SeedsNeeded n = s.seedsNeeded();
      if (n.effect() == null) {
        continue;
      }
      power.add(
          new SeedsSection.PowerRow(
              s.candidate()
                  + " vs "
                  + s.baseline()
                  + ("default".equals(s.task()) ? "" : " (" + s.task() + ")"),
              n.effect(),
              n.currentSeeds(),
              d(n.powerAtCurrentSeeds()),
              n.power(),
              n.seedsPerImplementation() == null ? -1 : n.seedsPerImplementation()));
    }
    if (widths.isEmpty() && power.isEmpty()) {
      return null;
    }
    return new SeedsSection(
        pct(a.settings().level()) + " t interval width (median over subsamples)",
        widths,
        "seeds per implementation for power 0.8 at alpha 0.05 ("
            + ("two-sided".equals(a.settings().alternative()) ? "two-sided" : "one-sided")
            + " Welch, Colas et al. 2018)",
        power);
  }

  private ReproSection repro(Analysis a, Manifest manifest) {
    List<ReproSection.Entry> env = new ArrayList<>();
    if (manifest != null) {
      manifest.asText().forEach((k, v) -> env.add(new ReproSection.Entry(k, v)));
    }
    ReproSection.Determinism det = null;
    List<Reproducibility.DeterminismCheck> checks = a.reproducibility().determinism();
    if (!checks.isEmpty()) {
      long bad = checks.stream().filter(c -> !c.deterministic()).count();
      det =
          new ReproSection.Determinism(
              bad == 0,
              bad == 0
                  ? checks.size()
                      + " repeated seed(s), all identical within tolerance "
                      + a.settings().determinismTolerance()
                  : bad
                      + " of "
                      + checks.size()
                      + " repeated seed(s) disagree beyond tolerance "
                      + a.settings().determinismTolerance());
    }
    List<ReproSection.FailedRun> failed = new ArrayList<>();
    List<RunNote> notes = new ArrayList<>(a.failed());
    notes.addAll(a.divergent());
    for (RunNote n : notes) {
      failed.add(
          new ReproSection.FailedRun(
              n.runId(),
              n.implementation(),
              n.task(),
              n.seed(),
              n.status(),
              n.reason(),
              stderrTail.apply(n.runId())));
    }
    return new ReproSection(env, det, failed);
  }

  private static List<Warning> warnings(Analysis a) {
    Set<String> seen = new LinkedHashSet<>();
    List<Warning> out = new ArrayList<>();
    for (String w : a.warnings()) {
      if (seen.add(w)) {
        out.add(new Warning("data", w));
      }
    }
    for (GroupResult g : a.groups()) {
      for (String w : g.warnings()) {
        if (seen.add(w)) {
          out.add(new Warning("small sample", w));
        }
      }
    }
    return out;
  }

  private static List<Double> toList(long[] a) {
    List<Double> out = new ArrayList<>(a.length);
    for (long v : a) {
      out.add((double) v);
    }
    return out;
  }

  private static List<Double> toList(double[] a) {
    List<Double> out = new ArrayList<>(a.length);
    for (double v : a) {
      out.add(v);
    }
    return out;
  }

  /**
   * The mean and band where at least half of the group's seeds reached the step, NaN (not drawn)
   * elsewhere: where runs end at different steps, the last few survivors would otherwise draw a
   * mean that jumps and a band that explodes. The seeds' own lines still go to their ends, and the
   * JSON keeps every step with its seed count.
   */
  static List<Double> covered(List<Double> v, List<Integer> seeds) {
    int most = 0;
    for (int n : seeds) {
      most = Math.max(most, n);
    }
    int needed = Math.max(1, (most + 1) / 2);
    List<Double> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      Double d = v.get(i);
      out.add(d == null || seeds.get(i) < needed ? Double.NaN : d);
    }
    return out;
  }

  static double d(Double v) {
    return v == null ? Double.NaN : v;
  }

  static String pct(double share) {
    double p = share * 100;
    return (p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p)) + "%";
  }
}
