package io.seedscope.model;

import java.util.Locale;

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

  /**
   * True when the run's process ended on its own with exit code 0 ({@link #OK}, {@link #DIVERGENT}
   * or {@link #NO_METRIC}): whatever it logged is complete, so it can be reduced again to any
   * metric. A run that was NO_METRIC for the spec's metric may well have logged the one an analysis
   * asks for with {@code --metric}.
   */
  public boolean ranToEnd() {
    return isFinished() || this == NO_METRIC;
  }

  /**
   * The lowercase name ({@code no_metric}) that analysis JSON, gate messages and the long CSV's
   * {@code status} column use, so that a status reads the same everywhere a user sees it.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status named {@code text} in any case ({@code failed}, or {@code FAILED} as run records
   * store it), or null when it names none.
   */
  public static RunStatus fromLabel(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (RunStatus s : values()) {
      if (s.name().equals(t)) {
        return s;
      }
    }
    return null;
  }
}
