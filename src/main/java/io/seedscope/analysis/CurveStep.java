package io.seedscope.analysis;

import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.stats.curves.AlignedCurves;
import io.seedscope.stats.curves.Curve;
import io.seedscope.stats.curves.CurveAligner;
import io.seedscope.stats.curves.CurveBand;
import io.seedscope.stats.curves.CurveBands;
import io.seedscope.stats.curves.StepGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Learning curves per group: the runs aligned on a common step grid (interpolated, never
 * extrapolated) and the mean with a pointwise t band; only for data that logged steps.
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
      List<Curve> curves = new ArrayList<>();
      for (Run r : e.getValue()) {
        if (r.isOk() && r.steps() != null && r.steps().length >= 2) {
          curves.add(Curve.ofLogged(r.steps(), r.curve()));
        }
      }
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
}
