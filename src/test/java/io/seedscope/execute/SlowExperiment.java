package io.seedscope.execute;

/** An in-JVM test experiment that takes a while per run (for kill/resume tests). */
public final class SlowExperiment implements Experiment {
  @Override
  public void run(RunContext context, MetricsSink sink) throws Exception {
    long millis = Long.parseLong(context.config().getOrDefault("millis", "200"));
    for (int step = 0; step < 4; step++) {
      if (context.isCancelled()) {
        return;
      }
      Thread.sleep(millis / 4);
      sink.log(step, "return", context.seed() + step * 0.5);
    }
  }
}
