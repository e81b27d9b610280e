package io.seedscope.execute;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an in-JVM experiment is told about its run.
 *
 * @param seed the random seed: the only source of randomness the experiment may use
 * @param config hyperparameter name to value (as text; parse what you need)
 * @param runDir a directory of the run's own for any files it writes
 * @param cancelled becomes true when the harness wants the run to stop (timeout, Ctrl-C); long
 *     loops should poll it and return
 */
public record RunContext(
    long seed,
    Map<String, String> config,
    Path runDir,
    java.util.function.BooleanSupplier cancelled) {

  public double doubleParam(String name, double fallback) {
    String v = config.get(name);
    return v == null ? fallback : Double.parseDouble(v);
  }

  public int intParam(String name, int fallback) {
    String v = config.get(name);
    return v == null ? fallback : (int) Math.round(Double.parseDouble(v));
  }

  public boolean isCancelled() {
    return cancelled.getAsBoolean();
  }
}
