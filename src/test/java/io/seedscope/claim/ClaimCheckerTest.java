package io.seedscope.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ClaimCheckerTest {

  /** A precise claim: se = 20, so a 10% margin (150) can be demonstrated. */
  static final Claim PRECISE = ClaimParser.parse("mean=1500,std=200,n=100");

  static Map<Verdict, Integer> simulate(Claim claim, double trueMean, int n, int reps, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    double[] x = new double[n];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < n; i++) {
        x[i] = trueMean + 200 * g.sample();
      }
      counts.merge(ClaimChecker.check(claim, x, Margin.DEFAULT).verdict(), 1, Integer::sum);
    }
    return counts;
  }

  @Test
  void samplesFromTheClaimedDistributionAreMostlyReproduced() {
    // With 30 seeds the 90% interval half-width is about 70, so |d| < 80 reproduces:
    // P = P(|Z| < 80 / 41.6) = 0.946 under the truth.
    Map<Verdict, Integer> c = simulate(PRECISE, 1500, 30, 400, 1L);
    assertTrue(c.get(Verdict.REPRODUCED) >= 0.90 * 400, c.toString());
    assertTrue(c.get(Verdict.NOT_REPRODUCED) <= 2, c.toString());
  }

  @Test
  void aTrueDifferenceOfExactlyTheMarginIsReproducedAtMostFivePercentOfTheTime() {
    // TOST at 5%: the size of the equivalence test at the margin's edge is at most 0.05.
    int reps = 1500;
    Map<Verdict, Integer> c = simulate(PRECISE, 1650, 30, reps, 2L);
    double rate = c.get(Verdict.REPRODUCED) / (double) reps;
    // Monte Carlo se <= 0.0057; allow 3 se above 0.05.
    assertTrue(rate <= 0.067, "false equivalence rate " + rate);
    assertTrue(rate >= 0.02, "test has power to detect a too-wide interval: " + rate);
  }

  @Test
  void aShiftOfThreeMarginsIsNotReproduced() {
    Map<Verdict, Integer> c = simulate(PRECISE, 1500 + 3 * 150, 10, 300, 3L);
    assertTrue(c.get(Verdict.NOT_REPRODUCED) >= 297, c.toString());
    assertEquals(0, c.get(Verdict.REPRODUCED), c.toString());
  }

  @Test
  void twoSeedsAreInconclusive() {
    // Two seeds sometimes agree by luck (tiny sample sd), and Welch rejects a true null 5% of
    // the time, so "mostly": about 84% inconclusive.
    Map<Verdict, Integer> c = simulate(PRECISE, 1500, 2, 300, 4L);
    assertTrue(c.get(Verdict.INCONCLUSIVE) >= 0.75 * 300, c.toString());
    assertTrue(c.get(Verdict.NOT_REPRODUCED) <= 0.1 * 300, c.toString());
  }

  /** n values with exactly this mean and sample sd. */
  static double[] exact(int n, double mean, double sd) {
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = i - (n - 1) / 2.0;
    }
    double s = ClaimMath.sd(z);
    for (int i = 0; i < n; i++) {
      z[i] = mean + sd * z[i] / s;
    }
    return z;
  }

  @Test
  void seedsToSettleTowardReproducedIsTheSmallestSufficientCount() {
    Claim claim = ClaimParser.parse("mean=100,std=10,n=50");
    ClaimResult r = ClaimChecker.check(claim, exact(3, 101, 10), Margin.DEFAULT);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
    int k = r.seedsToSettle();
    assertTrue(k > 0);
    // if the mean and sd held, 3 + k seeds reproduce and 3 + k - 1 do not
    assertEquals(
        Verdict.REPRODUCED,
        ClaimChecker.check(claim, exact(3 + k, 101, 10), Margin.DEFAULT).verdict());
    assertEquals(
        Verdict.INCONCLUSIVE,
        ClaimChecker.check(claim, exact(3 + k - 1, 101, 10), Margin.DEFAULT).verdict());
  }

  @Test
  void seedsToSettleTowardNotReproduced() {
    Claim claim = ClaimParser.parse("mean=100,std=10,n=50");
    ClaimResult r = ClaimChecker.check(claim, exact(2, 115, 30), Margin.DEFAULT);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
    int k = r.seedsToSettle();
    assertEquals(
        Verdict.NOT_REPRODUCED,
        ClaimChecker.check(claim, exact(2 + k, 115, 30), Margin.DEFAULT).verdict());
    assertEquals(
        Verdict.INCONCLUSIVE,
        ClaimChecker.check(claim, exact(2 + k - 1, 115, 30), Margin.DEFAULT).verdict());
  }

  @Test
  void anImpreciseClaimCannotBeSettledByMoreSeeds() {
    // se of the claim = 89.4; even with infinitely many seeds the 90% half-width is
    // t(0.95, 4) * 89.4 = 190.7 > 150.
    Claim claim = ClaimParser.parse("mean=1500,std=200,n=5");
    ClaimResult r = ClaimChecker.check(claim, exact(5, 1500, 200), Margin.DEFAULT);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
    assertNull(r.seedsToSettle());
    assertTrue(r.message().contains("more seeds cannot settle it"), r.message());
    // a margin of 200 (1sd) is wider than 190.7: settles
    ClaimResult wide = ClaimChecker.check(claim, exact(5, 1500, 200), Margin.parse("1sd"));
    assertNotNull(wide.seedsToSettle());
  }

  @Test
  void oneSeedIsInconclusiveWithoutIntervals() {
    ClaimResult r = ClaimChecker.check(PRECISE, new double[] {1490}, Margin.DEFAULT);
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
    assertNull(r.ci90());
    assertNull(r.observed().std());
    assertNotNull(r.seedsToSettle()); // planned with the claimed sd
    assertThrows(
        InputException.class, () -> ClaimChecker.check(PRECISE, new double[0], Margin.DEFAULT));
  }

  @Test
  void resultNumbersMatchScipy() {
    // scipy ttest_ind_from_stats(1420, 180, 10, 1500, 200, 5, equal_var=False)
    Claim claim = ClaimParser.parse("mean=1500,std=200,n=5");
    ClaimResult r = ClaimChecker.check(claim, exact(10, 1420, 180), Margin.parse("150"));
    assertEquals(-80, r.difference(), 1e-9);
    assertEquals(-0.754582677904545, r.welch().t(), 1e-9);
    assertEquals(7.359586168328828, r.welch().df(), 1e-9);
    assertEquals(0.4739491920395792, r.welch().p(), 1e-9);
    assertEquals(-279.3943472470316, r.ci90().low(), 1e-6);
    assertEquals(168.2329634162903, r.ci95().high(), 1e-6);
    assertEquals(0.264601998347589, r.tost().p(), 1e-9);
    assertEquals(150, r.tost().margin());
    assertEquals(Verdict.INCONCLUSIVE, r.verdict());
  }

  @Test
  void exitCodes() {
    Claim claim = PRECISE;
    double[] same = exact(30, 1500, 200);
    double[] far = exact(30, 2000, 200);
    double[] few = exact(2, 1500, 200);
    assertEquals(
        0, ClaimChecker.checkAll(List.of(claim), c -> all(same), Margin.DEFAULT).exitCode());
    assertEquals(
        1,
        ClaimChecker.checkAll(List.of(claim, claim), new Alternating(same, far), Margin.DEFAULT)
            .exitCode());
    assertEquals(
        3,
        ClaimChecker.checkAll(List.of(claim, claim), new Alternating(same, few), Margin.DEFAULT)
            .exitCode());
  }

  /** Gives a then b then a... */
  static final class Alternating
      implements java.util.function.Function<Claim, RunSelector.Selection> {
    private final double[][] v;
    private int i;

    Alternating(double[]... v) {
      this.v = v;
    }

    @Override
    public RunSelector.Selection apply(Claim c) {
      return all(v[i++ % v.length]);
    }
  }

  /** A selection in which every run has a value. */
  static RunSelector.Selection all(double[] values) {
    return new RunSelector.Selection(values, 0, 0);
  }

  static ResultSet runs() {
    List<Run> runs = new ArrayList<>();
    int id = 0;
    GroupKey dqn = new GroupKey("dqn", "pong", Config.EMPTY);
    GroupKey rainbow = new GroupKey("rainbow", "pong", Config.EMPTY);
    double[] v = {17.460784, 16.43617, 17.152381, 13.023256, 18.976};
    for (int s = 0; s < v.length; s++) {
      runs.add(new Run("r" + id++, dqn, s, RunStatus.OK, "", null, new double[] {v[s]}, v[s]));
      runs.add(new Run("r" + id++, rainbow, s, RunStatus.OK, "", null, new double[] {20}, 20));
    }
    runs.add(
        new Run("r" + id++, dqn, 0, RunStatus.OK, "", null, new double[] {17.460784}, 17.460784));
    runs.add(new Run("r" + id++, dqn, 9, RunStatus.FAILED, "x", null, new double[0], Double.NaN));
    return new ResultSet("return", Goal.MAXIMIZE, CurveAggregate.LAST, runs, List.of());
  }

  @Test
  void selectsOneValuePerSeedOfTheMatchingGroup() {
    Claim c = ClaimParser.parse("implementation=dqn,mean=16,std=2,n=5");
    assertArrayEquals(
        new double[] {17.460784, 16.43617, 17.152381, 13.023256, 18.976},
        RunSelector.select(runs(), c).values(),
        1e-12);
    ClaimReport r = ClaimChecker.checkAll(List.of(c), runs(), Margin.DEFAULT);
    assertEquals("return", r.claims().get(0).metric());
    // the shared reference used the unrounded Dopamine values; these have 6 decimals
    assertEquals(16.609718258565177, r.claims().get(0).observed().mean(), 1e-6);
    assertEquals(2.2085582005102404, r.claims().get(0).observed().std(), 1e-6);
  }

  @Test
  void repeatsThatAgreeAreExactlyTheirValueAsInTheAnalysis() {
    GroupKey k = new GroupKey("dqn", "pong", Config.EMPTY);
    List<Run> runs = new ArrayList<>();
    for (int r = 0; r < 3; r++) { // (0.1 + 0.1 + 0.1) / 3 would be 0.10000000000000002
      runs.add(new Run("r" + r, k, 0, RunStatus.OK, "", null, new double[] {0.1}, 0.1));
    }
    runs.add(new Run("s", k, 1, RunStatus.OK, "", null, new double[] {0.2}, 0.2));
    ResultSet rs = new ResultSet("return", Goal.MAXIMIZE, CurveAggregate.LAST, runs, List.of());
    assertArrayEquals(
        new double[] {0.1, 0.2},
        RunSelector.select(rs, ClaimParser.parse("mean=1,std=1,n=2")).values(),
        0);
  }

  @Test
  void selectionErrors() {
    String msg =
        assertThrows(
                InputException.class,
                () -> RunSelector.select(runs(), ClaimParser.parse("mean=16,std=2,n=5")).values())
            .getMessage();
    assertEquals(
        "--claim: the claim names no implementation and the runs have several (dqn, rainbow);"
            + " add implementation=",
        msg);
    msg =
        assertThrows(
                InputException.class,
                () ->
                    RunSelector.select(runs(), ClaimParser.parse("implementation=ppo,mean=1,se=1"))
                        .values())
            .getMessage();
    assertTrue(msg.startsWith("--claim: no runs of implementation 'ppo' on task 'pong'"), msg);
    msg =
        assertThrows(
                InputException.class,
                () ->
                    ClaimChecker.checkAll(
                        List.of(ClaimParser.parse("implementation=dqn,metric=loss,mean=1,se=1")),
                        runs(),
                        Margin.DEFAULT))
            .getMessage();
    assertTrue(msg.contains("metric 'loss'"), msg);
  }

  @Test
  void jsonShape() throws Exception {
    ClaimReport r =
        ClaimChecker.checkAll(
            List.of(ClaimParser.parse("implementation=dqn,task=pong,mean=16,std=2,n=5")),
            runs(),
            Margin.DEFAULT);
    String json = new ObjectMapper().writeValueAsString(r);
    for (String key :
        new String[] {
          "\"implementation\":\"dqn\"",
          "\"claimed\":{\"mean\":16.0,\"std\":2.0,\"n\":5,",
          "\"observed\":{\"mean\":16.6",
          "\"difference\":",
          "\"ci90\":{\"low\":",
          "\"ci95\":",
          "\"welch\":{\"t\":",
          "\"tost\":{\"p\":",
          "\"verdict\":\"",
          "\"seedsToSettle\":",
          "\"reproduced\":"
        }) {
      assertTrue(json.contains(key), key + " in " + json);
    }
  }
}
