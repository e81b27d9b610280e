package io.seedscope.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule just passing and just failing. Interval values are scipy's (see
 * src/test/resources/gate/reference/gate_reference.txt).
 */
class GateRulesBoundaryTest {

  static final GroupKey A = Runs.key("a");

  static RuleResult only(ResultSet rs, GateRules rules) {
    GateReport r = Gate.evaluate(rs, rules, null);
    assertEquals(1, r.results().size());
    return r.results().get(0);
  }

  static RuleStatus status(ResultSet rs, GateRules rules) {
    return only(rs, rules).status();
  }

  @Test
  void minSeedsCountsDistinctSeedsWithAnOkRun() {
    ResultSet rs =
        new Runs()
            .okValues(A, 1, 2, 3, 4)
            .ok(A, 0, 1) // a repeat of seed 0 is not a new seed
            .status(A, 9, RunStatus.FAILED)
            .build();
    RuleResult r = only(rs, GateRules.builder().minSeeds(4).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(4.0, r.value());
    assertEquals(RuleStatus.FAIL, status(rs, GateRules.builder().minSeeds(5).build()));
  }

  @Test
  void maxFailedShare() {
    ResultSet rs =
        new Runs().okValues(A, 1, 2).status(A, 5, RunStatus.DIVERGENT).ok(A, 6, 3).build();
    // 1 of 4 runs not OK: 0.25
    RuleResult r = only(rs, GateRules.builder().maxFailedShare(0.25).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(0.25, r.value());
    assertTrue(r.message().contains("1 divergent"), r.message());
    assertEquals(RuleStatus.FAIL, status(rs, GateRules.builder().maxFailedShare(0.2499).build()));
  }

  @Test
  void maxCv() {
    // sd of {9, 11} is sqrt(2), mean 10: CV = 0.14142135...
    ResultSet rs = new Runs().okValues(A, 9, 11).build();
    RuleResult r = only(rs, GateRules.builder().maxCv(0.1415).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(Math.sqrt(2) / 10, r.value(), 1e-15);
    assertEquals(RuleStatus.FAIL, status(rs, GateRules.builder().maxCv(0.1414).build()));
  }

  @Test
  void maxCvAndCiFailWithOneSeedOrZeroMean() {
    ResultSet one = new Runs().okValues(A, 9).build();
    RuleResult r = only(one, GateRules.builder().maxCv(10.0).build());
    assertEquals(RuleStatus.FAIL, r.status());
    assertNull(r.value());
    assertEquals(RuleStatus.FAIL, status(one, GateRules.builder().maxCiRel(10.0).build()));
    ResultSet zero = new Runs().okValues(A, -1, 1).build();
    assertEquals(RuleStatus.FAIL, status(zero, GateRules.builder().maxCv(1e9).build()));
    ResultSet constant = new Runs().okValues(A, 0, 0).build();
    assertEquals(RuleStatus.PASS, status(constant, GateRules.builder().maxCv(0.0).build()));
  }

  @Test
  void maxCiRel() {
    // scipy t.interval(0.95, 2, 10, sem([9,10,11])) = [7.515862288156248, 12.484137711843752]
    ResultSet rs = new Runs().okValues(A, 9, 10, 11).build();
    RuleResult r = only(rs, GateRules.builder().maxCiRel(0.24842).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(0.2484137711843752, r.value(), 1e-9);
    assertEquals(7.515862288156248, r.low(), 1e-9);
    assertEquals(12.484137711843752, r.high(), 1e-9);
    assertEquals(RuleStatus.FAIL, status(rs, GateRules.builder().maxCiRel(0.24841).build()));
    // level 0.90: half-width 1.685854460848082
    r = only(rs, GateRules.builder().level(0.9).maxCiRel(0.1685).build());
    assertEquals(RuleStatus.FAIL, r.status());
    assertEquals(0.1685854460848082, r.value(), 1e-9);
  }

  @Test
  void minLowerBoundMaximizeUsesTheLowEnd() {
    ResultSet rs = new Runs().okValues(A, 9, 10, 11).build();
    RuleResult r = only(rs, GateRules.builder().minLowerBound(7.5158).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(7.515862288156248, r.value(), 1e-9);
    assertEquals(RuleStatus.FAIL, status(rs, GateRules.builder().minLowerBound(7.5159).build()));
  }

  @Test
  void minLowerBoundMinimizeUsesTheHighEnd() {
    ResultSet rs = new Runs().okValues(A, 9, 10, 11).build(Goal.MINIMIZE);
    RuleResult r = only(rs, GateRules.builder().minLowerBound(12.4842).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(12.484137711843752, r.value(), 1e-9);
    assertEquals(RuleStatus.FAIL, status(rs, GateRules.builder().minLowerBound(12.4841).build()));
  }

  @Test
  void determinismOnFinalValues() {
    ResultSet rs = new Runs().okValues(A, 1, 2, 3).ok(A, 0, 1.5).build();
    RuleResult r = only(rs, GateRules.builder().determinism(0.5).build());
    assertEquals(RuleStatus.PASS, r.status());
    assertEquals(0.5, r.value());
    r = only(rs, GateRules.builder().determinism(0.4999).build());
    assertEquals(RuleStatus.FAIL, r.status());
    assertTrue(r.message().contains("seed 0"), r.message());
  }

  @Test
  void determinismLooksAtWholeCurvesWithTheSameSteps() {
    long[] steps = {10, 20, 30};
    ResultSet rs =
        new Runs()
            .curve(A, 1, steps, new double[] {1, 2, 3})
            .curve(A, 1, steps, new double[] {1, 2.25, 3})
            .build();
    assertEquals(0.25, only(rs, GateRules.builder().determinism(0.0).build()).value());
  }

  @Test
  void determinismFailsWhenOneRepeatDivergesAndSkipsWithoutRepeats() {
    ResultSet rs = new Runs().okValues(A, 1, 2).status(A, 0, RunStatus.DIVERGENT).build();
    RuleResult r = only(rs, GateRules.builder().determinism(1e9).build());
    assertEquals(RuleStatus.FAIL, r.status());
    assertNull(r.value()); // infinite: not representable in JSON
    ResultSet none = new Runs().okValues(A, 1, 2).status(A, 0, RunStatus.FAILED).build();
    assertEquals(RuleStatus.SKIPPED, status(none, GateRules.builder().determinism(0.0).build()));
  }

  @Test
  void noRegressionWelchAtAlpha(@TempDir Path dir) {
    // scipy ttest_ind([9,10,11,12], [11,12.5,13,14,12], equal_var=False, alternative='less')
    // p = 0.024755575315541
    Path base = dir.resolve("base.json");
    Baseline.save(new Runs().okValues(A, GateMathTest.B).build(), base);
    ResultSet cand = new Runs().okValues(A, GateMathTest.C).build();
    GateRules.NoRegression nr =
        new GateRules.NoRegression(base, GateRules.Method.WELCH, 0.025, 0.25, 0);
    RuleResult r =
        Gate.evaluate(cand, GateRules.builder().noRegression(nr).build()).results().get(0);
    assertEquals(RuleStatus.FAIL, r.status());
    assertEquals(-2.0, r.value(), 1e-12);
    nr = new GateRules.NoRegression(base, GateRules.Method.WELCH, 0.0247, 0.25, 0);
    assertEquals(
        RuleStatus.PASS,
        Gate.evaluate(cand, GateRules.builder().noRegression(nr).build())
            .results()
            .get(0)
            .status());
    // with tolerance 0.5: p = 0.05772816365071336
    nr = new GateRules.NoRegression(base, GateRules.Method.WELCH, 0.0578, 0.25, 0.5);
    assertEquals(
        RuleStatus.FAIL,
        Gate.evaluate(cand, GateRules.builder().noRegression(nr).build())
            .results()
            .get(0)
            .status());
    nr = new GateRules.NoRegression(base, GateRules.Method.WELCH, 0.0577, 0.25, 0.5);
    assertEquals(
        RuleStatus.PASS,
        Gate.evaluate(cand, GateRules.builder().noRegression(nr).build())
            .results()
            .get(0)
            .status());
  }

  @Test
  void noRegressionWelchMinimize() {
    Baseline base = Baseline.of(new Runs().okValues(A, GateMathTest.C).build(Goal.MINIMIZE));
    ResultSet cand = new Runs().okValues(A, GateMathTest.B).build(Goal.MINIMIZE);
    Path f = Path.of("unused.json");
    RuleResult pass =
        only(
            cand,
            rules(new GateRules.NoRegression(f, GateRules.Method.WELCH, 0.0577, 0, 0.5)),
            base);
    RuleResult fail =
        only(
            cand,
            rules(new GateRules.NoRegression(f, GateRules.Method.WELCH, 0.0578, 0, 0.5)),
            base);
    assertEquals(RuleStatus.PASS, pass.status());
    assertEquals(RuleStatus.FAIL, fail.status());
    assertEquals(0.5, fail.threshold());
  }

  @Test
  void noRegressionPoi() {
    Baseline base = Baseline.of(new Runs().okValues(A, GateMathTest.B).build());
    ResultSet cand = new Runs().okValues(A, GateMathTest.C).build();
    Path f = Path.of("unused.json");
    RuleResult pass =
        only(cand, rules(new GateRules.NoRegression(f, GateRules.Method.POI, 0.05, 0.1, 0)), base);
    assertEquals(RuleStatus.PASS, pass.status());
    assertEquals(0.1, pass.value(), 1e-15);
    RuleResult fail =
        only(
            cand,
            rules(new GateRules.NoRegression(f, GateRules.Method.POI, 0.05, 0.1001, 0)),
            base);
    assertEquals(RuleStatus.FAIL, fail.status());
  }

  @Test
  void noRegressionSkipsGroupsWithoutBaseline() {
    Baseline base = Baseline.of(new Runs().okValues(Runs.key("other"), 1, 2, 3).build());
    ResultSet cand = new Runs().okValues(A, GateMathTest.C).build();
    RuleResult r = only(cand, rules(GateRules.NoRegression.of(Path.of("b.json"))), base);
    assertEquals(RuleStatus.SKIPPED, r.status());
    Baseline tiny = Baseline.of(new Runs().okValues(A, 1).build());
    assertEquals(
        RuleStatus.SKIPPED,
        only(cand, rules(GateRules.NoRegression.of(Path.of("b.json"))), tiny).status());
  }

  @Test
  void baselineForAnotherMetricOrGoalIsBadInput() {
    Baseline base = Baseline.of(new Runs().okValues(A, 1, 2).build(Goal.MINIMIZE));
    ResultSet cand = new Runs().okValues(A, 1, 2).build(Goal.MAXIMIZE);
    InputException e =
        assertThrows(
            InputException.class,
            () -> Gate.evaluate(cand, rules(GateRules.NoRegression.of(Path.of("b.json"))), base));
    assertTrue(e.getMessage().startsWith("b.json: the baseline goal"), e.getMessage());
  }

  @Test
  void rulesRunPerGroupInAFixedOrderAndSetTheExitCode() {
    ResultSet rs = new Runs().okValues(A, 9, 11).okValues(Runs.key("b"), 1, 1, 1).build();
    GateReport r =
        Gate.evaluate(
            rs, GateRules.builder().maxCv(0.1).minSeeds(3).determinism(0.0).build(), null);
    assertEquals(
        List.of("minSeeds", "determinism", "maxCv", "minSeeds", "determinism", "maxCv"),
        r.results().stream().map(RuleResult::rule).toList());
    assertEquals(new GateReport.Counts(6, 2, 2, 2), r.counts());
    assertEquals(1, r.exitCode());
    GateReport ok = Gate.evaluate(rs, GateRules.builder().minSeeds(2).build(), null);
    assertEquals(0, ok.exitCode());
  }

  private static GateRules rules(GateRules.NoRegression nr) {
    return GateRules.builder().noRegression(nr).build();
  }

  private static RuleResult only(ResultSet rs, GateRules rules, Baseline base) {
    GateReport r = Gate.evaluate(rs, rules, base);
    assertEquals(1, r.results().size());
    return r.results().get(0);
  }
}
