package io.seedscope.gate;

import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds result sets for tests. */
final class Runs {
  final List<Run> runs = new ArrayList<>();
  private int id;

  static GroupKey key(String impl) {
    return new GroupKey(impl, "task", Config.of(Map.of("lr", "0.1")));
  }

  Runs ok(GroupKey key, long seed, double value) {
    runs.add(new Run("r" + id++, key, seed, RunStatus.OK, "", null, new double[] {value}, value));
    return this;
  }

  Runs okValues(GroupKey key, double... values) {
    long seed = 0;
    for (double v : values) {
      ok(key, seed++, v);
    }
    return this;
  }

  Runs curve(GroupKey key, long seed, long[] steps, double[] curve) {
    runs.add(
        new Run("r" + id++, key, seed, RunStatus.OK, "", steps, curve, curve[curve.length - 1]));
    return this;
  }

  Runs status(GroupKey key, long seed, RunStatus status) {
    runs.add(new Run("r" + id++, key, seed, status, "boom", null, new double[0], Double.NaN));
    return this;
  }

  ResultSet build(Goal goal) {
    return new ResultSet("return", goal, CurveAggregate.LAST, runs, List.of());
  }

  ResultSet build() {
    return build(Goal.MAXIMIZE);
  }
}
