package io.seedscope.model;

/** How a run ended. Only {@link #OK} runs carry a metric that enters the statistics. */
public enum RunStatus {
  /** Finished and reported a finite metric. */
  OK,
  /** Finished but its metric is NaN or infinite: counted and listed, never in the statistics. */
  DIVERGENT,
  /** Exited with a non-zero code. */
  FAILED,
  /** Killed after the per-run timeout. */
  TIMEOUT,
  /** Exited cleanly but reported no value of the metric. */
  NO_METRIC,
  /** Stopped by the user (SIGINT/SIGTERM) before it finished. */
  CANCELLED;

  public boolean isFinished() {
    return this == OK || this == DIVERGENT;
  }
}
