package io.seedscope.cli;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.AnalysisJson;
import io.seedscope.analysis.Analyzer;
import io.seedscope.model.ResultSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The analyze-and-write step shared by {@code run}, {@code analyze}, {@code report}, {@code demo}. */
final class Reporting {
  private Reporting() {}

  /** Where things were written, and the analysis itself. */
  record Outputs(Path json, Path html, Path markdown, Analysis analysis) {}

  /** Where to write: any of them may be null. */
  record Targets(Path json, Path html, Path markdown) {}

  static Outputs analyzeRunDir(
      Path dir,
      Collection<String> onlyIds,
      AnalysisOptions opts,
      CompareOptions compare,
      Targets targets,
      PrintStream err)
      throws IOException {
    ResultsInput.Loaded loaded = ResultsInput.runDirectory(dir, onlyIds);
    ResultSet results = ResultsInput.resultSet(loaded, opts, dir.toString());
    return write(
        new InputOptions.Prepared(results, loaded.implementationParams()), opts, compare, targets, err);
  }

  static Outputs write(
      InputOptions.Prepared prepared,
      AnalysisOptions opts,
      CompareOptions compare,
      Targets targets,
      PrintStream err)
      throws IOException {
    ResultSet results = prepared.results();
    for (String w : results.warnings()) {
      err.println("warning: " + w);
    }
    Set<String> implParams = prepared.implementationParams();
    Analysis analysis =
        new Analyzer(
                opts.settings(),
                (compare == null ? new CompareOptions() : compare).settings(implParams),
                opts.threads(),
                List.of(new io.seedscope.analysis.MultitaskSection()))
            .analyze(results);
    if (targets.json() != null) {
      AnalysisJson.write(analysis, targets.json());
    }
    return new Outputs(targets.json(), targets.html(), targets.markdown(), analysis);
  }
}
