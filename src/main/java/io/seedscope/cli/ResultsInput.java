package io.seedscope.cli;

import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.spec.MetricSpec;
import io.seedscope.spec.Spec;
import io.seedscope.spec.SpecReader;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads what the analysis commands are pointed at: a results directory written by {@code run} (its
 * records, and the metric, goal and aggregate of its {@code spec.yaml}) or a result file read by an
 * importer.
 */
final class ResultsInput {

  /**
   * The runs found and the defaults their source carries.
   *
   * @param declaredMetrics metrics the source has a column for, even where no run has a value
   */
  record Loaded(
      List<RunLog> logs,
      MetricSpec defaults,
      List<String> warnings,
      String task,
      Set<String> implementationParams,
      List<String> declaredMetrics) {}

  private ResultsInput() {}

  static boolean isRunDirectory(Path path) {
    return Files.isDirectory(path.resolve("records"))
        || Files.isRegularFile(path.resolve("spec.yaml"));
  }

  /** Loads a results directory; {@code onlyIds} (if not null) restricts it to those runs. */
  static Loaded runDirectory(Path dir, Collection<String> onlyIds) {
    RunStore store = new RunStore(dir);
    RunStore.Loaded loaded = store.load();
    List<String> warnings = new ArrayList<>();
    for (String id : loaded.corrupted()) {
      warnings.add(
          "run "
              + id
              + ": its record in "
              + dir.resolve("records")
              + " is damaged and is left out (rerun it with 'seedscope run SPEC --resume')");
    }
    Set<String> wanted = onlyIds == null ? null : new TreeSet<>(onlyIds);
    List<RunLog> logs = new ArrayList<>();
    int notPlanned = 0;
    for (RunRecord r : loaded.records().values()) {
      if (wanted == null || wanted.contains(r.runId())) {
        logs.add(r.toLog());
      } else {
        notPlanned++;
      }
    }
    if (notPlanned > 0) {
      // Typically records of an earlier version of the spec (another config or seed list): kept,
      // never deleted, but not part of what this spec asks about.
      warnings.add(
          notPlanned
              + " run record"
              + (notPlanned == 1 ? " in " + dir + " is" : "s in " + dir + " are")
              + " not in this spec's plan (from another version of the spec, or another"
              + " --seed-count or --repeat); kept, but left out of"
              + " this analysis ('seedscope analyze "
              + dir
              + "' includes every record)");
    }
    MetricSpec defaults = null;
    String task = null;
    Set<String> implParams = Set.of();
    Path specCopy = dir.resolve("spec.yaml");
    if (Files.isRegularFile(specCopy)) {
      Spec spec = SpecReader.readStored(specCopy);
      defaults = spec.metric();
      task = spec.task();
      implParams = spec.implementationParameters();
    }
    if (logs.isEmpty() && loaded.corrupted().isEmpty()) {
      throw new InputException(dir + ": no run records found (run a spec into it first)");
    }
    return new Loaded(logs, defaults, warnings, task, implParams, List.of());
  }

  /** Reduces loaded runs to one metric, choosing it as the user or the source says. */
  static ResultSet resultSet(Loaded loaded, AnalysisOptions opts, String where) {
    Set<String> metrics = new TreeSet<>();
    for (RunLog log : loaded.logs()) {
      metrics.addAll(log.metricNames());
    }
    metrics.addAll(loaded.declaredMetrics());
    String metric = opts.metric;
    if (metric == null && loaded.defaults() != null) {
      metric = loaded.defaults().name();
    }
    if (metric == null) {
      if (metrics.size() == 1) {
        metric = metrics.iterator().next();
      } else if (metrics.isEmpty()) {
        throw new InputException(where + ": no metric values found");
      } else {
        throw new InputException(
            where
                + ": several metrics ("
                + String.join(", ", metrics)
                + "); choose one with --metric");
      }
    }
    if (!metrics.contains(metric) && !metrics.isEmpty()) {
      throw new InputException(
          where + ": no metric '" + metric + "' (available: " + String.join(", ", metrics) + ")");
    }
    Goal goal = opts.goal(loaded.defaults() == null ? Goal.MAXIMIZE : loaded.defaults().goal());
    CurveAggregate agg =
        opts.aggregate(
            loaded.defaults() == null ? CurveAggregate.LAST : loaded.defaults().aggregate());
    return ResultSet.of(loaded.logs(), metric, goal, agg, loaded.warnings());
  }
}
