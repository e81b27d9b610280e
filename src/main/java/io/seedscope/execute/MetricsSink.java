package io.seedscope.execute;

import java.util.Map;

/**
 * Receives metric values from a running experiment: the in-JVM twin of the JSON-lines metrics
 * protocol ({@code {"step": 1000, "return": 87.5}} on stdout).
 */
public interface MetricsSink {

  /** Records metric values logged at one step; steps must increase. */
  void log(long step, Map<String, Double> values);

  /** Convenience for one metric. */
  default void log(long step, String metric, double value) {
    log(step, Map.of(metric, value));
  }
}
