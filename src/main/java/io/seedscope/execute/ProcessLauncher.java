package io.seedscope.execute;

import io.seedscope.plan.Trial;
import io.seedscope.spec.Implementation;
import io.seedscope.spec.Placeholders;
import io.seedscope.spec.RunSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command as an argument vector (never through a shell), in the run's own
 * directory, with {@code SEEDSCOPE_SEED}, {@code SEEDSCOPE_RUN_DIR}, {@code SEEDSCOPE_RUN_ID} and
 * {@code SEEDSCOPE_WORKER} in its environment. Stdout goes straight to {@code stdout.log} and
 * stderr to {@code stderr.log} (no pipe and no reader thread per run: that keeps the harness's cost
 * per run near that of {@code xargs}); the metric lines are read from the file when the process
 * ends. On timeout or cancellation the whole process tree is killed.
 */
public final class ProcessLauncher implements Launcher {

  // Numbers attempts within this harness, for the environment marker that finds stragglers.
  private static final java.util.concurrent.atomic.AtomicLong ATTEMPTS =
      new java.util.concurrent.atomic.AtomicLong();

  private final Implementation.Command command;
  private final RunSettings settings;
  private final Map<String, String> builtins;

  /**
   * @param builtins values of the run-independent placeholders ({@code jar}, {@code java}, {@code
   *     spec_dir})
   */
  public ProcessLauncher(
      Implementation.Command command, RunSettings settings, Map<String, String> builtins) {
    this.command = command;
    this.settings = settings;
    this.builtins = Map.copyOf(builtins);
  }

  /** The argument vector of one trial, its placeholders filled. */
  private List<String> argv(Map<String, String> values) {
    List<String> argv = new ArrayList<>(command.argv().size());
    for (String arg : command.argv()) {
      argv.add(Placeholders.fill(arg, values));
    }
    return argv;
  }

  private Map<String, String> values(Trial trial, int slot, Path runDir) {
    Map<String, String> values = new HashMap<>(builtins);
    values.putAll(trial.config().values());
    values.put("seed", Long.toString(trial.seed()));
    values.put("run_dir", runDir.toAbsolutePath().toString()); // also SEEDSCOPE_RUN_DIR
    values.put("run_id", trial.runId());
    values.put("worker", Integer.toString(slot));
    values.put("repeat", Integer.toString(trial.repeat()));
    return values;
  }

  @Override
  public Attempt run(
      Trial trial,
      int slot,
      Path runDir,
      Duration timeout,
      MetricsCollector metrics,
      Cancellation cancel)
      throws InterruptedException {
    Map<String, String> values = values(trial, slot, runDir);
    ProcessBuilder pb = new ProcessBuilder(argv(values));
    pb.directory(runDir.toFile());
    Map<String, String> env = pb.environment();
    settings.envForSlot(slot).forEach((k, v) -> env.put(k, Placeholders.fill(v, values)));
    command.env().forEach((k, v) -> env.put(k, Placeholders.fill(v, values)));
    env.put("SEEDSCOPE_SEED", Long.toString(trial.seed()));
    env.put("SEEDSCOPE_RUN_DIR", values.get("run_dir"));
    env.put("SEEDSCOPE_RUN_ID", trial.runId());
    env.put("SEEDSCOPE_WORKER", Integer.toString(slot));
    String attempt = Stragglers.newMarker(ATTEMPTS.incrementAndGet());
    java.time.Instant attemptStart = java.time.Instant.now();
    env.put(Stragglers.VARIABLE, attempt);
    Path stdout = runDir.resolve("stdout.log");
    keepEarlierLog(stdout);
    keepEarlierLog(runDir.resolve("stderr.log"));
    pb.redirectOutput(stdout.toFile());
    pb.redirectError(runDir.resolve("stderr.log").toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      return new Attempt(
          Ending.CRASHED, null, "cannot start '" + pb.command().get(0) + "': " + e.getMessage());
    }
    Runnable unregister = cancel.onCancel(() -> killTree(process, attempt, attemptStart));
    try {
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        killTree(process, attempt, attemptStart);
        process.waitFor(10, TimeUnit.SECONDS);
        readMetrics(stdout, metrics);
        if (cancel.isCancelled()) {
          return new Attempt(Ending.CANCELLED, null, "cancelled");
        }
        return new Attempt(Ending.TIMED_OUT, null, "timed out after " + human(timeout));
      }
      readMetrics(stdout, metrics);
      if (cancel.isCancelled()) {
        return new Attempt(Ending.CANCELLED, null, "cancelled");
      }
      int code = process.exitValue();
      return new Attempt(
          Ending.EXITED,
          code,
          code == 0 ? "" : "exit code " + code + lastLine(runDir.resolve("stderr.log")));
    } catch (InterruptedException e) {
      killTree(process, attempt, attemptStart);
      throw e;
    } finally {
      unregister.run();
    }
  }

  /**
   * Moves the log of an earlier attempt (a retry, or a run cancelled and resumed) to {@code
   * <name>.1}, {@code .2}, ... so that the output of the attempt that failed is not overwritten by
   * the next one.
   */
  static void keepEarlierLog(Path log) {
    if (!Files.exists(log)) {
      return;
    }
    for (int k = 1; ; k++) {
      Path older = log.resolveSibling(log.getFileName() + "." + k);
      if (!Files.exists(older)) {
        try {
          Files.move(log, older);
        } catch (IOException e) {
          // Not worth failing a run over: the new attempt's log replaces it.
        }
        return;
      }
    }
  }

  private static void readMetrics(Path stdout, MetricsCollector metrics) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(stdout),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)))) {
      String line;
      while ((line = in.readLine()) != null) {
        metrics.acceptLine(line);
      }
    } catch (IOException e) {
      // No output file (the process never started writing): no metrics.
    }
  }

  /**
   * Kills the process and every descendant (children first, so none is re-parented alive), then any
   * process of this attempt that had already left the tree (see {@link Stragglers}).
   */
  static void killTree(Process process, String attempt, java.time.Instant attemptStart) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    Stragglers.kill(attempt, attemptStart);
  }

  private static String lastLine(Path stderr) {
    try {
      List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        String l = lines.get(i).strip();
        if (!l.isEmpty()) {
          return ": " + (l.length() > 200 ? l.substring(0, 200) + "..." : l);
        }
      }
    } catch (IOException e) {
      // no stderr to quote
    }
    return "";
  }

  static String human(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
