package io.seedscope.analysis;

import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.SeedValues;
import io.seedscope.stats.curves.AlignedCurves;
import io.seedscope.stats.curves.Curve;
import io.seedscope.stats.curves.CurveAligner;
import io.seedscope.stats.curves.CurveBand;
import io.seedscope.stats.curves.CurveBands;
import io.seedscope.stats.curves.StepGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Learning curves per group: one curve per seed (repeats averaged), aligned on a common step grid
 * (interpolated, never extrapolated), and the mean with a pointwise t band; only for data that
 * logged steps.
 */
public final class CurveStep {

  /** One group's curve band. */
  public record GroupCurve(
      String implementation, String task, Map<String, Object> config, CurveBand band) {}

  private final double level;

  CurveStep(double level) {
    this.level = level;
  }

  List<GroupCurve> run(ResultSet results) {
    List<GroupCurve> out = new ArrayList<>();
    for (Map.Entry<GroupKey, List<Run>> e : results.byGroup().entrySet()) {
      List<Curve> curves = seedCurves(e.getValue());
      if (curves.isEmpty()) {
        continue;
      }
      long[] grid = StepGrid.choose(curves);
      AlignedCurves aligned = CurveAligner.align(curves, grid);
      GroupKey k = e.getKey();
      out.add(
          new GroupCurve(
              k.implementation(),
              k.task(),
              Analyzer.jsonConfig(k.config()),
              CurveBands.mean(aligned, level)));
    }
    return out;
  }

  /**
   * One curve per seed, seeds ascending: the pointwise mean of the seed's OK runs that logged at
   * least two steps ({@link Curve#mean}), since repeats of a seed are one observation, as in every
   * other statistic ({@link SeedValues}).
   */
  static List<Curve> seedCurves(List<Run> runs) {
    return new ArrayList<>(curvesBySeed(runs).values());
  }

  /** {@link #seedCurves} keyed by seed: what the report draws as one thin line per seed. */
  public static SortedMap<Long, Curve> curvesBySeed(List<Run> runs) {
    SortedMap<Long, Curve> out = new TreeMap<>();
    SeedValues.okRunsBySeed(runs)
        .forEach(
            (seed, repeats) -> {
              List<Curve> logged = new ArrayList<>();
              for (Run r : repeats) {
                if (r.steps() != null && r.steps().length >= 2) {
                  logged.add(Curve.ofLogged(r.steps(), r.curve()));
                }
              }
              if (!logged.isEmpty()) {
                out.put(seed, Curve.mean(logged));
              }
            });
    return out;
  }
}
