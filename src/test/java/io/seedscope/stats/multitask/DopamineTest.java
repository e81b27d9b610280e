package io.seedscope.stats.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dopamine baselines (60 games x 6 agents x 5 runs) against
 * src/test/resources/multitask/reference/dopamine_rliable.py (numpy 1.24.2, scipy 1.10.1, rliable's
 * definitions); its output is dopamine_rliable.json. Point estimates must agree to rounding;
 * bootstrap intervals are Monte Carlo quantities and must agree within a few Monte Carlo standard
 * errors.
 */
class DopamineTest {
  static JsonNode ref;
  static ScoreMatrix raw;
  static ScoreMatrix norm;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        DopamineTest.class.getResourceAsStream("/multitask/reference/dopamine_rliable.json")) {
      ref = new ObjectMapper().readTree(in);
    }
    raw = ScoreMatrix.of(Dopamine.finalReturns());
    norm = Dopamine.normalized();
  }

  @Test
  void shape() {
    assertEquals(6, raw.algorithms().size());
    assertEquals(60, raw.tasks().size());
    assertTrue(raw.equalRuns());
    assertTrue(raw.divergent().isEmpty());
  }

  @Test
  void rawPointEstimates() {
    for (String a : raw.algorithms()) {
      double[][] s = raw.byTask(a);
      JsonNode r = ref.get("raw").get(a);
      assertEquals(r.get("iqm").asDouble(), Aggregates.iqm(s), 1e-9, a);
      assertEquals(r.get("median").asDouble(), Aggregates.median(s), 1e-9, a);
      assertEquals(r.get("mean").asDouble(), Aggregates.mean(s), 1e-9, a);
    }
    // IQM of raw returns: Rainbow 6048.46 vs DQN 2407.09.
    assertEquals(6048.463544973192, Aggregates.iqm(raw.byTask("Rainbow")), 1e-9);
  }

  @Test
  void normalizedPointEstimatesAndProfiles() {
    double[] taus = toArray(ref.get("taus"));
    for (String a : norm.algorithms()) {
      double[][] s = norm.byTask(a);
      JsonNode r = ref.get("normalized").get(a);
      for (AggregateMetric m : AggregateMetric.values()) {
        String key = m == AggregateMetric.OPTIMALITY_GAP ? "optimalityGap" : m.name().toLowerCase();
        assertEquals(r.get(key).asDouble(), m.of(s, 1.0), 1e-12, a + " " + m);
      }
      assertArrayEquals(
          toArray(ref.get("scoreDistribution").get(a)),
          PerformanceProfile.pointEstimate(s, taus, ProfileKind.SCORE_DISTRIBUTION));
      assertArrayEquals(
          toArray(ref.get("averageScoreDistribution").get(a)),
          PerformanceProfile.pointEstimate(s, taus, ProfileKind.AVERAGE_SCORE_DISTRIBUTION));
    }
  }

  @Test
  void aggregateIntervalsMatchNumpyBootstrap() {
    IntervalEstimates est =
        IntervalEstimates.compute(
            norm.select("DQN", "Rainbow"),
            EnumSet.allOf(AggregateMetric.class),
            BootstrapOptions.of(50_000, 20240601L));
    for (String a : new String[] {"DQN", "Rainbow"}) {
      JsonNode b = ref.get("bootstrap50000").get(a);
      for (AggregateMetric m : AggregateMetric.values()) {
        String key = m == AggregateMetric.OPTIMALITY_GAP ? "optimalityGap" : m.name().toLowerCase();
        Estimate e = est.get(a).get(m);
        double lo = b.get(key).get(0).asDouble();
        double hi = b.get(key).get(1).asDouble();
        // 50,000 resamples: an endpoint's Monte Carlo s.e. is about 0.3% of the width.
        double tol = 0.03 * (hi - lo);
        assertEquals(lo, e.low(), tol, a + " " + m + " low");
        assertEquals(hi, e.high(), tol, a + " " + m + " high");
        assertTrue(e.low() <= e.estimate() && e.estimate() <= e.high(), a + " " + m);
      }
    }
  }

  @Test
  void probabilityOfImprovementMatchesNumpy() {
    ProbabilityOfImprovement poi =
        ProbabilityOfImprovement.compute(norm, "Rainbow", "DQN", BootstrapOptions.of(2000, 3L));
    assertEquals(ref.get("poiRainbowOverDqn").asDouble(), poi.estimate(), 1e-12);
    for (Map.Entry<String, Double> e : poi.perTask().entrySet()) {
      assertEquals(
          ref.get("poiRainbowOverDqnPerTask").get(e.getKey()).asDouble(), e.getValue(), 1e-12);
    }
    double lo = ref.get("poiBootstrap2000").get(0).asDouble();
    double hi = ref.get("poiBootstrap2000").get(1).asDouble();
    assertEquals(lo, poi.low(), 0.1 * (hi - lo) + 1e-3);
    assertEquals(hi, poi.high(), 0.1 * (hi - lo) + 1e-3);
    // PoI is invariant to a monotone per-task normalization.
    assertEquals(
        poi.estimate(),
        ProbabilityOfImprovement.compute(raw, "Rainbow", "DQN", BootstrapOptions.of(10, 3L))
            .estimate(),
        1e-12);
  }

  @Test
  void scoreDistributionBandMatchesNumpy() {
    double[] taus = toArray(ref.get("taus"));
    PerformanceProfile p =
        PerformanceProfile.compute(
            norm.select("DQN", "Rainbow"),
            taus,
            ProfileKind.SCORE_DISTRIBUTION,
            BootstrapOptions.of(BootstrapOptions.PROFILE_RESAMPLES, 11L));
    for (String a : new String[] {"DQN", "Rainbow"}) {
      JsonNode band = ref.get("bootstrap50000").get(a).get("scoreDistributionBand");
      for (int k = 0; k < taus.length; k++) {
        double lo = band.get(k).get(0).asDouble();
        double hi = band.get(k).get(1).asDouble();
        double tol = 0.1 * (hi - lo) + 1.0 / 300;
        assertEquals(lo, p.get(a).low().get(k), tol, a + " tau " + taus[k]);
        assertEquals(hi, p.get(a).high().get(k), tol, a + " tau " + taus[k]);
      }
    }
  }

  static double[] toArray(JsonNode n) {
    double[] out = new double[n.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = n.get(i).asDouble();
    }
    return out;
  }

  static void assertArrayEquals(double[] expected, double[] actual) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-12, "index " + i);
    }
  }
}
