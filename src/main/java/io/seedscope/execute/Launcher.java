package io.seedscope.execute;

import io.seedscope.plan.Trial;
import java.nio.file.Path;
import java.time.Duration;

/** Starts one attempt of a trial and waits for it; one implementation per kind of run. */
public interface Launcher {

  /**
   * Runs one attempt to its end, the timeout, or cancellation.
   *
   * @param slot the worker slot (0-based) running it, for per-worker environment
   * @param runDir the run's own directory (exists; holds stdout.log/stderr.log)
   * @param metrics where the attempt's metric values go
   * @param cancel set when the harness is stopping; the attempt must end promptly
   */
  Attempt run(
      Trial trial,
      int slot,
      Path runDir,
      Duration timeout,
      MetricsCollector metrics,
      Cancellation cancel)
      throws InterruptedException;

  /** How an attempt ended, before the metric is looked at. */
  record Attempt(Ending ending, Integer exitCode, String detail) {}

  /** The ways an attempt can end. */
  enum Ending {
    EXITED,
    TIMED_OUT,
    CANCELLED,
    CRASHED
  }
}
