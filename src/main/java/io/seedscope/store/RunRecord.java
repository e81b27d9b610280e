package io.seedscope.store;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The durable record of one finished (or failed, or cancelled) run, as stored on disk. Metric lists
 * hold {@code null} where a metric was not logged at a step, and the strings "NaN", "Infinity",
 * "-Infinity" for non-finite values.
 *
 * @param schema record format version
 * @param exitCode the process's exit code, or null (in-JVM runs, timeouts)
 * @param attempts how many attempts the run took (retries + 1 at most)
 * @param startedAt ISO-8601 instant of the last attempt's start
 * @param durationMillis wall-clock time of the last attempt
 * @param host the machine that ran it
 * @param steps the logged steps, or null when the run logged only final values
 * @param metrics metric name to values aligned with {@code steps}
 */
public record RunRecord(
    String schema,
    String runId,
    String implementation,
    String task,
    Map<String, String> config,
    long seed,
    int repeat,
    RunStatus status,
    Integer exitCode,
    String reason,
    int attempts,
    String startedAt,
    long durationMillis,
    String host,
    List<Long> steps,
    Map<String, List<Double>> metrics) {

  public static final String SCHEMA = "seedscope.run/1";

  public RunRecord {
    config = new TreeMap<>(config);
    metrics = new TreeMap<>(metrics);
    reason = reason == null ? "" : reason;
  }

  public GroupKey key() {
    return new GroupKey(implementation, task, Config.of(config));
  }

  /** The record as a log for analysis. */
  public RunLog toLog() {
    long[] s = null;
    if (steps != null) {
      s = new long[steps.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = steps.get(i);
      }
    }
    Map<String, double[]> m = new LinkedHashMap<>();
    metrics.forEach(
        (name, values) -> {
          double[] v = new double[values.size()];
          for (int i = 0; i < v.length; i++) {
            Double d = values.get(i);
            v[i] = d == null ? ResultSet.MISSING : d;
          }
          m.put(name, v);
        });
    return new RunLog(runId, key(), seed, status, reason, s, m);
  }

  /** Converts aligned arrays (with {@link ResultSet#MISSING} holes) to the stored lists. */
  public static Map<String, List<Double>> toLists(Map<String, double[]> metrics) {
    Map<String, List<Double>> out = new TreeMap<>();
    metrics.forEach(
        (name, values) -> {
          List<Double> list = new ArrayList<>(values.length);
          for (double v : values) {
            list.add(ResultSet.isMissing(v) ? null : v);
          }
          out.put(name, list);
        });
    return out;
  }
}
