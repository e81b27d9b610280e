package io.seedscope.stats;

import static io.seedscope.stats.Reference.assertRel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedPowerTest {

  /** Section H of the shared reference (rl-difference-testing compute_beta, scipy 1.10/1.17). */
  @Test
  void colasBetaSectionH() {
    assertRel(0.6061205337, SeedPower.beta(1, 1, 1, 0.05, 5), 1e-9, "N=5");
    assertRel(0.3108748371, SeedPower.beta(1, 1, 1, 0.05, 10), 1e-9, "N=10");
    assertRel(0.0740483213, SeedPower.beta(1, 1, 1, 0.05, 20), 1e-9, "N=20");
    // The reference has 10 decimals: 4e-9 relative at 0.0158.
    assertRel(0.0158489644, SeedPower.beta(1, 1, 1, 0.05, 30), 4e-9, "N=30");
  }

  /** More cases from scipy_reference.json (beta to 1e-7: scipy's t.ppf error, ~2e-9, enters). */
  @Test
  void betaAndSeedsNeededMatchScipy() {
    for (JsonNode r : Reference.ROOT.get("power")) {
      assertRel(
          r.get("beta").asDouble(),
          SeedPower.beta(
              r.get("s1").asDouble(),
              r.get("s2").asDouble(),
              r.get("eps").asDouble(),
              r.get("alpha").asDouble(),
              r.get("n").asInt()),
          1e-7,
          r.toString());
    }
    for (JsonNode r : Reference.ROOT.get("seeds_needed")) {
      assertEquals(
          r.get("n").asInt(),
          SeedPower.seedsNeeded(
              r.get("s1").asDouble(),
              r.get("s2").asDouble(),
              r.get("eps").asDouble(),
              r.get("alpha").asDouble(),
              r.get("power").asDouble()),
          r.toString());
    }
    for (JsonNode r : Reference.ROOT.get("seeds_for_half_width")) {
      assertEquals(
          r.get("n").asInt(),
          SeedPower.seedsForHalfWidth(
              r.get("std").asDouble(),
              r.get("mean").asDouble(),
              r.get("target").asDouble(),
              r.get("level").asDouble()),
          r.toString());
    }
  }

  @Test
  void zeroEffectNeedsNoFiniteNumberOfSeeds() {
    assertNull(SeedPower.seedsNeeded(1, 1, 0, 0.05, 0.8));
    assertNull(SeedPower.seedsForHalfWidth(1, 0, 0.05, 0.95));
  }

  @Test
  void forComparisonUsesObservedDifference() {
    JsonNode pong = Reference.named("two_sample", "pong_dqn_vs_rainbow");
    double[] b = Reference.array(pong.get("baseline"));
    double[] c = Reference.array(pong.get("candidate"));
    SeedPower.SeedsNeeded s = SeedPower.forComparison(b, c, null, 0.05, 0.8, Alternative.GREATER);
    assertTrue(s.observedEffect());
    assertRel(20.179506650803557 - 16.609718258565177, s.effect(), 1e-12, "effect");
    assertEquals(5, s.currentSeeds());
    assertEquals(
        SeedPower.seedsNeeded(s.stdBaseline(), s.stdCandidate(), s.effect(), 0.05, 0.8),
        s.seedsPerImplementation());
    assertRel(
        1 - SeedPower.beta(s.stdBaseline(), s.stdCandidate(), s.effect(), 0.05, 5),
        s.powerAtCurrentSeeds(),
        1e-15,
        "power");
    SeedPower.SeedsNeeded given =
        SeedPower.forComparison(b, c, 1.0, 0.05, 0.8, Alternative.GREATER);
    assertEquals(1.0, given.effect());
    assertTrue(given.seedsPerImplementation() > s.seedsPerImplementation());
  }

  /** colas_two_sided.py (scipy 1.10.1) in src/test/resources/stats/reference/. */
  @Test
  void twoSidedAdviceUsesHalfAlpha() {
    double[] two = {0.7554047685648972, 0.44699814976377955, 0.13114644475603965};
    int[] n = {5, 10, 20};
    for (int i = 0; i < n.length; i++) {
      assertRel(two[i], SeedPower.beta(1, 1, 1, 0.025, n[i]), 1e-8, "beta N=" + n[i]);
    }
    assertEquals(17, SeedPower.seedsNeeded(1, 1, 1, 0.025, 0.8));
    double[] b = {-1, 0, 1, -0.5, 0.5};
    double[] c = {0, 1, 2, 0.5, 1.5};
    SeedPower.SeedsNeeded s = SeedPower.forComparison(b, c, 1.0, 0.05, 0.8, Alternative.TWO_SIDED);
    assertEquals(
        SeedPower.seedsNeeded(s.stdBaseline(), s.stdCandidate(), 1.0, 0.025, 0.8),
        s.seedsPerImplementation());
    assertEquals(0.05, s.alpha());
  }

  @Test
  void precisionOfPongDqn() {
    double[] x = Reference.array(Reference.named("descriptive", "pong_dqn").get("x"));
    SeedPower.CiPrecision p = SeedPower.precision(x, 0.95, 0.05);
    JsonNode t = Reference.named("descriptive", "pong_dqn").get("t").get("0.95");
    double half = (t.get(1).asDouble() - t.get(0).asDouble()) / 2;
    assertRel(half, p.halfWidth(), 1e-8, "half width");
    assertRel(half / 16.609718258565177, p.shareOfMean(), 1e-8, "share");
    assertEquals(
        Reference.ROOT.get("seeds_for_half_width").get(0).get("n").asInt(), p.seedsForTarget());
  }

  @Test
  void widthCurveIsSeededAndShrinks() {
    double[] x = Reference.array(Reference.named("descriptive", "normal30").get("x"));
    List<SeedPower.WidthPoint> a = SeedPower.widthCurve(x, 0.95, 100, 3);
    assertEquals(a, SeedPower.widthCurve(x, 0.95, 100, 3));
    assertEquals(29, a.size());
    assertEquals(2, a.get(0).seeds());
    assertEquals(30, a.get(28).seeds());
    assertTrue(a.get(0).median() > a.get(8).median());
    assertTrue(a.get(8).median() > a.get(28).median());
    assertTrue(a.get(5).p10() <= a.get(5).median() && a.get(5).median() <= a.get(5).p90());
    // The last point is the observed sample's own t interval.
    GroupStatistics g = GroupStatistics.of(x, StatsOptions.defaults(0));
    assertRel(g.intervals().t().width(), a.get(28).median(), 1e-12, "full width");
  }
}
