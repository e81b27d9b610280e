package io.seedscope.cli;

import io.seedscope.model.ResultSet;
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

  @Parameters(index = "0", paramLabel = "RESULTS", description = "A results directory or a result file (long CSV, ...).")
  Path results;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the analysis as JSON.")
  Path json;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report.")
  Path html;

  @Mixin AnalysisOptions analysis;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws Exception {
    ResultSet set = input.load(results, analysis);
    Reporting.Outputs out = Reporting.write(set, analysis, json, html, System.err);
    if (json == null && html == null) {
      System.out.print(io.seedscope.analysis.AnalysisJson.toJson(out.analysis()));
    }
    if (json != null) {
      System.out.println("analysis: " + json);
    }
    if (html != null) {
      System.out.println("report:   " + html);
    }
    return Main.OK;
  }
}
