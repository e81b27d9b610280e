package io.seedscope.cli;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.AnalysisJson;
import io.seedscope.analysis.Analyzer;
import io.seedscope.model.ResultSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;

/** The analyze-and-write step shared by {@code run}, {@code analyze} and {@code demo}. */
final class Reporting {
  private Reporting() {}

  record Outputs(Path json, Path html, Analysis analysis) {}

  static Outputs analyzeRunDir(
      Path dir, Collection<String> onlyIds, AnalysisOptions opts, Path json, Path html, PrintStream err)
      throws IOException {
    ResultsInput.Loaded loaded = ResultsInput.runDirectory(dir, onlyIds);
    ResultSet results = ResultsInput.resultSet(loaded, opts, dir.toString());
    return write(results, opts, json, html, err);
  }

  static Outputs write(ResultSet results, AnalysisOptions opts, Path json, Path html, PrintStream err)
      throws IOException {
    loadedWarnings(results, err);
    Analysis analysis = new Analyzer(opts.settings(), opts.threads()).analyze(results);
    if (json != null) {
      AnalysisJson.write(analysis, json);
    }
    return new Outputs(json, html, analysis);
  }

  private static void loadedWarnings(ResultSet results, PrintStream err) {
    for (String w : results.warnings()) {
      err.println("warning: " + w);
    }
  }
}
