package io.seedscope.cli;

import io.seedscope.execute.Cancellation;
import io.seedscope.execute.ExperimentRunner;
import io.seedscope.execute.Launcher;
import io.seedscope.execute.LocalExecutor;
import io.seedscope.execute.ProgressPrinter;
import io.seedscope.execute.TrialOutcome;
import io.seedscope.model.InputException;
import io.seedscope.plan.Plan;
import io.seedscope.plan.Trial;
import io.seedscope.spec.RunSettings;
import io.seedscope.spec.Spec;
import io.seedscope.spec.SpecReader;
import io.seedscope.store.DirectoryLock;
import io.seedscope.store.RunStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seedscope run SPEC}: runs every trial of a spec durably, then analyzes and reports. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a spec's implementations x configurations x seeds, then analyze and report.")
public final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SPEC", description = "The experiment spec (YAML).")
  Path specFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Results directory (default runs/<spec name>).")
  Path out;

  @Option(
      names = "--resume",
      description = "Run only what has no record yet (nothing finished is rerun).")
  boolean resume;

  @Option(
      names = "--rerun-failed",
      description = "Also rerun failed, timed-out and no-metric runs.")
  boolean rerunFailed;

  @Option(names = "--dry-run", description = "Print the plan and exit without running anything.")
  boolean dryRun;

  @Option(
      names = "--repeat",
      paramLabel = "K",
      defaultValue = "1",
      description = "Run every seed K times (determinism check).")
  int repeat;

  @Option(
      names = "--seed-count",
      paramLabel = "N",
      description = "Override the spec's seeds with N seeds from its first seed.")
  Integer seedCount;

  @Option(names = "--workers", paramLabel = "N", description = "Override run.workers.")
  Integer workers;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Override run.timeout (e.g. 90s, 5m).")
  String timeout;

  @Option(names = "--no-report", description = "Skip the analysis and report after running.")
  boolean noReport;

  @Option(
      names = "--fsync",
      description =
          "Force every record to stable storage before it counts (survives a power loss, not only"
              + " a killed harness; costs a disk flush per run).")
  boolean fsync;

  @Mixin AnalysisOptions analysis;

  @Mixin CompareOptions compare = new CompareOptions();

  @Override
  public Integer call() throws Exception {
    Spec spec = SpecReader.read(specFile);
    spec = overrides(spec);
    analysis.validate();
    compare.validate();
    Path dir = out != null ? out : Path.of("runs", spec.name());
    return execute(spec, dir, System.out, System.err);
  }

  Spec overrides(Spec spec) {
    if (repeat < 1) {
      throw new InputException("--repeat must be at least 1, not " + repeat);
    }
    if (seedCount != null) {
      if (seedCount < 1) {
        throw new InputException("--seed-count must be at least 1, not " + seedCount);
      }
      try {
        spec = spec.withSeeds(Spec.seedRange(spec.seeds().get(0), seedCount));
      } catch (IllegalArgumentException e) {
        throw new InputException("--seed-count: " + e.getMessage());
      }
    }
    RunSettings r = spec.run();
    if (workers != null) {
      if (workers < 1) {
        throw new InputException("--workers must be at least 1, not " + workers);
      }
      r = new RunSettings(workers, r.timeout(), r.retries(), r.workerEnv());
    }
    if (timeout != null) {
      Duration d;
      try {
        d = SpecReader.parseDuration(timeout);
      } catch (IllegalArgumentException e) {
        throw new InputException("--timeout: " + e.getMessage());
      }
      r = new RunSettings(r.workers(), d, r.retries(), r.workerEnv());
    }
    return spec.withRun(r);
  }

  int execute(Spec spec, Path dir, PrintStream stdout, PrintStream stderr) throws Exception {
    Plan plan = Sweeps.plan(spec, repeat, stderr);
    RunStore store = new RunStore(dir, fsync);
    ExperimentRunner runner = new ExperimentRunner(store, stderr);
    if (dryRun) {
      ExperimentRunner.launchers(spec, Builtins.of(spec)); // fails now, with the spec's location
      refuseToMixWithoutResume(plan, store, runner);
      List<Trial> todo = runner.pending(plan, true, rerunFailed, new ArrayList<>());
      stdout.printf(
          "plan: %d runs (%d implementations, %d configurations, %d seeds per main configuration,"
              + " %d repeats), %d to run%n",
          plan.size(),
          spec.implementations().size(),
          plan.configCount(),
          spec.seeds().size(),
          repeat,
          todo.size());
      for (Trial t : plan.trials()) {
        stdout.printf(
            "%s  %s  seed=%d%s%s%s%n",
            t.runId(),
            t.implementation(),
            t.seed(),
            t.config().isEmpty() ? "" : "  " + t.config().canonical(),
            t.repeat() > 0 ? "  repeat=" + t.repeat() : "",
            todo.contains(t) ? "" : "  (done)");
      }
      return Main.OK;
    }
    Map<String, Launcher> launchers = ExperimentRunner.launchers(spec, Builtins.of(spec));
    // Refused before the lock too, so that a refused run leaves not even a lock file behind; and
    // again under the lock, in case another run recorded something in between.
    refuseToMixWithoutResume(plan, store, runner);
    Files.createDirectories(dir);
    try (DirectoryLock lock = DirectoryLock.acquire(dir)) {
      refuseToMixWithoutResume(plan, store, runner);
      // Only now that the run will go ahead: analyze reads the metric and goal from this copy.
      Files.copy(
          spec.file(), dir.resolve("spec.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return runLocked(spec, dir, plan, store, runner, launchers, stdout, stderr);
    }
  }

  /** A directory that holds records is only added to with --resume or --rerun-failed. */
  private void refuseToMixWithoutResume(Plan plan, RunStore store, ExperimentRunner runner) {
    if (!resume && !rerunFailed && store.hasRecords()) {
      runner.pending(plan, false, false, new ArrayList<>()); // throws the explanatory error
    }
  }

  private int runLocked(
      Spec spec,
      Path dir,
      Plan plan,
      RunStore store,
      ExperimentRunner runner,
      Map<String, Launcher> launchers,
      PrintStream stdout,
      PrintStream stderr)
      throws Exception {
    LocalExecutor executor =
        new LocalExecutor(
            spec.run(),
            spec.metric(),
            t -> launchers.get(t.implementation()),
            t -> store.runDir(t.runId()));
    List<Trial> pending = runner.pending(plan, true, rerunFailed, new ArrayList<>());
    ProgressPrinter progress =
        new ProgressPrinter(stderr, Terminal.stderrIsTerminal(), pending.size(), 5000);
    Cancellation cancel = new Cancellation();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              cancel.cancel();
              try {
                // Let workers record cancelled runs and flush; everything finished is already on
                // disk.
                finished.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "seedscope-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    ExperimentRunner.Summary summary;
    try {
      stderr.printf(
          "running %d of %d runs in %s with %d workers%n",
          pending.size(), plan.size(), dir, spec.run().workers());
      progress.startTicking();
      summary = runner.run(plan, executor, resume, rerunFailed, cancel, progress);
      progress.close();
    } finally {
      progress.stopTicking();
      finished.countDown();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down
    }
    stderr.printf(
        "%d runs: %d already recorded, %d executed (%d ok, %d not ok%s)%n",
        summary.planned(),
        summary.alreadyDone(),
        summary.executed(),
        summary.ok(),
        summary.notOk(),
        summary.cancelled() == 0 ? "" : ", " + summary.cancelled() + " cancelled");
    if (cancel.isCancelled()) {
      stderr.println("stopped: finished runs are kept; continue with --resume");
      return 130;
    }
    if (summary.executed() > 0 && summary.ok() == 0 && summary.firstFailure() != null) {
      // Everything failed: most likely the command itself, so say where to look first.
      TrialOutcome f = summary.firstFailure();
      stderr.println(
          "warning: none of the "
              + summary.executed()
              + " runs succeeded; the first to fail, run "
              + f.trial().runId()
              + ": "
              + f.status().name().toLowerCase(java.util.Locale.ROOT)
              + (f.reason().isEmpty() ? "" : ": " + f.reason())
              + " (its output: "
              + store.runDir(f.trial().runId())
              + ")");
    }
    if (noReport) {
      return Main.OK;
    }
    List<String> planIds = plan.trials().stream().map(Trial::runId).toList();
    Reporting.Outputs outputs =
        Reporting.analyzeRunDir(
            dir,
            planIds,
            analysis,
            compare,
            new Reporting.Targets(
                    dir.resolve("analysis.json"), dir.resolve("report").resolve("index.html"), null)
                .withContext(analysis.args(), dir, dir.resolve("spec.yaml")),
            stderr);
    TerminalSummary.print(outputs.analysis(), stdout);
    stdout.println("analysis: " + outputs.json());
    stdout.println("report:   " + outputs.html());
    return Main.OK;
  }

  static void ensureDir(Path p) throws IOException {
    Files.createDirectories(p);
  }
}
