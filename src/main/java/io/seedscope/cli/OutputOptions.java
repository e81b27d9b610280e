package io.seedscope.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where {@code analyze} and {@code report} write, and the gate rules behind the verdicts. */
public final class OutputOptions {

  @Option(names = "--json", paramLabel = "FILE", description = "Write the analysis as JSON.")
  Path json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write the self-contained HTML report (one file, loads nothing).")
  Path html;

  @Option(
      names = "--md",
      paramLabel = "FILE",
      description = "Write a Markdown summary (for a pull request or CI job summary).")
  Path markdown;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Gate rules (YAML) that decide the report's verdicts (default: a spec's gate section,"
              + " else at least 10 seeds and a CI half-width of at most 10%% of |mean|).")
  Path rules;

  boolean none() {
    return json == null && html == null && markdown == null;
  }

  /** The targets, with the manifest's context taken from RESULTS (a results directory or not). */
  Reporting.Targets targets(Path results, AnalysisOptions analysis) {
    Path spec = results.resolve("spec.yaml");
    return new Reporting.Targets(json, html, markdown)
        .withContext(
            analysis.args(),
            Files.isDirectory(results) ? results : null,
            Files.isRegularFile(spec) ? spec : null)
        .withRules(rules);
  }

  /** Tells the user where things went. */
  void printWritten(PrintStream out) {
    if (json != null) {
      out.println("analysis: " + json);
    }
    if (html != null) {
      out.println("report:   " + html);
    }
    if (markdown != null) {
      out.println("summary:  " + markdown);
    }
  }
}
