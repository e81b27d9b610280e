package io.seedscope.analysis;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import io.seedscope.stats.GroupStatistics;
import io.seedscope.stats.StatsOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a result set into an {@link Analysis}: statistics per group, the runs left out and why,
 * and the warnings a reader must see. Pure: the same result set and settings give the same
 * analysis.
 */
public final class Analyzer {

  private final AnalysisSettings settings;
  private final int threads;

  public Analyzer(AnalysisSettings settings, int threads) {
    this.settings = settings;
    this.threads = Math.max(1, threads);
  }

  public Analysis analyze(ResultSet results) {
    StatsOptions opts = settings.statsOptions(threads);
    List<GroupResult> groups = new ArrayList<>();
    List<RunNote> divergent = new ArrayList<>();
    List<RunNote> failed = new ArrayList<>();
    List<String> warnings = new ArrayList<>(results.warnings());
    int ok = 0;
    for (Map.Entry<GroupKey, List<Run>> e : results.byGroup().entrySet()) {
      GroupKey key = e.getKey();
      int nDivergent = 0;
      int nFailed = 0;
      List<Double> values = new ArrayList<>();
      for (Run r : e.getValue()) {
        if (r.isOk()) {
          values.add(r.value());
          ok++;
        } else if (r.status() == RunStatus.DIVERGENT) {
          nDivergent++;
          divergent.add(note(r));
        } else {
          nFailed++;
          failed.add(note(r));
        }
      }
      double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
      GroupStatistics s = GroupStatistics.of(v, opts);
      groups.add(
          GroupResult.of(
              key.implementation(),
              key.task(),
              jsonConfig(key.config()),
              e.getValue().size(),
              nDivergent,
              nFailed,
              s));
      if (nDivergent > 0) {
        warnings.add(
            key.label()
                + ": "
                + nDivergent
                + " divergent run(s) (NaN or infinite "
                + results.metric()
                + ") are left out of the statistics");
      }
    }
    return new Analysis(
        Analysis.SCHEMA,
        results.metric(),
        results.goal().label(),
        results.aggregate().toString(),
        settings,
        new Analysis.Counts(results.runs().size(), ok, divergent.size(), failed.size()),
        groups,
        divergent,
        failed,
        warnings);
  }

  private static RunNote note(Run r) {
    return new RunNote(
        r.runId(),
        r.key().implementation(),
        r.key().task(),
        r.seed(),
        r.status().name().toLowerCase(Locale.ROOT),
        r.reason());
  }

  /** Parameter values as JSON numbers where they are numbers, text otherwise. */
  static Map<String, Object> jsonConfig(Config config) {
    Map<String, Object> out = new LinkedHashMap<>();
    config
        .values()
        .forEach(
            (k, v) -> {
              Object value = v;
              try {
                if (v.matches("[-+]?\\d{1,18}")) {
                  value = Long.parseLong(v);
                } else {
                  double d = Double.parseDouble(v);
                  if (Double.isFinite(d)) {
                    value = d;
                  }
                }
              } catch (NumberFormatException ex) {
                // categorical value: keep the text
              }
              out.put(k, value);
            });
    return out;
  }
}
