package io.seedscope.cli;

import io.seedscope.ingest.Format;
import io.seedscope.ingest.ImportOptions;
import io.seedscope.ingest.ImportResult;
import io.seedscope.ingest.Importers;
import io.seedscope.ingest.WideLayout;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to read the RESULTS argument of the analysis commands. */
public final class InputOptions {

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "long-csv, wide-csv, sb3, score-matrix, dopamine, jsonl or tensorboard (default: detected).")
  String format;

  @Option(
      names = "--columns",
      paramLabel = "ROLE=COL,...",
      description = "Map column names, e.g. implementation=agent,seed=run,task=game.")
  String columns;

  @Option(
      names = "--pattern",
      paramLabel = "PATH",
      description =
          "Where seed/implementation/task sit in a log directory layout, e.g. logs/{implementation}/seed_{seed}/.")
  String pattern;

  @Option(
      names = "--wide",
      paramLabel = "seeds|implementations",
      description = "What the value columns of a wide CSV are (default seeds).")
  String wide;

  @Option(
      names = "--implementation",
      paramLabel = "NAME",
      description = "Implementation name for files that carry none.")
  String implementation;

  @Option(
      names = "--task",
      paramLabel = "NAME",
      description = "Task name for files that carry none.")
  String task;

  ImportOptions importOptions() {
    ImportOptions o = ImportOptions.defaults();
    if (format != null) {
      o = o.withFormat(Format.parse(format));
    }
    if (columns != null) {
      o = o.withColumns(columns);
    }
    if (pattern != null) {
      o = o.withPathPattern(pattern);
    }
    if (wide != null) {
      o = o.withWideLayout(WideLayout.parse(wide));
    }
    if (implementation != null) {
      o = o.withImplementation(implementation);
    }
    if (task != null) {
      o = o.withTask(task);
    }
    return o;
  }

  /** Loads RESULTS (a results directory or a file an importer reads) reduced to one metric. */
  ResultSet load(Path results, AnalysisOptions analysis) {
    return prepare(results, analysis).results();
  }

  /** What the analysis needs to know about RESULTS besides the runs. */
  record Prepared(ResultSet results, java.util.Set<String> implementationParams) {}

  Prepared prepare(Path results, AnalysisOptions analysis) {
    ResultsInput.Loaded loaded = loaded(results, analysis.metric);
    return new Prepared(
        ResultsInput.resultSet(loaded, analysis, results.toString()),
        loaded.implementationParams());
  }

  private ResultsInput.Loaded loaded(Path results, String metric) {
    if (!Files.exists(results)) {
      throw new InputException(results + ": no such file or directory");
    }
    if (format == null && Files.isDirectory(results) && ResultsInput.isRunDirectory(results)) {
      return ResultsInput.runDirectory(results, null);
    }
    ImportResult imported = Importers.read(results, importOptions());
    imported.summary().describe().forEach(line -> System.err.println("read: " + line));
    if (metric != null && imported.ignoredColumns().containsKey(metric)) {
      // A text column the reader ignored: say where its text is rather than "no metric".
      imported.selectMetric(metric);
    }
    return new ResultsInput.Loaded(
        imported.runs(),
        null,
        imported.warnings(),
        null,
        java.util.Set.of(),
        imported.metricNames());
  }
}
