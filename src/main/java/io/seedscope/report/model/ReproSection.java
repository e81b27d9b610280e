package io.seedscope.report.model;

import java.util.List;

/**
 * Section 8: what is needed to reproduce and what went wrong.
 *
 * @param environment manifest entries (Java version, OS, git commit, command, ...) in order
 * @param determinism the determinism check, or null when none was run
 * @param failedRuns runs that did not yield a usable value
 */
public record ReproSection(
    List<Entry> environment, Determinism determinism, List<FailedRun> failedRuns) {
  public ReproSection {
    environment = Lists.copy(environment);
    failedRuns = Lists.copy(failedRuns);
  }

  /** One key/value line of the environment manifest. */
  public record Entry(String key, String value) {}

  /**
   * Result of re-running seeds and comparing.
   *
   * @param passed whether the repeats matched
   * @param detail what was compared and the largest difference, e.g. {@code "seed 0 run twice: max
   *     |Δ| = 0"}
   */
  public record Determinism(boolean passed, String detail) {}

  /**
   * One unusable run.
   *
   * @param runId the run's identifier
   * @param implementation implementation label
   * @param task task label
   * @param seed seed
   * @param status e.g. {@code "FAILED"}, {@code "DIVERGENT"}, {@code "TIMEOUT"}
   * @param reason one line, e.g. {@code "exit code 137"}
   * @param stderrTail the last lines of stderr (shown preformatted), may be empty
   */
  public record FailedRun(
      String runId,
      String implementation,
      String task,
      long seed,
      String status,
      String reason,
      String stderrTail) {}
}
