package io.seedscope.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seedscope export RESULTS --csv FILE}: a results directory as one long-format CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write a results directory as one long-format CSV (the main input of analyze).")
public final class ExportCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory written by 'run'.")
  Path results;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      required = true,
      description = "Where to write the CSV.")
  Path csv;

  @Override
  public Integer call() throws Exception {
    ResultsInput.Loaded loaded = ResultsInput.runDirectory(results, null);
    Reporting.warn(loaded.warnings(), System.err);
    io.seedscope.ingest.LongCsvWriter.write(
        loaded.logs(),
        csv,
        loaded.defaults() == null
            ? java.util.Set.of()
            : java.util.Set.of(loaded.defaults().name()));
    System.out.println("wrote " + loaded.logs().size() + " runs to " + csv);
    return Main.OK;
  }
}
