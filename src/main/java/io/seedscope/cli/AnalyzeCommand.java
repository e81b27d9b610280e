package io.seedscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seedscope analyze RESULTS}: statistics of a results directory or a result file. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Statistics per implementation x task x config, comparisons, and the report.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file (long CSV, ...).")
  Path results;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the analysis as JSON.")
  Path json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write the self-contained HTML report.")
  Path html;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Gate rules (YAML) that decide the report's verdicts (default: a spec's gate section,"
              + " else at least 10 seeds and a CI half-width of at most 10%% of |mean|).")
  Path rules;

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--md",
      paramLabel = "FILE",
      description = "Write a Markdown summary (for a pull request or CI job summary).")
  Path markdown;

  @Mixin InputOptions input;

  @Mixin CompareOptions compare;

  @Override
  public Integer call() throws Exception {
    InputOptions.Prepared prepared = input.prepare(results, analysis);
    Reporting.Outputs out =
        Reporting.write(
            prepared,
            analysis,
            compare,
            new Reporting.Targets(json, html, markdown)
                .withContext(
                    analysis.args(),
                    java.nio.file.Files.isDirectory(results) ? results : null,
                    java.nio.file.Files.isRegularFile(results.resolve("spec.yaml"))
                        ? results.resolve("spec.yaml")
                        : null)
                .withRules(rules),
            System.err);
    if (json == null && html == null && markdown == null) {
      System.out.print(io.seedscope.analysis.AnalysisJson.toJson(out.analysis()));
    }
    if (json != null) {
      System.out.println("analysis: " + json);
    }
    if (html != null) {
      System.out.println("report:   " + html);
    }
    if (markdown != null) {
      System.out.println("summary:  " + markdown);
    }
    return Main.OK;
  }
}
