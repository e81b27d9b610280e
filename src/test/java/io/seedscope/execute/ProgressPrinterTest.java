package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
  private static final long MS = 1_000_000L;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong();

  private static TrialOutcome outcome(int seed, RunStatus status, String reason) {
    Trial t = new Trial("r" + seed, "impl", "task", Config.EMPTY, seed, 0);
    return new TrialOutcome(t, status, null, reason, 1, Instant.EPOCH, 1000, new long[0], Map.of());
  }

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aLogGetsALinePerIntervalAFailureLineAndAFinalLine() {
    ProgressPrinter p = new ProgressPrinter(out, false, 3, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    p.finished(outcome(0, RunStatus.OK, ""));
    assertEquals(List.of(), lines(), "nothing before the interval");
    clock.set(5001 * MS);
    p.started(outcome(1, RunStatus.FAILED, "").trial(), 0);
    p.finished(outcome(1, RunStatus.FAILED, "exit code 3"));
    p.started(outcome(2, RunStatus.OK, "").trial(), 0);
    p.finished(outcome(2, RunStatus.OK, ""));
    assertEquals(
        List.of(
            "progress: 1/3 runs done, 0 failed, 1 running, ETA 10s",
            "run r1 (impl, seed 1): failed: exit code 3",
            "progress: 3/3 runs done, 1 failed, 0 running"),
        lines());
  }

  /** A stopped run is cancelled, not failed: it did nothing wrong and --resume runs it. */
  @Test
  void cancelledRunsAreNotCountedAsFailed() {
    ProgressPrinter p = new ProgressPrinter(out, false, 4, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    p.started(outcome(1, RunStatus.OK, "").trial(), 1);
    p.finished(outcome(0, RunStatus.CANCELLED, "cancelled"));
    clock.set(3000 * MS);
    p.finished(outcome(1, RunStatus.TIMEOUT, "timed out after 1s"));
    p.close();
    assertEquals(
        List.of(
            "run r1 (impl, seed 1): timeout: timed out after 1s",
            "progress: 2/4 runs done, 1 failed, 1 cancelled, 0 running, ETA 3s"),
        lines());
  }

  /** While nothing changes, a log hears from the harness once a minute, not every interval. */
  @Test
  void ticksWriteNewsEveryIntervalAndOtherwiseAHeartbeatPerMinute() {
    ProgressPrinter p = new ProgressPrinter(out, false, 2, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    clock.set(5000 * MS);
    p.tick();
    assertEquals(1, lines().size(), "news: a run started");
    for (long s = 10; s <= 70; s += 5) {
      clock.set(s * 1000 * MS);
      p.tick();
    }
    assertEquals(2, lines().size(), "one heartbeat after 60 s of the same state: " + lines());
    assertEquals(lines().get(0), lines().get(1));
  }

  /**
   * The estimate follows the clock: 1 of 4 done after 10 s is 30 s left; the heartbeat a minute
   * later, after 70 s, says 3m30s.
   */
  @Test
  void theEtaFollowsTheClockBetweenRunEnds() {
    ProgressPrinter p = new ProgressPrinter(out, false, 4, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    clock.set(10_000 * MS);
    p.finished(outcome(0, RunStatus.OK, ""));
    clock.set(70_000 * MS);
    p.tick();
    assertEquals(
        List.of(
            "progress: 1/4 runs done, 0 failed, 0 running, ETA 30s",
            "progress: 1/4 runs done, 0 failed, 0 running, ETA 3m30s"),
        lines());
  }

  /** After close, a tick that was already waiting draws nothing. */
  @Test
  void nothingIsDrawnAfterClose() {
    ProgressPrinter p = new ProgressPrinter(out, true, 4, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    p.close();
    String before = bytes.toString(StandardCharsets.UTF_8);
    clock.set(60_000 * MS);
    p.tick();
    assertEquals(before, bytes.toString(StandardCharsets.UTF_8));
  }

  /** On a terminal a failure is printed above the bar as it happens, and the bar drawn again. */
  @Test
  void aTerminalShowsEachFailureAboveTheBar() {
    ProgressPrinter p = new ProgressPrinter(out, true, 2, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    clock.set(1000 * MS);
    p.finished(outcome(0, RunStatus.FAILED, "exit code 2: boom"));
    String text = bytes.toString(StandardCharsets.UTF_8);
    String[] lines = text.split("\n", -1);
    assertEquals(2, lines.length, text);
    assertTrue(lines[0].endsWith("run r0 (impl, seed 0): failed: exit code 2: boom"), text);
    assertTrue(lines[1].startsWith("\r[############------------] 1/2 runs done, 1 failed"), text);
  }

  /** Once runs have ended the ETA changes on every tick; that is not news for a log. */
  @Test
  void aMovingEtaIsNoNewsForALog() {
    ProgressPrinter p = new ProgressPrinter(out, false, 10, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    clock.set(6000 * MS);
    p.finished(outcome(0, RunStatus.OK, ""));
    int before = lines().size();
    for (long s = 10; s <= 60; s += 5) {
      clock.set(s * 1000 * MS);
      p.tick();
    }
    assertEquals(before, lines().size(), "no line within the minute: " + lines());
    clock.set(70_000 * MS);
    p.tick();
    assertEquals(before + 1, lines().size(), lines().toString());
  }

  /** The last run failing on a terminal: one final bar, not two. */
  @Test
  void aTerminalEndsWithOneBarWhenTheLastRunFails() {
    ProgressPrinter p = new ProgressPrinter(out, true, 1, 5000, clock::get);
    p.started(outcome(0, RunStatus.OK, "").trial(), 0);
    clock.set(1000 * MS);
    p.finished(outcome(0, RunStatus.FAILED, "exit code 1"));
    p.close();
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(1, text.split("1/1 runs done", -1).length - 1, text);
  }

  /** A terminal bar is redrawn at most ten times a second, however many runs end. */
  @Test
  void aTerminalBarIsRedrawnAtMostTenTimesASecond() {
    ProgressPrinter p = new ProgressPrinter(out, true, 1000, 5000, clock::get);
    for (int i = 0; i < 1000; i++) {
      clock.set(i * MS); // 1000 runs in one second
      p.started(outcome(i, RunStatus.OK, "").trial(), 0);
      p.finished(outcome(i, RunStatus.OK, ""));
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    long redraws = text.chars().filter(c -> c == '\r').count();
    assertTrue(redraws <= 11, redraws + " redraws");
    // The final bar ends the line and is padded over the longer bar before it (its ETA is gone).
    assertTrue(text.endsWith("\n"), text);
    String last = text.substring(text.lastIndexOf('\r') + 1, text.length() - 1);
    String previous = text.substring(0, text.lastIndexOf('\r'));
    previous = previous.substring(previous.lastIndexOf('\r') + 1);
    assertTrue(last.stripTrailing().endsWith("1000/1000 runs done, 0 failed, 0 running"), last);
    assertTrue(last.length() >= previous.length(), last + " | " + previous);
  }
}
