package io.seedscope.stats.multitask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.InputException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreMatrixTest {

  static Map<String, Map<String, double[]>> twoByTwo() {
    Map<String, Map<String, double[]>> m = new LinkedHashMap<>();
    Map<String, double[]> a = new LinkedHashMap<>();
    a.put("pong", new double[] {1, Double.NaN, 3});
    a.put("breakout", new double[] {10, 20});
    m.put("A", a);
    Map<String, double[]> b = new LinkedHashMap<>();
    b.put("breakout", new double[] {5, Double.POSITIVE_INFINITY, 15, 25});
    b.put("pong", new double[] {0, 2});
    m.put("B", b);
    return m;
  }

  @Test
  void divergentRunsAreListedAndExcluded() {
    ScoreMatrix s = ScoreMatrix.of(twoByTwo());
    assertEquals(java.util.List.of("A", "B"), s.algorithms());
    assertEquals(java.util.List.of("pong", "breakout"), s.tasks());
    assertArrayEquals(new double[] {1, 3}, s.runs("A", "pong"));
    assertArrayEquals(new double[] {5, 15, 25}, s.runs("B", "breakout"));
    assertEquals(
        java.util.List.of(
            new DivergentScore("A", "pong", 1, "NaN"),
            new DivergentScore("B", "breakout", 1, "Infinity")),
        s.divergent());
    assertFalse(s.equalRuns());
  }

  @Test
  void badInputIsAnInputException() {
    Map<String, Map<String, double[]>> m = twoByTwo();
    m.get("B").remove("pong");
    InputException e = assertThrows(InputException.class, () -> ScoreMatrix.of(m));
    assertTrue(e.getMessage().contains("'B'"), e.getMessage());
    Map<String, Map<String, double[]>> allNaN = twoByTwo();
    allNaN.get("A").put("pong", new double[] {Double.NaN});
    assertThrows(InputException.class, () -> ScoreMatrix.of(allNaN));
    assertThrows(InputException.class, () -> ScoreMatrix.of(Map.of()));
    ScoreMatrix s = ScoreMatrix.of(twoByTwo());
    assertThrows(
        InputException.class, () -> Normalization.minMax(s, Map.of("pong", new ScoreRange(0, 1))));
    assertThrows(InputException.class, () -> new ScoreRange(1, 1));
  }

  @Test
  void minMaxNormalization() {
    ScoreMatrix s =
        Normalization.minMax(
            ScoreMatrix.of(twoByTwo()),
            Map.of("pong", new ScoreRange(-1, 3), "breakout", new ScoreRange(10, 30)));
    assertArrayEquals(new double[] {0.5, 1.0}, s.runs("A", "pong"), 1e-15);
    assertArrayEquals(new double[] {-0.25, 0.25, 0.75}, s.runs("B", "breakout"), 1e-15);
    assertEquals(2, s.divergent().size());
    Map<String, ScoreRange> observed = Normalization.observedRanges(ScoreMatrix.of(twoByTwo()));
    assertEquals(new ScoreRange(0, 3), observed.get("pong"));
    assertEquals(new ScoreRange(5, 25), observed.get("breakout"));
  }

  @Test
  void jsonShapes() throws Exception {
    ScoreMatrix s = ScoreMatrix.of(twoByTwo());
    ObjectMapper json = new ObjectMapper();
    BootstrapOptions o = BootstrapOptions.of(200, 1L);
    JsonNode est =
        json.valueToTree(
            IntervalEstimates.compute(
                s, EnumSet.of(AggregateMetric.IQM, AggregateMetric.OPTIMALITY_GAP), o));
    assertEquals(200, est.get("resamples").asInt());
    JsonNode a = est.get("algorithms").get(0);
    assertEquals("A", a.get("algorithm").asText());
    assertTrue(a.get("metrics").get("iqm").has("low"), a.toString());
    assertTrue(a.get("metrics").has("optimalityGap"), a.toString());
    JsonNode prof =
        json.valueToTree(
            PerformanceProfile.compute(
                s, new double[] {0, 5}, ProfileKind.AVERAGE_SCORE_DISTRIBUTION, o));
    assertEquals("averageScoreDistribution", prof.get("kind").asText());
    assertEquals(2, prof.get("algorithms").get(1).get("high").size());
    JsonNode poi = json.valueToTree(ProbabilityOfImprovement.compute(s, "A", "B", o));
    assertEquals("pong", poi.get("perTask").fieldNames().next());
  }
}
