package io.seedscope.execute;

import io.seedscope.plan.Trial;
import io.seedscope.spec.Implementation;
import io.seedscope.spec.Placeholders;
import io.seedscope.spec.RunSettings;
import java.io.IOException;
import java.io.InputStream;
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

  private final RunSettings settings;
  private final Map<String, String> builtins;
  // The command's argument vector and environment, split at their placeholders once.
  private final List<Placeholders.Template> argv;
  private final Map<String, Placeholders.Template> env;
  private final List<Map<String, Placeholders.Template>> workerEnv;

  /**
   * @param builtins values of the run-independent placeholders ({@code jar}, {@code java}, {@code
   *     spec_dir})
   */
  public ProcessLauncher(
      Implementation.Command command, RunSettings settings, Map<String, String> builtins) {
    this.settings = settings;
    this.builtins = Map.copyOf(builtins);
    this.argv = command.argv().stream().map(Placeholders.Template::of).toList();
    this.env = templates(command.env());
    this.workerEnv = settings.workerEnv().stream().map(ProcessLauncher::templates).toList();
  }

  private static Map<String, Placeholders.Template> templates(Map<String, String> env) {
    Map<String, Placeholders.Template> out = new java.util.LinkedHashMap<>();
    env.forEach((k, v) -> out.put(k, Placeholders.Template.of(v)));
    return out;
  }

  /** The argument vector of one trial, its placeholders filled. */
  private List<String> argv(Map<String, String> values) {
    List<String> out = new ArrayList<>(argv.size());
    for (Placeholders.Template arg : argv) {
      out.add(arg.fill(values));
    }
    return out;
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
    if (!workerEnv.isEmpty()) {
      workerEnv.get(settings.workerEnvIndex(slot)).forEach((k, v) -> env.put(k, v.fill(values)));
    }
    this.env.forEach((k, v) -> env.put(k, v.fill(values)));
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

  // A line longer than this (checked at each 8 KiB read, so give or take one read) is not a
  // metrics line: it is skipped, not buffered to its end.
  private static final int MAX_LINE_BYTES = 1 << 20;

  /**
   * Feeds the metric lines of a run's stdout to the collector. Lines end at {@code \n} or {@code
   * \r} (as {@link java.io.BufferedReader#readLine} splits them, so a JSON line after a progress
   * bar's carriage return counts); only a line whose first non-blank byte is <code>{</code> is
   * decoded (malformed UTF-8 replaced) and parsed, so a run that prints megabytes of other text
   * costs a byte scan.
   */
  static void readMetrics(Path stdout, MetricsCollector metrics) {
    try (InputStream in = Files.newInputStream(stdout)) {
      byte[] buf = new byte[8192];
      java.io.ByteArrayOutputStream carried = new java.io.ByteArrayOutputStream();
      boolean overlong = false;
      int n;
      while ((n = in.read(buf)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n' || b == '\r') {
            if (carried.size() == 0 && !overlong) {
              offer(buf, start, i - start, metrics);
            } else if (!overlong) {
              carried.write(buf, start, i - start);
              offer(carried.toByteArray(), 0, carried.size(), metrics);
            }
            carried.reset();
            overlong = false;
            start = i + 1;
          }
        }
        if (!overlong) {
          carried.write(buf, start, n - start);
          if (carried.size() > MAX_LINE_BYTES) {
            carried.reset();
            overlong = true;
          }
        }
      }
      if (!overlong && carried.size() > 0) {
        offer(carried.toByteArray(), 0, carried.size(), metrics);
      }
    } catch (IOException e) {
      // No output file (the process never started writing): no metrics.
    }
  }

  private static void offer(byte[] b, int off, int len, MetricsCollector metrics) {
    int i = off;
    int end = off + len;
    while (i < end && b[i] >= 0 && b[i] <= ' ') {
      i++; // what String.trim() strips (every character up to U+0020), as acceptLine does
    }
    if (i < end && b[i] == '{') {
      metrics.acceptLine(new String(b, off, len, StandardCharsets.UTF_8));
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
