package io.seedscope.execute;

import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import io.seedscope.spec.MetricSpec;
import io.seedscope.spec.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Runs trials on this machine with a fixed number of worker slots. Each slot takes the next trial,
 * runs it (in a process or in this JVM, whichever its {@link Launcher} does) with up to {@code
 * retries} extra attempts after a failure or timeout, and reports the last attempt.
 */
public final class LocalExecutor implements Executor {

  private final RunSettings settings;
  private final Function<Trial, Launcher> launchers;
  private final Function<Trial, Path> runDirs;
  private final OutcomeClassifier classifier;

  /**
   * @param launchers the launcher of a trial's implementation
   * @param runDirs where a trial keeps its files (created here)
   */
  public LocalExecutor(
      RunSettings settings,
      MetricSpec metric,
      Function<Trial, Launcher> launchers,
      Function<Trial, Path> runDirs) {
    this.settings = settings;
    this.launchers = launchers;
    this.runDirs = runDirs;
    this.classifier = new OutcomeClassifier(metric);
  }

  @Override
  public void execute(List<Trial> trials, ExecutionListener listener, Cancellation cancel)
      throws InterruptedException {
    ConcurrentLinkedQueue<Trial> queue = new ConcurrentLinkedQueue<>(trials);
    int workers = Math.min(settings.workers(), Math.max(1, trials.size()));
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int slot = 0; slot < workers; slot++) {
      int s = slot;
      Thread t =
          new Thread(
              () -> {
                try {
                  Trial trial;
                  while (!cancel.isCancelled() && (trial = queue.poll()) != null) {
                    listener.started(trial, s);
                    listener.finished(runTrial(trial, s, cancel));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException | Error e) {
                  errors.add(e);
                  cancel.cancel();
                }
              },
              "seedscope-worker-" + slot);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (!errors.isEmpty()) {
      Throwable e = errors.get(0);
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
  }

  private TrialOutcome runTrial(Trial trial, int slot, Cancellation cancel)
      throws InterruptedException {
    Path dir = runDirs.apply(trial);
    TrialOutcome last = null;
    int maxAttempts = settings.retries() + 1;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      Instant start = Instant.now();
      long t0 = System.nanoTime();
      MetricsCollector metrics = new MetricsCollector();
      Launcher.Attempt a;
      try {
        Files.createDirectories(dir);
        a = launchers.apply(trial).run(trial, slot, dir, settings.timeout(), metrics, cancel);
      } catch (IOException e) {
        a =
            new Launcher.Attempt(
                Launcher.Ending.CRASHED, null, "cannot create " + dir + ": " + e.getMessage());
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      long[] steps = metrics.steps();
      Map<String, double[]> values = metrics.metrics();
      OutcomeClassifier.Verdict v = classifier.classify(a, steps, values);
      boolean retry = retryable(v.status()) && attempt < maxAttempts;
      // A stop that cuts the retries short records the run cancelled: recorded as failed, --resume
      // would count it as done and never give it the retries it was owed.
      boolean cutShort = retry && cancel.isCancelled();
      last =
          new TrialOutcome(
              trial,
              cutShort ? RunStatus.CANCELLED : v.status(),
              a.exitCode(),
              cutShort ? "cancelled before retry " + attempt + " (" + v.reason() + ")" : v.reason(),
              attempt,
              start,
              millis,
              steps,
              values);
      if (!retry || cutShort) {
        break;
      }
    }
    return last;
  }

  private static boolean retryable(RunStatus s) {
    return s == RunStatus.FAILED || s == RunStatus.TIMEOUT || s == RunStatus.NO_METRIC;
  }
}
