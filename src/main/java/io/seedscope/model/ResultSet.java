package io.seedscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The runs of one analysis, reduced to one metric, in a stable order (group, seed, run id) so that
 * everything computed from it is reproducible byte for byte.
 */
public record ResultSet(
    String metric, Goal goal, CurveAggregate aggregate, List<Run> runs, List<String> warnings) {

  public ResultSet {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(
        (a, b) -> {
          int c = a.key().compareTo(b.key());
          if (c != 0) {
            return c;
          }
          c = Long.compare(a.seed(), b.seed());
          return c != 0 ? c : a.runId().compareTo(b.runId());
        });
    runs = Collections.unmodifiableList(sorted);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reduces logs to one metric. Runs that did not run to their end keep their status; one that did
   * (even if it was NO_METRIC for the spec's metric) is judged on this metric: with no value of it
   * it becomes {@link RunStatus#NO_METRIC}; a non-finite value (anywhere the aggregate looks) makes
   * it {@link RunStatus#DIVERGENT}.
   */
  public static ResultSet of(
      List<RunLog> logs,
      String metric,
      Goal goal,
      CurveAggregate aggregate,
      List<String> warnings) {
    List<Run> runs = new ArrayList<>(logs.size());
    for (RunLog log : logs) {
      runs.add(reduce(log, metric, aggregate));
    }
    return new ResultSet(metric, goal, aggregate, runs, warnings);
  }

  /**
   * Reduces one log to the metric: the single place that decides OK, NO_METRIC or DIVERGENT (the
   * executor uses it too, so a run is classified the same when it ends and when it is analyzed).
   */
  public static Run reduce(RunLog log, String metric, CurveAggregate aggregate) {
    double[] all = log.metrics().get(metric);
    boolean ranToEnd = log.status().ranToEnd();
    if (!ranToEnd || all == null) {
      RunStatus status = ranToEnd ? RunStatus.NO_METRIC : log.status();
      String reason = ranToEnd ? noMetricReason(log, metric) : log.reason();
      return new Run(
          log.runId(), log.key(), log.seed(), status, reason, null, new double[0], Double.NaN);
    }
    // Keep the points where this metric was logged (other metrics may log at other steps).
    long[] steps = log.steps();
    int n = 0;
    for (double v : all) {
      if (!isMissing(v)) {
        n++;
      }
    }
    double[] curve = new double[n];
    long[] kept = steps == null ? null : new long[n];
    int j = 0;
    for (int i = 0; i < all.length; i++) {
      if (!isMissing(all[i])) {
        curve[j] = all[i];
        if (kept != null) {
          kept[j] = steps[i];
        }
        j++;
      }
    }
    if (n == 0) {
      return new Run(
          log.runId(),
          log.key(),
          log.seed(),
          RunStatus.NO_METRIC,
          "no value of metric '" + metric + "'",
          kept,
          curve,
          Double.NaN);
    }
    double value = aggregate.apply(kept, curve);
    boolean finite = Double.isFinite(value) && Arrays.stream(curve).allMatch(Double::isFinite);
    return new Run(
        log.runId(),
        log.key(),
        log.seed(),
        finite ? RunStatus.OK : RunStatus.DIVERGENT,
        finite ? "" : "metric '" + metric + "' is NaN or infinite",
        kept,
        curve,
        value);
  }

  /**
   * Why a run that ran to its end has no value of {@code metric}: the reason stored with a
   * NO_METRIC run when it speaks of this metric (or nothing was logged at all, so it speaks of
   * any), since it says more (what was logged instead); otherwise a plain one.
   */
  private static String noMetricReason(RunLog log, String metric) {
    String stored = log.reason();
    boolean storedApplies =
        log.status() == RunStatus.NO_METRIC
            && !stored.isBlank()
            && (log.metrics().isEmpty() || stored.contains("'" + metric + "'"));
    return storedApplies ? stored : "no value of metric '" + metric + "'";
  }

  /**
   * Marker for "not logged at this step" inside aligned metric arrays. A real NaN metric (a
   * diverged run) is stored as plain {@link Double#NaN}; a missing cell as this distinct NaN
   * payload, so that the two are never confused.
   */
  public static final double MISSING = Double.longBitsToDouble(0x7ff8dead00000000L);

  public static boolean isMissing(double v) {
    return Double.doubleToRawLongBits(v) == 0x7ff8dead00000000L;
  }

  /** The same result set without the runs named (for example outliers left out on request). */
  public ResultSet without(java.util.Set<String> runIds) {
    if (runIds.isEmpty()) {
      return this;
    }
    List<Run> kept = new ArrayList<>(runs.size());
    for (Run r : runs) {
      if (!runIds.contains(r.runId())) {
        kept.add(r);
      }
    }
    return new ResultSet(metric, goal, aggregate, kept, warnings);
  }

  /** Runs grouped by implementation x task x config, groups in their natural order. */
  public SortedMap<GroupKey, List<Run>> byGroup() {
    SortedMap<GroupKey, List<Run>> groups = new TreeMap<>();
    for (Run r : runs) {
      groups.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
    }
    return groups;
  }

  /**
   * One value per seed of each group, in seed order: the mean of the seed's OK runs (see {@link
   * SeedValues} for why repeats of a seed count once).
   */
  public Map<GroupKey, double[]> valuesByGroup() {
    Map<GroupKey, double[]> out = new TreeMap<>();
    byGroup().forEach((k, rs) -> out.put(k, SeedValues.values(rs)));
    return out;
  }
}
