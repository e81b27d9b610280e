package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import io.seedscope.stats.IntervalMethod;
import io.seedscope.stats.Reproducibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Repeats of a seed ({@code run --repeat K}) are one observation: every statistic of data with
 * repeats equals that of the same data with one run per seed carrying the mean of its repeats.
 */
class RepeatedSeedsTest {
  private static final AnalysisSettings SETTINGS =
      new AnalysisSettings(0.95, 2000, 0, IntervalMethod.BCA, false, 3.5, 0.0);

  private static RunLog log(
      String id, GroupKey key, long seed, RunStatus status, long[] steps, double... values) {
    return new RunLog(id, key, seed, status, "", steps, Map.of("return", values));
  }

  private static Analysis analyze(List<RunLog> logs, boolean paired) {
    ResultSet rs = ResultSet.of(logs, "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    return new Analyzer(
            SETTINGS,
            new ComparisonSettings(null, null, null, paired, "welch", Set.of(), null),
            1,
            List.of(
                new MultitaskSection(),
                new ImportanceSection(ImportanceSection.Options.defaults())))
        .analyze(rs);
  }

  /**
   * Two implementations x two tasks x 4 seeds, curves of 3 steps (multi-task section and curves);
   * each seed run once with value v, or three times with v + each offset (mean exactly v).
   */
  private static List<RunLog> tasks(double... offsets) {
    List<RunLog> logs = new ArrayList<>();
    long[] steps = {0, 10, 20};
    for (String impl : List.of("a", "b")) {
      for (String task : List.of("t1", "t2")) {
        GroupKey key = new GroupKey(impl, task, Config.EMPTY);
        for (long s = 0; s < 4; s++) {
          double v = (impl.equals("a") ? 10 : 12) + (task.equals("t1") ? 0 : 50) + 3 * s * s;
          for (int r = 0; r < offsets.length; r++) {
            double o = offsets[r];
            logs.add(
                log(
                    impl + task + s + "r" + r,
                    key,
                    s,
                    RunStatus.OK,
                    steps,
                    v - 4 + o,
                    v - 2,
                    v + o));
          }
        }
      }
    }
    return logs;
  }

  /** A 3-configuration sweep of two implementations, 3 seeds (importance section). */
  private static List<RunLog> sweep(double... offsets) {
    List<RunLog> logs = new ArrayList<>();
    for (String impl : List.of("a", "b")) {
      for (int lr = 1; lr <= 3; lr++) {
        GroupKey key = new GroupKey(impl, null, Config.of(Map.of("lr", Integer.toString(lr))));
        for (long s = 0; s < 3; s++) {
          double v = 2 * lr * lr + s * (impl.equals("a") ? 1 : 2);
          for (int r = 0; r < offsets.length; r++) {
            logs.add(log(impl + lr + s + "r" + r, key, s, RunStatus.OK, null, v + offsets[r]));
          }
        }
      }
    }
    return logs;
  }

  /** The analysis as JSON without what legitimately counts runs rather than seeds. */
  private static JsonNode statistics(Analysis a) {
    ObjectNode json = AnalysisJson.mapper().valueToTree(a);
    json.remove(List.of("counts", "reproducibility", "warnings"));
    json.get("groups").forEach(g -> ((ObjectNode) g).remove("runs"));
    return json;
  }

  @Test
  void threeSeedsRunThreeTimesAreThreeObservationsTheMeansOfTheirRepeats() {
    Analysis repeated = analyze(tasks(-1, 0, 1), false);
    Analysis once = analyze(tasks(0), false);
    GroupResult g = repeated.groups().get(0);
    assertEquals(12, g.runs());
    assertEquals(4, g.n());
    // a / t1: seed values 10, 13, 22, 37
    assertEquals(20.5, g.mean(), 1e-12);
    assertEquals(10.0, g.min(), 0);
    assertTrue(
        g.warnings().stream().anyMatch(w -> w.startsWith("only 4 seeds")), g.warnings()::toString);
    assertEquals(4, repeated.comparisons().get(0).nBaseline());
    assertNotNull(repeated.multitask());
    assertFalse(repeated.curves().isEmpty());
    assertEquals(statistics(once), statistics(repeated));
  }

  @Test
  void pairedComparisonsAndSensitivitySeeOneValuePerSeed() {
    assertEquals(statistics(analyze(sweep(0), true)), statistics(analyze(sweep(-1, 0, 1), true)));
    Analysis repeated = analyze(sweep(-1, 0, 1), false);
    assertNotNull(repeated.importance());
    assertEquals(statistics(analyze(sweep(0), false)), statistics(repeated));
  }

  @Test
  void repeatsThatDisagreeAreAWarningNamingTheGroupAndTheLargestDifference() {
    Analysis a = analyze(sweep(-1, 0, 1.5), false);
    List<String> w = a.warnings().stream().filter(s -> s.contains("repeats disagree")).toList();
    assertEquals(6, w.size(), a.warnings()::toString); // one per group, not one per seed
    assertEquals(
        "a / lr=1: repeats disagree at 3 of 3 repeated seed(s) (largest difference 2.5 at seed 0,"
            + " tolerance 0); each seed counts once in the statistics, as the mean of its OK"
            + " repeats",
        w.get(0));
  }

  @Test
  void repeatsThatAgreeAddNoWarning() {
    Analysis repeated = analyze(sweep(0, 0, 0), false);
    assertEquals(analyze(sweep(0), false).warnings(), repeated.warnings());
    assertEquals(18, repeated.reproducibility().determinism().size());
    assertTrue(repeated.reproducibility().determinism().stream().allMatch(c -> c.deterministic()));
  }

  @Test
  void aSeedWhoseRepeatsDivergedInPartIsTheMeanOfItsOkRepeatsAndAWarning() {
    GroupKey key = new GroupKey("a", null, Config.EMPTY);
    List<RunLog> logs = new ArrayList<>();
    logs.add(log("s1r1", key, 1, RunStatus.OK, null, 10));
    logs.add(log("s1r2", key, 1, RunStatus.OK, null, 14));
    logs.add(log("s1r3", key, 1, RunStatus.OK, null, Double.NaN)); // diverged
    logs.add(log("s2r1", key, 2, RunStatus.OK, null, 20));
    logs.add(log("s2r2", key, 2, RunStatus.FAILED, null));
    logs.add(log("s3r1", key, 3, RunStatus.OK, null, 30));
    Analysis a = analyze(logs, false);
    GroupResult g = a.groups().get(0);
    assertEquals(3, g.n());
    assertEquals(12.0, g.min(), 0);
    assertEquals(1, g.divergent());
    assertEquals(1, g.failed());
    assertEquals(List.of("s1r3"), a.divergent().stream().map(RunNote::runId).toList());
    assertTrue(
        a.warnings()
            .contains(
                "a: repeats disagree at 1 of 1 repeated seed(s): at seed 1 some repeats diverged"
                    + " and others did not; each seed counts once in the statistics, as the mean"
                    + " of its OK repeats"),
        a.warnings()::toString);
  }

  @Test
  void theDeterminismSectionStillListsEveryRepeatedSeed() {
    List<RunLog> logs = sweep(-1, 0, 1.5);
    Analysis a = analyze(logs, false);
    ResultSet rs = ResultSet.of(logs, "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    assertEquals(Reproducibility.determinism(rs.runs(), 0.0), a.reproducibility().determinism());
    Reproducibility.DeterminismCheck first = a.reproducibility().determinism().get(0);
    assertEquals("a / lr=1", first.group());
    assertEquals(3, first.repeats());
    assertEquals(2.5, first.maxAbsDifference(), 0);
    assertFalse(first.deterministic());
  }
}
