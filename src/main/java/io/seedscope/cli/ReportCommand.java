package io.seedscope.cli;

import io.seedscope.model.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seedscope report RESULTS --html FILE}: the self-contained HTML report (and Markdown). */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the self-contained HTML report and/or the Markdown summary of results.")
public final class ReportCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file.")
  Path results;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write the HTML report (one file, loads nothing).")
  Path html;

  @Option(names = "--md", paramLabel = "FILE", description = "Write the Markdown summary.")
  Path markdown;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the analysis as JSON.")
  Path json;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Gate rules (YAML) that decide the report's verdicts (default: a spec's gate section,"
              + " else at least 10 seeds and a CI half-width of at most 10%% of |mean|).")
  Path rules;

  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;
  @Mixin CompareOptions compare;

  @Override
  public Integer call() throws Exception {
    if (html == null && markdown == null) {
      throw new InputException("give --html FILE and/or --md FILE");
    }
    InputOptions.Prepared prepared = input.prepare(results, analysis);
    Reporting.write(
        prepared,
        analysis,
        compare,
        new Reporting.Targets(json, html, markdown)
            .withContext(
                analysis.args(),
                Files.isDirectory(results) ? results : null,
                Files.isRegularFile(results.resolve("spec.yaml"))
                    ? results.resolve("spec.yaml")
                    : null)
            .withRules(rules),
        System.err);
    if (html != null) {
      System.out.println("report:   " + html);
    }
    if (markdown != null) {
      System.out.println("summary:  " + markdown);
    }
    if (json != null) {
      System.out.println("analysis: " + json);
    }
    return Main.OK;
  }
}
