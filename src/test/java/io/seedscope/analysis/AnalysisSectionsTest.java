package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import io.seedscope.stats.multitask.AggregateMetric;
import io.seedscope.stats.multitask.ScoreRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisSectionsTest {
  @TempDir Path dir;

  private static RunLog run(
      String impl, String task, Map<String, String> config, long seed, double v) {
    return new RunLog(
        impl + task + config + seed,
        new GroupKey(impl, task, Config.of(config)),
        seed,
        RunStatus.OK,
        "",
        null,
        Map.of("score", new double[] {v}));
  }

  @Test
  void referenceScoresNormalizeEachTask() throws Exception {
    Path ref = dir.resolve("ref.csv");
    Files.writeString(ref, "task,low,high\nt1,0,10\nt2,100,200\n");
    List<RunLog> logs = new ArrayList<>();
    // a: t1 = 5 (0.5), t2 = 150 (0.5); b: t1 = 10 (1.0), t2 = 200 (1.0): 2 seeds each, equal.
    for (long s = 0; s < 2; s++) {
      logs.add(run("a", "t1", Map.of(), s, 5));
      logs.add(run("a", "t2", Map.of(), s, 150));
      logs.add(run("b", "t1", Map.of(), s, 10));
      logs.add(run("b", "t2", Map.of(), s, 200));
    }
    ResultSet rs = ResultSet.of(logs, "score", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    MultitaskSection.Multitask m =
        (MultitaskSection.Multitask)
            new MultitaskSection(ReferenceScores.read(ref))
                .compute(rs, AnalysisSettings.defaults(), 1, new ArrayList<>());
    assertEquals("min-max per task from reference scores", m.normalization());
    assertEquals(0.5, m.intervalEstimates().get("a").get(AggregateMetric.IQM).estimate(), 1e-12);
    assertEquals(1.0, m.intervalEstimates().get("b").get(AggregateMetric.MEAN).estimate(), 1e-12);
    assertEquals(
        0.5, m.intervalEstimates().get("a").get(AggregateMetric.OPTIMALITY_GAP).estimate(), 1e-12);
    // b beats a on every run of every task: P(b > a) = 1.
    assertTrue(
        m.probabilityOfImprovement().stream()
            .anyMatch(p -> p.x().equals("b") && p.estimate() == 1.0));
  }

  /** Under --goal minimize the ranges were the negated scores' ([-4, -1] for losses 1..4). */
  @Test
  void minimizedRangesAreInTheMetricsUnits() throws Exception {
    List<RunLog> logs = new ArrayList<>();
    for (long s = 0; s < 2; s++) {
      logs.add(run("a", "t1", Map.of(), s, 1 + s)); // 1, 2
      logs.add(run("b", "t1", Map.of(), s, 3 + s)); // 3, 4
      logs.add(run("a", "t2", Map.of(), s, 10));
      logs.add(run("b", "t2", Map.of(), s, 20 + s));
    }
    ResultSet rs = ResultSet.of(logs, "score", Goal.MINIMIZE, CurveAggregate.LAST, List.of());
    MultitaskSection.Multitask m =
        (MultitaskSection.Multitask)
            new MultitaskSection().compute(rs, AnalysisSettings.defaults(), 1, new ArrayList<>());
    assertEquals(new ScoreRange(1, 4), m.ranges().get("t1"));
    assertEquals(new ScoreRange(10, 21), m.ranges().get("t2"));
    // a has the lower (better) losses: normalized (high - x) / (high - low) = 5/6 on t1, 1 on t2
    assertEquals(
        (5.0 / 6 + 1) / 2,
        m.intervalEstimates().get("a").get(AggregateMetric.MEAN).estimate(),
        1e-12);
    Path ref = dir.resolve("ref.csv");
    Files.writeString(ref, "task,low,high\nt1,0,10\nt2,0,100\n");
    MultitaskSection.Multitask given =
        (MultitaskSection.Multitask)
            new MultitaskSection(ReferenceScores.read(ref))
                .compute(rs, AnalysisSettings.defaults(), 1, new ArrayList<>());
    assertEquals(new ScoreRange(0, 10), given.ranges().get("t1"));
  }

  @Test
  void referenceScoresRejectBadLinesWithTheirPlace() throws Exception {
    Path ref = dir.resolve("bad.csv");
    Files.writeString(ref, "task,low,high\nt1,0,ten\n");
    InputException e = assertThrows(InputException.class, () -> ReferenceScores.read(ref));
    assertEquals(ref + ":2:3: 'ten' is not a finite number", e.getMessage());
    Files.writeString(ref, "task,low,high\nt1,5,5\n");
    assertTrue(
        assertThrows(InputException.class, () -> ReferenceScores.read(ref))
            .getMessage()
            .contains(":2:3: high must be greater"));
  }

  @Test
  void oneTaskHasNoMultitaskSection() {
    List<RunLog> logs = List.of(run("a", "t", Map.of(), 0, 1), run("b", "t", Map.of(), 0, 2));
    ResultSet rs = ResultSet.of(logs, "score", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    assertNull(
        new MultitaskSection().compute(rs, AnalysisSettings.defaults(), 1, new ArrayList<>()));
  }

  @Test
  void importanceFindsTheParameterThatMattersAndTheExactSeedNoise() {
    // y = 10 * [lr = 0.1] + seed noise (+1/-1); 'width' does nothing. A full 2 x 2 grid, 2 seeds.
    List<RunLog> logs = new ArrayList<>();
    double within = 0;
    List<Double> all = new ArrayList<>();
    for (String lr : List.of("0.01", "0.1")) {
      for (String width : List.of("32", "64")) {
        for (long s = 0; s < 2; s++) {
          double y = (lr.equals("0.1") ? 10 : 0) + (s == 0 ? 1 : -1);
          logs.add(run("a", "t", Map.of("lr", lr, "width", width), s, y));
          all.add(y);
          within += 1; // (y - cell mean)^2 = 1 for each of the two seeds
        }
      }
    }
    double mean = all.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double total = all.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
    ResultSet rs = ResultSet.of(logs, "score", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    ImportanceSection.Importance imp =
        (ImportanceSection.Importance)
            new ImportanceSection(ImportanceSection.Options.defaults())
                .compute(rs, AnalysisSettings.defaults(), 1, new ArrayList<>());
    ImportanceSection.GroupImportance g = imp.groups().get(0);
    assertEquals(within / total, g.seedNoiseFraction(), 1e-12); // 8 / 208
    double lrShare =
        g.main().stream().filter(m -> m.param().equals("lr")).findFirst().orElseThrow().fraction();
    double widthShare =
        g.main().stream()
            .filter(m -> m.param().equals("width"))
            .findFirst()
            .orElseThrow()
            .fraction();
    assertTrue(lrShare > 0.8, "lr explains the surrogate: " + lrShare);
    assertTrue(widthShare < 0.1, "width explains little: " + widthShare);
    // Exact ANOVA on the full grid: eta^2(lr) = 200 / 208, residual = 8 / 208.
    assertEquals(200.0 / 208, g.anova().term("lr").etaSquared(), 1e-12);
    assertEquals(8.0 / 208, g.anova().residual().etaSquared(), 1e-12);
  }
}
