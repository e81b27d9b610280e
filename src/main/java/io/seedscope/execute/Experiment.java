package io.seedscope.execute;

/**
 * A training run implemented in Java and executed inside the seedscope JVM (like a JMH benchmark
 * method). Implementations need a public no-argument constructor; one instance is created per run,
 * so instances may keep state but must not share mutable static state.
 */
public interface Experiment {

  /**
   * Runs one training run.
   *
   * @param context the seed, the configuration values and where to write files
   * @param sink where to report metric values as training proceeds
   * @throws Exception any failure; the run is recorded as failed with the exception's message
   */
  void run(RunContext context, MetricsSink sink) throws Exception;
}
