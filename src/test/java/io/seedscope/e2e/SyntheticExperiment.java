package io.seedscope.e2e;

import io.seedscope.execute.Experiment;
import io.seedscope.execute.MetricsSink;
import io.seedscope.execute.RunContext;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An in-JVM experiment with known behaviour: return at step s is 100 lr + shift + s + noise (noise
 * from the seed only); with {@code divergeSeed} set, that seed's last step is NaN; with {@code
 * repeatJitter} set, up to that much is added depending on the run directory, so that repeats of a
 * seed disagree (reproducibly).
 */
public final class SyntheticExperiment implements Experiment {
  @Override
  public void run(RunContext context, MetricsSink sink) {
    SplittableRandom rng = new SplittableRandom(context.seed() * 7919 + 17);
    double base = 100 * context.doubleParam("lr", 0.1) + context.doubleParam("shift", 0);
    int steps = context.intParam("steps", 6);
    long diverge = context.intParam("divergeSeed", -1);
    double offset = 3 * (rng.nextDouble() - 0.5);
    double jitter = context.doubleParam("repeatJitter", 0);
    if (jitter != 0) {
      offset +=
          jitter * Math.floorMod(context.runDir().getFileName().toString().hashCode(), 97) / 96;
    }
    for (int s = 0; s < steps; s++) {
      double v = base + s + offset + 0.5 * (rng.nextDouble() - 0.5);
      if (context.seed() == diverge && s == steps - 1) {
        v = Double.NaN;
      }
      sink.log(s * 10L, Map.of("return", v, "loss", 1 / (1 + Math.abs(v))));
    }
  }
}
