package io.seedscope.e2e;

import io.seedscope.execute.Experiment;
import io.seedscope.execute.MetricsSink;
import io.seedscope.execute.RunContext;
import java.util.Map;

/**
 * An in-JVM experiment whose runs end in every way a run can, for tests that compare a results
 * directory with its export. Return at step s is 10 seed + s. With {@code flaky} set: seeds 1 and 5
 * log two steps then throw (failed, with partial values and a reason holding a comma, quotes and a
 * line break), seed 2 logs nothing (no_metric), seed 6 logs one step then runs until it is stopped
 * (timeout), seed 7 logs NaN at its last step (divergent).
 */
public final class FlakyExperiment implements Experiment {
  @Override
  public void run(RunContext context, MetricsSink sink) throws InterruptedException {
    long seed = context.seed();
    boolean flaky = context.intParam("flaky", 0) != 0;
    if (flaky && seed == 2) {
      return;
    }
    for (int s = 0; s < 3; s++) {
      double v = 10.0 * seed + s;
      if (flaky && seed == 7 && s == 2) {
        v = Double.NaN;
      }
      sink.log(s * 10L, Map.of("return", v));
      if (flaky && (seed == 1 || seed == 5) && s == 1) {
        throw new IllegalStateException("lost, \"badly\" at step " + s + "\nsecond line");
      }
      if (flaky && seed == 6) {
        while (!context.isCancelled()) {
          Thread.sleep(20);
        }
        return;
      }
    }
  }
}
