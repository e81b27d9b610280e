package io.seedscope.model;

import java.util.Map;
import java.util.Set;

/**
 * Everything one run logged, before a metric is chosen: what every importer and the run store
 * produce. {@code steps} is null when the run logged only final values (one point per metric);
 * otherwise it is strictly increasing and every metric array is aligned with it (NaN where a metric
 * was not logged at that step).
 *
 * @param runId a stable id; two logs with the same key and seed but different ids are repeats
 * @param key implementation, task and configuration
 * @param seed the random seed of the run
 * @param status how the run ended (importers give {@link RunStatus#OK})
 * @param reason why a run failed, or empty
 * @param steps logged steps, or null
 * @param metrics metric name to values aligned with {@code steps}
 */
public record RunLog(
    String runId,
    GroupKey key,
    long seed,
    RunStatus status,
    String reason,
    long[] steps,
    Map<String, double[]> metrics) {

  public RunLog {
    reason = reason == null ? "" : reason;
    // Sorted, so that everything iterating the metrics is reproducible from run to run.
    metrics = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(metrics));
  }

  public Set<String> metricNames() {
    return metrics.keySet();
  }

  public boolean hasSteps() {
    return steps != null;
  }
}
