package io.seedscope.stats;

import static io.seedscope.stats.Reference.assertRel;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReproducibilityTest {

  private static final GroupKey PPO = new GroupKey("ppo", "cartpole", Config.EMPTY);
  private static final GroupKey DQN = new GroupKey("dqn", "cartpole", Config.EMPTY);

  private static Run run(String id, GroupKey key, long seed, double value) {
    RunStatus s = Double.isFinite(value) ? RunStatus.OK : RunStatus.DIVERGENT;
    return new Run(id, key, seed, s, "", null, new double[] {value}, value);
  }

  /** MAD-based robust std and outliers vs scipy.stats.median_abs_deviation(scale='normal'). */
  @Test
  void robustStdAndOutliersMatchScipy() {
    for (JsonNode r : Reference.ROOT.get("robust")) {
      double[] x = Reference.array(r.get("x"));
      assertRel(r.get("robust_std").asDouble(), Reproducibility.robustStd(x), 1e-14, "mad");
      int[] expected = new int[r.get("outliers_k3.5").size()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = r.get("outliers_k3.5").get(i).asInt();
      }
      assertArrayEquals(expected, Reproducibility.outlierIndexes(x, 3.5));
    }
  }

  @Test
  void outliersAreListedByRunId() {
    double[] v = {10.0, 10.5, 9.8, 10.1, 10.2, 9.9, 10.0, 30.0, -5.0, 10.3};
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      runs.add(run("ppo-" + i, PPO, i, v[i]));
      runs.add(run("dqn-" + i, DQN, i, i));
    }
    runs.add(run("ppo-nan", PPO, 99, Double.NaN));
    List<Reproducibility.Outlier> out =
        Reproducibility.outliers(runs, Reproducibility.DEFAULT_OUTLIER_K);
    assertEquals(2, out.size());
    assertEquals("ppo-7", out.get(0).runId());
    assertEquals("ppo-8", out.get(1).runId());
    assertTrue(out.get(0).robustZ() > 3.5);
    assertTrue(out.get(1).robustZ() < -3.5);
    assertEquals("ppo / cartpole", out.get(0).group());
  }

  /**
   * A seed is screened once, by the mean of its repeats: three repeats of a wild seed are one
   * outlier (not three, and not a crowd that moves the median), and a seed whose repeats disagree
   * but average out is not an outlier at all.
   */
  @Test
  void outliersAreSeedsWhoseRepeatsAreAveraged() {
    double[] v = {10.0, 10.5, 9.8, 10.1, 10.2, 9.9};
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < v.length; i++) {
      runs.add(run("ppo-" + i, PPO, i, v[i]));
    }
    runs.add(run("wild-a", PPO, 7, 40.0));
    runs.add(run("wild-b", PPO, 7, 41.0));
    runs.add(run("wild-c", PPO, 7, 42.0));
    // Repeats 10.0 +- 6: each would be an outlier as a run; their mean, 10.0, is not.
    runs.add(run("split-a", PPO, 8, 4.0));
    runs.add(run("split-b", PPO, 8, 16.0));
    List<Reproducibility.Outlier> out =
        Reproducibility.outliers(runs, Reproducibility.DEFAULT_OUTLIER_K);
    assertEquals(1, out.size());
    Reproducibility.Outlier o = out.get(0);
    assertEquals(7, o.seed());
    assertEquals("wild-a", o.runId());
    assertEquals(List.of("wild-a", "wild-b", "wild-c"), o.runIds());
    assertEquals(41.0, o.value());
    // Median of the 8 seed values {9.8, 9.9, 10.0, 10.0, 10.1, 10.2, 10.5, 41}: (10.0 + 10.1) / 2.
    assertEquals(10.05, o.median(), 1e-12);
  }

  /** Groups of fewer than 5 seeds are not screened: their MAD is too noisy to call anything. */
  @Test
  void groupsOfFewerThanFiveSeedsAreNotScreened() {
    List<Run> four = new ArrayList<>();
    double[] v = {10.0, 10.1, 9.9, 1000.0};
    for (int i = 0; i < v.length; i++) {
      four.add(run("r" + i, PPO, i, v[i]));
    }
    assertEquals(0, Reproducibility.outliers(four, Reproducibility.DEFAULT_OUTLIER_K).size());
    four.add(run("r4", PPO, 4, 10.05));
    assertEquals(1, Reproducibility.outliers(four, Reproducibility.DEFAULT_OUTLIER_K).size());
  }

  @Test
  void zeroMadAndTinyGroupsAreNotScreened() {
    assertEquals(0, Reproducibility.outlierIndexes(new double[] {1, 1, 1, 5}, 3.5).length);
    assertEquals(0, Reproducibility.outlierIndexes(new double[] {1, 100}, 3.5).length);
  }

  @Test
  void determinismFlagsDifferingRepeats() throws Exception {
    List<Run> runs =
        List.of(
            run("a1", PPO, 1, 5.0),
            run("a2", PPO, 1, 5.0),
            run("b1", PPO, 2, 5.0),
            run("b2", PPO, 2, 5.25),
            run("b3", PPO, 2, 5.1),
            run("c1", PPO, 3, 7.0),
            run("d1", DQN, 1, 1.0),
            run("d2", DQN, 1, Double.NaN),
            run("e1", DQN, 2, Double.NaN),
            run("e2", DQN, 2, Double.NaN));
    List<Reproducibility.DeterminismCheck> checks = Reproducibility.determinism(runs, 0.0);
    assertEquals(4, checks.size());
    // Order: groups (task, config, implementation): dqn before ppo; then seed.
    Reproducibility.DeterminismCheck d1 = checks.get(0);
    assertEquals(1, d1.seed());
    assertFalse(d1.deterministic());
    assertNull(d1.maxAbsDifference());
    assertTrue(checks.get(1).deterministic());
    Reproducibility.DeterminismCheck a = checks.get(2);
    assertTrue(a.deterministic());
    assertEquals(0.0, a.maxAbsDifference());
    Reproducibility.DeterminismCheck b = checks.get(3);
    assertEquals(3, b.repeats());
    assertEquals(0.25, b.maxAbsDifference());
    assertFalse(b.deterministic());
    assertEquals(List.of("b1", "b2", "b3"), b.runIds());
    assertTrue(Reproducibility.determinism(runs, 0.3).get(3).deterministic());
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(b);
    assertFalse(json.contains("\"key\""), json);
    assertTrue(json.contains("\"maxAbsDifference\":0.25"), json);
  }
}
