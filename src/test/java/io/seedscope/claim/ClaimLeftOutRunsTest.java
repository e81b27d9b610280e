package io.seedscope.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs without a value (diverged, failed) are named in the verdict, never dropped silently. */
class ClaimLeftOutRunsTest {

  private static final GroupKey A = new GroupKey("a", null, Config.EMPTY);

  private static ResultSet runs(double[] ok, int divergent, int failed) {
    List<Run> runs = new ArrayList<>();
    int seed = 0;
    for (double v : ok) {
      runs.add(new Run("r" + seed, A, seed++, RunStatus.OK, "", null, new double[] {v}, v));
    }
    for (int i = 0; i < divergent; i++) {
      double nan = Double.NaN;
      runs.add(
          new Run("r" + seed, A, seed++, RunStatus.DIVERGENT, "", null, new double[] {nan}, nan));
    }
    for (int i = 0; i < failed; i++) {
      runs.add(
          new Run("r" + seed, A, seed++, RunStatus.FAILED, "x", null, new double[0], Double.NaN));
    }
    return new ResultSet("return", Goal.MAXIMIZE, CurveAggregate.LAST, runs, List.of());
  }

  private static ClaimReport check(ResultSet runs) {
    return ClaimChecker.checkAll(
        List.of(ClaimParser.parse("mean=2,std=1,n=6,implementation=a")), runs, Margin.DEFAULT);
  }

  @Test
  void theVerdictSaysHowManyRunsWereLeftOut() {
    String message = check(runs(new double[] {1, 3, 2}, 2, 1)).claims().get(0).message();
    assertTrue(
        message.startsWith("observed mean 2 (3 seeds; 2 divergent runs, 1 failed run left out)"),
        message);
    message = check(runs(new double[] {1, 3, 2}, 1, 0)).claims().get(0).message();
    assertTrue(message.contains("(3 seeds; 1 divergent run left out)"), message);
    message = check(runs(new double[] {1, 3, 2}, 0, 0)).claims().get(0).message();
    assertTrue(message.contains("(3 seeds) vs claimed"), message);
    message = check(runs(new double[] {2}, 3, 0)).claims().get(0).message();
    assertTrue(message.contains("no spread to compare with; 3 divergent runs left out"), message);
  }

  /** Divergence is what the runs did, not a mistake in the input: inconclusive, not exit 2. */
  @Test
  void whenEveryRunDivergedTheClaimIsInconclusive() throws Exception {
    ClaimReport report = check(runs(new double[0], 3, 0));
    assertEquals(3, report.exitCode());
    ClaimResult r = report.claims().get(0);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
    assertEquals(
        "all 3 runs diverged (NaN or infinite return): no reproduced value to compare with the"
            + " claim",
        r.message());
    assertNull(r.observed());
    assertNull(r.difference());
    assertNull(r.seedsToSettle());
    String json = new ObjectMapper().writeValueAsString(report);
    assertTrue(json.contains("\"observed\":null,\"difference\":null"), json);
    assertEquals(
        "the only run failed: no reproduced value to compare with the claim",
        check(runs(new double[0], 0, 1)).claims().get(0).message());
    assertEquals(
        "all 3 runs diverged or failed (1 diverged, 2 failed): no reproduced value to compare"
            + " with the claim",
        check(runs(new double[0], 1, 2)).claims().get(0).message());
  }
}
