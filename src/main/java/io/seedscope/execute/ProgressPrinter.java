package io.seedscope.execute;

import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows progress: on a terminal, one bar redrawn in place (runs done/failed/running, ETA) at most
 * ten times a second, so thousands of short runs do not flood the terminal, with each failed run's
 * line printed above it as it happens; in a log (CI, a pipe), a plain line every few seconds while
 * anything changes (and once a minute while nothing does, so a CI log shows the harness is alive
 * during long runs), a line for each run that failed, and one at the end, so logs stay readable.
 * Runs stopped by Ctrl-C or SIGTERM count as cancelled, not failed: they did nothing wrong, and
 * {@code --resume} runs them.
 */
public final class ProgressPrinter implements Executor.ExecutionListener {

  // Shortest time between two redraws of the terminal bar.
  private static final long TTY_REDRAW_NANOS = 100_000_000L;
  // Longest a log goes without a progress line while runs are going.
  private static final long LOG_HEARTBEAT_NANOS = 60_000_000_000L;

  private final PrintStream out;
  private final boolean tty;
  private final int total;

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private int running;
  private int done;
  private int failed;
  private int cancelled;
  private final long start;
  private boolean closed;
  private long lastPrint;
  // The counts of the last line printed: news is a change in them (the ETA moves on every tick).
  private String lastCounts = "";
  // Characters of the bar last drawn on the terminal, to wipe it before printing above it.
  private int barWidth;
  private java.util.concurrent.ScheduledExecutorService ticker;

  /**
   * @param tty whether {@code out} is a terminal (a bar redrawn in place) or a log (plain lines)
   * @param intervalMillis time between two plain progress lines in a log
   */
  public ProgressPrinter(PrintStream out, boolean tty, int total, long intervalMillis) {
    this(out, tty, total, intervalMillis, System::nanoTime);
  }

  ProgressPrinter(
      PrintStream out, boolean tty, int total, long intervalMillis, LongSupplier nanoTime) {
    this.out = out;
    this.tty = tty;
    this.total = total;
    this.intervalNanos = tty ? TTY_REDRAW_NANOS : intervalMillis * 1_000_000L;
    this.nanoTime = nanoTime;
    this.start = nanoTime.getAsLong();
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
    if (outcome.status() == RunStatus.CANCELLED) {
      cancelled++;
    } else if (outcome.status() != RunStatus.OK) {
      failed++;
      String line =
          "run "
              + outcome.trial().runId()
              + " ("
              + outcome.trial().implementation()
              + ", seed "
              + outcome.trial().seed()
              + "): "
              + outcome.status().name().toLowerCase(Locale.ROOT)
              + (outcome.reason().isEmpty() ? "" : ": " + outcome.reason());
      if (tty) {
        // Above the bar: wipe the bar's line, print the failure, and draw the bar again below.
        out.print("\r" + " ".repeat(barWidth) + "\r");
        out.println(line);
        barWidth = 0;
        print(false);
        lastPrint = nanoTime.getAsLong();
        return; // the bar is drawn (and ended, if this was the last run)
      } else {
        out.println(line);
      }
    }
    maybePrint(done == total);
  }

  /**
   * Starts redrawing on a clock too (a daemon thread): without it a terminal bar shows a stale ETA
   * and a log stays silent for as long as no run starts or ends.
   */
  public synchronized void startTicking() {
    if (ticker == null) {
      ticker =
          java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "seedscope-progress");
                t.setDaemon(true);
                return t;
              });
      long period = tty ? 1000 : Math.max(1, intervalNanos / 1_000_000L);
      ticker.scheduleAtFixedRate(this::tick, period, period, TimeUnit.MILLISECONDS);
    }
  }

  /** A clock tick: redraws the bar, or writes a log line if there is news or a minute passed. */
  synchronized void tick() {
    if (closed || done == total) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (tty) {
      maybePrint(false);
    } else if (now - lastPrint >= intervalNanos
        && (!counts().equals(lastCounts) || now - lastPrint >= LOG_HEARTBEAT_NANOS)) {
      lastPrint = now;
      print(false);
    }
  }

  /** Stops the clock of {@link #startTicking} (safe to call more than once). */
  public synchronized void stopTicking() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
  }

  /** Prints the final state (call once when execution ends) unless it was just printed. */
  public synchronized void close() {
    stopTicking();
    closed = true; // a tick already waiting for the lock must not draw after the final line
    if (done != total || total == 0) {
      print(true);
    }
  }

  private void maybePrint(boolean force) {
    long now = nanoTime.getAsLong();
    if (force || now - lastPrint >= intervalNanos) {
      lastPrint = now;
      print(force && !tty);
    }
  }

  private String status() {
    String eta = eta();
    return counts() + (eta.isEmpty() ? "" : ", ETA " + eta);
  }

  private String counts() {
    return String.format(
        Locale.ROOT,
        "%d/%d runs done, %d failed,%s %d running",
        done,
        total,
        failed,
        cancelled == 0 ? "" : " " + cancelled + " cancelled,",
        running);
  }

  private void print(boolean finalLine) {
    String status = status();
    lastCounts = counts();
    if (tty) {
      int width = 24;
      int filled = total == 0 ? width : (int) ((long) width * done / total);
      String bar = "#".repeat(filled) + "-".repeat(width - filled);
      String drawn = "[" + bar + "] " + status;
      // Padded to the last bar's width, so that a shorter bar (the ETA gone) leaves no tail.
      String padded = drawn + " ".repeat(Math.max(3, barWidth - drawn.length()));
      out.print("\r" + padded);
      barWidth = padded.length();
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
    // Wall-clock throughput so far, as tqdm estimates it: it follows the clock between the ends of
    // runs (a per-run average would stand still while hour-long runs go on) and already accounts
    // for the number of workers.
    double perRun = (nanoTime.getAsLong() - start) / (double) done;
    long seconds = Math.round(perRun * (total - done) / 1e9);
    if (seconds < 60) {
      return seconds + "s";
    }
    return seconds / 60 + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
  }
}
