package io.seedscope.execute;

import io.seedscope.plan.Trial;
import java.util.List;

/**
 * Runs trials somewhere — local processes, this JVM, a cluster — and reports each outcome as it
 * arrives. Nothing downstream may assume that runs happen in this process or on this machine:
 * outcomes are plain values and durability is the store's job.
 */
public interface Executor {

  /**
   * Runs the trials and returns when all have ended or the run was cancelled; trials not yet
   * started when cancellation comes are not run and not reported.
   */
  void execute(List<Trial> trials, ExecutionListener listener, Cancellation cancel)
      throws InterruptedException;

  /** Hears about trials starting and ending; may be called from several threads at once. */
  interface ExecutionListener {
    default void started(Trial trial, int slot) {}

    void finished(TrialOutcome outcome);
  }
}
