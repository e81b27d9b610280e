package io.seedscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.AnalysisSettings;
import io.seedscope.analysis.Analyzer;
import io.seedscope.analysis.ComparisonSettings;
import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import io.seedscope.report.model.CurvePanel;
import io.seedscope.report.model.ReportModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The report draws what the statistics count: a seed run K times ({@code --repeat K}) is one point
 * in the distribution and one thin line among the curves, the mean of its repeats.
 */
class RepeatedSeedsPlotTest {

  @Test
  void aRepeatedSeedIsOnePointAndOneLine() {
    GroupKey key = new GroupKey("impl", "default", Config.EMPTY);
    long[] steps = {0, 10, 20};
    List<RunLog> logs = new ArrayList<>();
    for (long seed = 0; seed < 3; seed++) {
      for (int r = 0; r < 2; r++) {
        double v = 10 * seed + (r == 0 ? -1 : 1); // repeats v - 1 and v + 1: mean 10 * seed
        logs.add(
            new RunLog(
                "s" + seed + "r" + r,
                key,
                seed,
                RunStatus.OK,
                "",
                steps,
                Map.of("return", new double[] {0, v / 2, v})));
      }
    }
    ResultSet rs = ResultSet.of(logs, "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    Analysis a =
        new Analyzer(AnalysisSettings.defaults(), ComparisonSettings.defaults(), 1, List.of())
            .analyze(rs);
    ReportModel m = new ReportBuilder(id -> "").build(rs, a, null, null);

    assertEquals(List.of(0.0, 10.0, 20.0), m.distributions().get(0).groups().get(0).values());
    List<CurvePanel.SeedCurve> lines = m.curves().get(0).groups().get(0).seeds();
    assertEquals(3, lines.size());
    assertEquals(List.of(0L, 1L, 2L), lines.stream().map(CurvePanel.SeedCurve::seed).toList());
    assertEquals(List.of(0.0, 5.0, 10.0), lines.get(1).values());
  }
}
