package io.seedscope.cli;

import io.seedscope.model.InputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin OutputOptions output;
  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;
  @Mixin CompareOptions compare;

  @Override
  public Integer call() throws Exception {
    if (output.html == null && output.markdown == null) {
      throw new InputException("give --html FILE and/or --md FILE");
    }
    InputOptions.Prepared prepared = input.prepare(results, analysis);
    Reporting.write(prepared, analysis, compare, output.targets(results, analysis), System.err);
    output.printWritten(System.out);
    return Main.OK;
  }
}
