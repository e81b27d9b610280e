package io.seedscope.stats;

import static io.seedscope.stats.Reference.assertRel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupStatisticsTest {

  /** Descriptives and t intervals against scipy (scipy_reference.json "descriptive"). */
  @Test
  void descriptivesAndTIntervalsMatchScipy() {
    for (JsonNode ref : Reference.ROOT.get("descriptive")) {
      String name = ref.get("name").asText();
      double[] x = Reference.array(ref.get("x"));
      GroupStatistics g = GroupStatistics.of(x, StatsOptions.defaults(1).withThreads(1));
      assertEquals(x.length, g.n());
      assertRel(ref.get("mean").asDouble(), g.mean(), 1e-12, name + " mean");
      assertRel(ref.get("std").asDouble(), g.std(), 1e-12, name + " std");
      assertRel(ref.get("sem").asDouble(), g.sem(), 1e-12, name + " sem");
      assertRel(ref.get("median").asDouble(), g.median(), 1e-12, name + " median");
      assertRel(ref.get("iqm").asDouble(), g.iqm(), 1e-12, name + " iqm");
      assertEquals(ref.get("min").asDouble(), g.min(), name);
      assertEquals(ref.get("max").asDouble(), g.max(), name);
      assertRel(g.std() / Math.abs(g.mean()), g.cv(), 1e-15, name + " cv");
      for (String level : new String[] {"0.9", "0.95", "0.99"}) {
        Interval t = GroupStatistics.tInterval(g.mean(), g.sem(), g.n(), Double.parseDouble(level));
        // 1e-8 of the endpoints' scale: scipy 1.10's t.ppf is off by ~2e-9 relative (see
        // tQuantilesMatchMpmath), and a low endpoint near 0 amplifies that relatively.
        double lo = ref.get("t").get(level).get(0).asDouble();
        double hi = ref.get("t").get(level).get(1).asDouble();
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        assertEquals(lo, t.low(), 1e-8 * scale, name + " t low");
        assertEquals(hi, t.high(), 1e-8 * scale, name + " t high");
      }
      assertEquals(g.intervals().t(), g.intervals().get(IntervalMethod.T));
    }
  }

  /** Student t quantiles against a 30-digit mpmath inversion (scipy_reference.json). */
  @Test
  void tQuantilesMatchMpmath() {
    for (JsonNode r : Reference.ROOT.get("t_quantiles_mpmath")) {
      double p = r.get("p").asDouble();
      double df = r.get("df").asDouble();
      assertRel(r.get("q").asDouble(), GroupStatistics.tQuantile(p, df), 1e-13, p + "," + df);
    }
  }

  /** rliable's IQM (section D of the shared reference): 9 values, drops 2 from each end. */
  @Test
  void iqmOfNineValuesIsRliables() {
    double[] s = {0.1, 0.5, 2.0, 0.3, 0.9, 1.5, 0.2, 0.4, 8.0};
    assertEquals(0.72, GroupStatistics.of(s, StatsOptions.defaults(0)).iqm(), 1e-12);
  }

  @Test
  void defaultCiIsBcaAndContainsMean() {
    double[] x = Reference.array(Reference.named("descriptive", "lognormal30").get("x"));
    GroupStatistics g = GroupStatistics.of(x, StatsOptions.defaults(7));
    assertEquals("bca", g.ci().method());
    assertEquals(g.intervals().bca(), g.ci());
    assertTrue(g.ci().contains(g.mean()));
    assertTrue(g.intervals().percentile().contains(g.mean()));
    assertEquals(0.95, g.ci().level());
    // 30 seeds: no small-sample warning.
    assertTrue(g.warnings().isEmpty(), g.warnings().toString());
    StatsOptions t = new StatsOptions(0.9, 2000, 7, IntervalMethod.T);
    assertEquals("t", GroupStatistics.of(x, t).ci().method());
  }

  /**
   * BCa and percentile intervals vs scipy.stats.bootstrap (10,000 resamples; mean and sd of each
   * endpoint over 100 random states in scipy_reference.json): the mean over 20 seeds here must lie
   * within 4 standard errors of scipy's mean.
   */
  @Test
  void bootstrapIntervalsMatchScipyWithinMonteCarloError() {
    for (String name : new String[] {"pong_dqn", "lognormal30", "normal30"}) {
      JsonNode ref = Reference.named("bootstrap", name);
      double[] x = Reference.array(ref.get("data").get(0));
      int seeds = 20;
      double[] sums = new double[4];
      for (int s = 0; s < seeds; s++) {
        GroupStatistics g = GroupStatistics.of(x, StatsOptions.defaults(1000 + s));
        sums[0] += g.intervals().bca().low();
        sums[1] += g.intervals().bca().high();
        sums[2] += g.intervals().percentile().low();
        sums[3] += g.intervals().percentile().high();
      }
      double k = 4 * Math.sqrt(1.0 / seeds + 1.0 / ref.get("random_states").asInt());
      JsonNode bca = ref.get("BCa");
      JsonNode pct = ref.get("percentile");
      assertEquals(
          bca.get("low_mean").asDouble(),
          sums[0] / seeds,
          k * bca.get("low_sd").asDouble(),
          name + " bca low");
      assertEquals(
          bca.get("high_mean").asDouble(),
          sums[1] / seeds,
          k * bca.get("high_sd").asDouble(),
          name + " bca high");
      assertEquals(
          pct.get("low_mean").asDouble(),
          sums[2] / seeds,
          k * pct.get("low_sd").asDouble(),
          name + " pct low");
      assertEquals(
          pct.get("high_mean").asDouble(),
          sums[3] / seeds,
          k * pct.get("high_sd").asDouble(),
          name + " pct high");
    }
  }

  @Test
  void sameSeedSameIntervalsDifferentSeedDifferent() {
    double[] x = Reference.array(Reference.named("descriptive", "normal30").get("x"));
    GroupStatistics a = GroupStatistics.of(x, StatsOptions.defaults(42));
    GroupStatistics b = GroupStatistics.of(x, StatsOptions.defaults(42));
    GroupStatistics c = GroupStatistics.of(x, StatsOptions.defaults(43));
    assertEquals(a, b);
    assertFalse(a.intervals().bca().equals(c.intervals().bca()));
  }

  @Test
  void resultIsIndependentOfThreadCount() {
    double[] x = Reference.array(Reference.named("descriptive", "lognormal30").get("x"));
    StatsOptions one = new StatsOptions(0.95, 10_000, 99, IntervalMethod.BCA, 1);
    GroupStatistics single = GroupStatistics.of(x, one);
    GroupStatistics four = GroupStatistics.of(x, one.withThreads(4));
    assertEquals(single, four);
    assertEquals(
        java.util.Arrays.toString(MeanBootstrap.replicates(x, 5000, 3, 1)),
        java.util.Arrays.toString(MeanBootstrap.replicates(x, 5000, 3, 4)));
  }

  @Test
  void oneValueGivesNullSpreadAndUndefinedIntervals() {
    GroupStatistics g = GroupStatistics.of(new double[] {3.0}, StatsOptions.defaults(1));
    assertEquals(1, g.n());
    assertEquals(3.0, g.mean());
    assertNull(g.std());
    assertNull(g.sem());
    assertNull(g.cv());
    assertFalse(g.ci().defined());
    assertFalse(g.intervals().t().defined());
    assertFalse(g.warnings().isEmpty());
  }

  @Test
  void emptyGroupGivesNulls() {
    GroupStatistics g = GroupStatistics.of(new double[0], StatsOptions.defaults(1));
    assertEquals(0, g.n());
    assertNull(g.mean());
    assertFalse(g.ci().defined());
  }

  @Test
  void zeroVarianceGivesPointIntervalsAndAWarning() {
    GroupStatistics g = GroupStatistics.of(new double[] {2, 2, 2, 2}, StatsOptions.defaults(1));
    assertEquals(0.0, g.std());
    assertEquals(0.0, g.cv());
    for (IntervalMethod m : IntervalMethod.values()) {
      Interval i = g.intervals().get(m);
      assertEquals(2.0, i.low());
      assertEquals(2.0, i.high());
    }
    assertTrue(g.warnings().stream().anyMatch(w -> w.contains("equal")));
  }

  @Test
  void zeroMeanGivesNullCv() {
    assertNull(GroupStatistics.of(new double[] {-1, 1}, StatsOptions.defaults(1)).cv());
  }

  @Test
  void smallSampleWarningsNameTheUntrustedIntervals() {
    GroupStatistics g = GroupStatistics.of(new double[] {1, 2, 3, 4, 10}, StatsOptions.defaults(1));
    String all = String.join("\n", g.warnings());
    assertTrue(all.contains("bootstrap intervals"), all);
    assertTrue(all.contains("11-20%"), all);
    assertTrue(all.contains("t interval"), all);
    GroupStatistics two = GroupStatistics.of(new double[] {1, 2}, StatsOptions.defaults(1));
    assertTrue(String.join("\n", two.warnings()).contains("35%"));
  }

  @Test
  void nonFiniteValuesAreRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> GroupStatistics.of(new double[] {1, Double.NaN}, StatsOptions.defaults(1)));
  }

  @Test
  void badOptionsAreRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> new StatsOptions(1.0, 100, 1, IntervalMethod.T));
    assertThrows(
        IllegalArgumentException.class, () -> new StatsOptions(0.9, 0, 1, IntervalMethod.T));
  }

  /** The JSON shape the report relies on, with null (never NaN) for undefined values. */
  @Test
  void jsonShape() throws Exception {
    ObjectMapper om = new ObjectMapper();
    GroupStatistics g = GroupStatistics.of(new double[] {1, 2, 3, 4, 10}, StatsOptions.defaults(1));
    @SuppressWarnings("unchecked")
    Map<String, Object> m = om.readValue(om.writeValueAsString(g), Map.class);
    assertEquals(
        java.util.Set.of(
            "n",
            "mean",
            "std",
            "sem",
            "median",
            "iqm",
            "min",
            "max",
            "cv",
            "ci",
            "intervals",
            "warnings"),
        m.keySet());
    JsonNode tree = om.readTree(om.writeValueAsString(g));
    assertEquals(java.util.Set.of("low", "high", "method", "level"), fieldNames(tree.get("ci")));
    assertEquals(java.util.Set.of("t", "percentile", "bca"), fieldNames(tree.get("intervals")));
    String single =
        om.writeValueAsString(GroupStatistics.of(new double[] {5}, StatsOptions.defaults(1)));
    assertFalse(single.contains("NaN"), single);
    assertTrue(om.readTree(single).get("std").isNull());
  }

  private static java.util.Set<String> fieldNames(JsonNode n) {
    java.util.Set<String> s = new java.util.HashSet<>();
    n.fieldNames().forEachRemaining(s::add);
    return s;
  }
}
