package io.seedscope.execute;

import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows progress: on a terminal, one bar redrawn in place (runs done/failed/running, ETA); in a log
 * (CI, a pipe), a plain line every few seconds and one at the end, so logs stay readable.
 */
public final class ProgressPrinter implements Executor.ExecutionListener {

  private final PrintStream out;
  private final boolean tty;
  private final int total;
  private final int workers;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private int running;
  private int done;
  private int failed;
  private long busyMillis;
  private long lastPrint;

  public ProgressPrinter(
      PrintStream out, boolean tty, int total, int workers, long intervalMillis) {
    this.out = out;
    this.tty = tty;
    this.total = total;
    this.workers = Math.max(1, workers);
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.lastPrint = start;
  }

  @Override
  public synchronized void started(Trial trial, int slot) {
    running++;
    maybePrint(false);
  }

  @Override
  public synchronized void finished(TrialOutcome outcome) {
    running--;
    done++;
    busyMillis += outcome.durationMillis();
    if (outcome.status() != RunStatus.OK) {
      failed++;
      if (!tty && outcome.status() != RunStatus.CANCELLED) {
        out.println(
            "run "
                + outcome.trial().runId()
                + " ("
                + outcome.trial().implementation()
                + ", seed "
                + outcome.trial().seed()
                + "): "
                + outcome.status().name().toLowerCase(Locale.ROOT)
                + (outcome.reason().isEmpty() ? "" : ": " + outcome.reason()));
      }
    }
    maybePrint(done == total);
  }

  /** Prints the final state (call once when execution ends) unless it was just printed. */
  public synchronized void close() {
    if (done != total || total == 0) {
      print(true);
    }
  }

  private void maybePrint(boolean force) {
    long now = System.nanoTime();
    if (force || tty || now - lastPrint >= intervalNanos) {
      lastPrint = now;
      print(force && !tty);
    }
  }

  private void print(boolean finalLine) {
    String eta = eta();
    String status =
        String.format(
            Locale.ROOT,
            "%d/%d runs done, %d failed, %d running%s",
            done,
            total,
            failed,
            running,
            eta.isEmpty() ? "" : ", ETA " + eta);
    if (tty) {
      int width = 24;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      String bar = "#".repeat(filled) + "-".repeat(width - filled);
      out.print("\r[" + bar + "] " + status + "   ");
      if (finalLine || done == total) {
        out.println();
      }
      out.flush();
    } else {
      out.println("progress: " + status);
    }
  }

  private String eta() {
    if (done == 0 || done >= total) {
      return "";
    }
    double perRun = busyMillis / (double) done;
    long seconds = Math.round(perRun * (total - done) / workers / 1000.0);
    if (seconds < 60) {
      return seconds + "s";
    }
    return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
  }
}
