package io.seedscope.cli;

import io.seedscope.spec.Spec;
import io.seedscope.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code seedscope demo}: the built-in CartPole/REINFORCE experiment, run from scratch, analyzed
 * and reported — no Python, no network.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the built-in CartPole REINFORCE demo and write reports/demo/index.html.")
public final class DemoCommand implements Callable<Integer> {

  static final String SPEC_RESOURCE = "/io/seedscope/demo/cartpole-demo.yaml";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "reports/demo",
      description = "Where the report and analysis go (default reports/demo).")
  Path out;

  @Option(
      names = "--results",
      paramLabel = "DIR",
      defaultValue = "runs/cartpole-demo",
      description = "Where the run records go; emptied first (default runs/cartpole-demo).")
  Path results;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Parallel runs (default: the spec's).")
  Integer workers;

  @Mixin AnalysisOptions analysis;

  @Override
  public Integer call() throws Exception {
    analysis.validate();
    deleteRecursively(results);
    Files.createDirectories(results);
    Path specFile = results.resolve("spec.yaml");
    try (InputStream in = DemoCommand.class.getResourceAsStream(SPEC_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the demo spec " + SPEC_RESOURCE + " is missing from the jar");
      }
      Files.copy(in, specFile, StandardCopyOption.REPLACE_EXISTING);
    }
    Spec spec = SpecReader.read(specFile);
    RunCommand run = new RunCommand();
    run.analysis = analysis;
    run.repeat = 1;
    run.workers = workers;
    run.noReport = true;
    spec = run.overrides(spec);
    long t0 = System.nanoTime();
    int code = run.execute(spec, results, System.out, System.err);
    if (code != Main.OK) {
      return code;
    }
    Reporting.Outputs outputs =
        Reporting.analyzeRunDir(
            results,
            null,
            analysis,
            new CompareOptions(),
            new Reporting.Targets(
                    out.resolve("analysis.json"),
                    out.resolve("index.html"),
                    out.resolve("summary.md"))
                .withContext(analysis.args(), results, specFile),
            System.err);
    System.err.printf("demo finished in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    TerminalSummary.print(outputs.analysis(), System.out);
    System.out.println("analysis: " + outputs.json());
    System.out.println("report:   " + outputs.html());
    return Main.OK;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
