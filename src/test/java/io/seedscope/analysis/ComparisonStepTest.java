package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import io.seedscope.stats.Alternative;
import io.seedscope.stats.SeedPower;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComparisonStepTest {

  /** Dopamine pong final returns (shared reference, "Dopamine fixture"). */
  private static final double[] DQN = {
    17.46078431372549, 16.43617021276596, 17.152380952380952, 13.023255813953488, 18.976
  };

  private static final double[] RAINBOW = {
    20.586206896551722, 20.06923076923077, 20.140625, 20.301470588235293, 19.8
  };

  private static SeedPower.SeedsNeeded advice(Alternative alternative) {
    List<RunLog> logs = new ArrayList<>();
    Map<GroupKey, double[]> values = new LinkedHashMap<>();
    for (String impl : List.of("dqn", "rainbow")) {
      double[] v = impl.equals("dqn") ? DQN : RAINBOW;
      GroupKey key = new GroupKey(impl, "pong", Config.of(Map.of()));
      values.put(key, v);
      for (int s = 0; s < v.length; s++) {
        logs.add(
            new RunLog(impl + s, key, s, RunStatus.OK, "", null, Map.of("r", new double[] {v[s]})));
      }
    }
    ResultSet rs = ResultSet.of(logs, "r", Goal.MAXIMIZE, CurveAggregate.LAST, List.of());
    ComparisonSettings compare =
        new ComparisonSettings("dqn", null, alternative, false, "welch", Set.of(), null);
    return new ComparisonStep(AnalysisSettings.defaults(), compare, 1)
        .run(rs, values)
        .seeds()
        .get(0)
        .seedsNeeded();
  }

  /** colas_two_sided.py (scipy 1.10.1) in src/test/resources/stats/reference/. */
  @Test
  void seedAdviceFollowsTheAlternative() {
    SeedPower.SeedsNeeded two = advice(Alternative.TWO_SIDED);
    assertEquals(0.7774458729310876, two.powerAtCurrentSeeds(), 1e-8);
    assertEquals(6, two.seedsPerImplementation());
    assertEquals(0.05, two.alpha());
    assertTrue(two.assumption().startsWith("two-sided Welch"), two.assumption());
    SeedPower.SeedsNeeded one = advice(Alternative.GREATER);
    assertEquals(0.8936383017868527, one.powerAtCurrentSeeds(), 1e-8);
    assertEquals(5, one.seedsPerImplementation());
    assertTrue(one.assumption().startsWith("one-sided Welch"), one.assumption());
  }
}
