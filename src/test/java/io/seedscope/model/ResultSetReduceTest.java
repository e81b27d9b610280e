package io.seedscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a stored run's status is judged again for the metric an analysis asks for. */
class ResultSetReduceTest {
  private static final GroupKey A = new GroupKey("a", null, null);

  private static RunLog log(RunStatus status, String metric, double v) {
    return new RunLog("r", A, 0, status, "as run", null, Map.of(metric, new double[] {v}));
  }

  @Test
  void aRunWithoutTheSpecsMetricCountsForTheMetricItDidLog() {
    // Recorded NO_METRIC because the spec asked for 'return'; it logged 'eval_return'.
    Run run =
        ResultSet.reduce(
            log(RunStatus.NO_METRIC, "eval_return", 1.5), "eval_return", CurveAggregate.LAST);
    assertEquals(RunStatus.OK, run.status());
    assertEquals(1.5, run.value(), 0);
  }

  @Test
  void aRunWithoutTheSpecsMetricStaysNoMetricForIt() {
    Run run =
        ResultSet.reduce(
            log(RunStatus.NO_METRIC, "eval_return", 1.5), "return", CurveAggregate.LAST);
    assertEquals(RunStatus.NO_METRIC, run.status());
  }

  @Test
  void runsThatDidNotRunToTheirEndKeepTheirStatusWhateverTheyLogged() {
    for (RunStatus s : new RunStatus[] {RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.CANCELLED}) {
      Run run = ResultSet.reduce(log(s, "return", 2), "return", CurveAggregate.LAST);
      assertEquals(s, run.status());
      assertEquals("as run", run.reason());
    }
  }
}
