package io.seedscope.stats.multitask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Section D of /work/shared/reference/scipy-rliable-values.md: rliable's metrics_test cases and
 * hand-checked values with scipy 1.10.1. Matrices there are runs x tasks; here tasks hold runs.
 */
class RliableParityTest {
  /** Transposes a runs x tasks matrix into runs indexed by task. */
  static double[][] byTask(double[][] runsByTasks) {
    double[][] out = new double[runsByTasks[0].length][runsByTasks.length];
    for (int r = 0; r < runsByTasks.length; r++) {
      for (int t = 0; t < runsByTasks[0].length; t++) {
        out[t][r] = runsByTasks[r][t];
      }
    }
    return out;
  }

  static final double[][] X = byTask(new double[][] {{1, 2}, {2, 2}, {1, 1}, {2, 1}});
  static final double[][] Y = byTask(new double[][] {{1, 1}, {2, 2}, {3, 3}});
  static final double[][] S =
      byTask(new double[][] {{0.1, 0.5, 2.0}, {0.3, 0.9, 1.5}, {0.2, 0.4, 8.0}});

  @Test
  void metricsTestOfRliable() {
    assertEquals(1.5, Aggregates.median(X), 1e-12);
    assertEquals(1.5, Aggregates.mean(X), 1e-12);
    assertEquals(1.5, Aggregates.iqm(X), 1e-12);
    assertEquals(
        1.0 / 3,
        (ProbabilityOfImprovement.taskProbability(X[0], Y[0])
                + ProbabilityOfImprovement.taskProbability(X[1], Y[1]))
            / 2,
        1e-12);
  }

  @Test
  void skewedMatrix() {
    assertEquals(0.72, Aggregates.iqm(S), 1e-12);
    assertEquals(1.5444444444, Aggregates.mean(S), 1e-10);
    assertEquals(0.6, Aggregates.median(S), 1e-12);
    assertEquals(0.4, Aggregates.optimalityGap(S, 1.0), 1e-12);
    for (AggregateMetric m : AggregateMetric.values()) {
      assertEquals(
          new double[] {0.72, 0.6, 1.5444444444, 0.4}[m.ordinal()], m.of(S, 1.0), 1e-10, m.name());
    }
    double[] tau = {0.45};
    assertEquals(
        5.0 / 9,
        PerformanceProfile.pointEstimate(S, tau, ProfileKind.SCORE_DISTRIBUTION)[0],
        1e-12);
    assertEquals(
        2.0 / 3,
        PerformanceProfile.pointEstimate(S, tau, ProfileKind.AVERAGE_SCORE_DISTRIBUTION)[0],
        1e-12);
  }

  @Test
  void probabilityOfImprovementWithTies() {
    double[][] t = byTask(new double[][] {{0, 1}, {0.5, 2}, {0.5, 0}});
    double[][] u = byTask(new double[][] {{0.5, 1}, {0.5, 3}});
    Map<String, Map<String, double[]>> m = new LinkedHashMap<>();
    m.put("T", Map.of("a", t[0], "b", t[1]));
    m.put("U", Map.of("a", u[0], "b", u[1]));
    ProbabilityOfImprovement poi =
        ProbabilityOfImprovement.compute(ScoreMatrix.of(m), "T", "U", BootstrapOptions.of(2000, 1));
    assertEquals(1.0 / 3, poi.perTask().get("a"), 1e-12);
    assertEquals(0.25, poi.perTask().get("b"), 1e-12);
    assertEquals(0.2916666667, poi.estimate(), 1e-10);
  }

  @Test
  void identicalAlgorithmsHaveProbabilityOneHalf() {
    // rliable special-cases equal arrays as 0.5; ties counting one half gives it directly.
    assertEquals(0.5, ProbabilityOfImprovement.taskProbability(X[0], X[0].clone()), 0);
  }
}
