package io.seedscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedValuesTest {
  private static final GroupKey A = new GroupKey("a", null, null);

  private static RunLog log(String id, long seed, RunStatus status, double v) {
    return new RunLog(id, A, seed, status, "", null, Map.of("return", new double[] {v}));
  }

  private static ResultSet results(RunLog... logs) {
    return ResultSet.of(List.of(logs), "return", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
  }

  @Test
  void threeSeedsRunThreeTimesAreThreeValuesTheMeansOfTheirRepeats() {
    ResultSet rs =
        results(
            log("s1r1", 1, RunStatus.OK, 10),
            log("s1r2", 1, RunStatus.OK, 11),
            log("s1r3", 1, RunStatus.OK, 12),
            log("s2r1", 2, RunStatus.OK, 20),
            log("s2r2", 2, RunStatus.OK, 20),
            log("s2r3", 2, RunStatus.OK, 20),
            log("s3r1", 3, RunStatus.OK, 30),
            log("s3r2", 3, RunStatus.OK, 33),
            log("s3r3", 3, RunStatus.OK, 36));
    assertArrayEquals(new double[] {11, 20, 33}, SeedValues.values(rs.runs()), 0);
    assertArrayEquals(new double[] {11, 20, 33}, rs.valuesByGroup().get(A), 0);
    assertEquals(List.of(1L, 2L, 3L), List.copyOf(SeedValues.bySeed(rs.runs()).keySet()));
  }

  @Test
  void onlyOkRepeatsEnterTheMeanAndASeedWithNoneHasNoValue() {
    ResultSet rs =
        results(
            log("s1r1", 1, RunStatus.OK, 10),
            log("s1r2", 1, RunStatus.OK, 14),
            log("s1r3", 1, RunStatus.DIVERGENT, Double.NaN),
            log("s2r1", 2, RunStatus.FAILED, 0),
            log("s2r2", 2, RunStatus.OK, 7),
            log("s3r1", 3, RunStatus.FAILED, 0),
            log("s3r2", 3, RunStatus.DIVERGENT, Double.NaN));
    assertEquals(Map.of(1L, 12.0, 2L, 7.0), SeedValues.bySeed(rs.runs()));
  }

  @Test
  void repeatsThatAgreeGiveExactlyTheirValue() {
    // (0.1 + 0.1 + 0.1) / 3 is 0.10000000000000002, not 0.1
    ResultSet rs =
        results(
            log("r1", 1, RunStatus.OK, 0.1),
            log("r2", 1, RunStatus.OK, 0.1),
            log("r3", 1, RunStatus.OK, 0.1));
    assertEquals(0.1, SeedValues.values(rs.runs())[0], 0);
  }

  @Test
  void aSeedRunOnceKeepsItsValueBitForBit() {
    ResultSet rs = results(log("x", 4, RunStatus.OK, -0.0), log("y", 5, RunStatus.OK, 0.1));
    double[] v = SeedValues.values(rs.runs());
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(v[0]));
    assertEquals(0.1, v[1], 0);
  }
}
