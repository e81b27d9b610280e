package io.seedscope.cli;

import io.seedscope.analysis.AnalysisJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code seedscope analyze RESULTS}: statistics of a results directory or a result file. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description =
        "Statistics per implementation x task x config, comparisons, sensitivity, and the report.")
public final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file (long CSV, ...).")
  Path results;

  @Mixin OutputOptions output;
  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;
  @Mixin CompareOptions compare;

  @Override
  public Integer call() throws Exception {
    InputOptions.Prepared prepared = input.prepare(results, analysis);
    Reporting.Outputs out =
        Reporting.write(prepared, analysis, compare, output.targets(results, analysis), System.err);
    if (output.none()) {
      System.out.print(AnalysisJson.toJson(out.analysis()));
    }
    output.printWritten(System.out);
    return Main.OK;
  }
}
