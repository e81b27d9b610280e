package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Config;
import io.seedscope.model.CurveAggregate;
import io.seedscope.model.Goal;
import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import io.seedscope.spec.MetricSpec;
import io.seedscope.spec.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalExecutorRetryTest {

  @TempDir Path dir;

  private List<TrialOutcome> execute(int retries, Launcher launcher, Cancellation cancel)
      throws InterruptedException {
    LocalExecutor executor =
        new LocalExecutor(
            new RunSettings(1, Duration.ofMinutes(1), retries, List.of()),
            new MetricSpec("return", Goal.MAXIMIZE, CurveAggregate.LAST),
            t -> launcher,
            t -> dir.resolve(t.runId()));
    List<TrialOutcome> out = new ArrayList<>();
    executor.execute(
        List.of(new Trial("r1", "impl", "task", Config.EMPTY, 1, 0)), out::add, cancel);
    return out;
  }

  @Test
  void aStopBetweenRetriesRecordsTheRunCancelledSoResumeRedoesIt() throws Exception {
    Cancellation cancel = new Cancellation();
    AtomicInteger attempts = new AtomicInteger();
    Launcher failsThenStop =
        (trial, slot, runDir, timeout, metrics, c) -> {
          attempts.incrementAndGet();
          cancel.cancel(); // the user stops the harness while the first attempt fails
          return new Launcher.Attempt(Launcher.Ending.EXITED, 1, "exit code 1");
        };
    List<TrialOutcome> out = execute(2, failsThenStop, cancel);
    assertEquals(1, attempts.get());
    assertEquals(1, out.size());
    assertEquals(RunStatus.CANCELLED, out.get(0).status());
    assertTrue(out.get(0).reason().contains("exit code 1"), out.get(0).reason());
  }

  @Test
  void aStopAfterTheLastAttemptKeepsItsFailure() throws Exception {
    Cancellation cancel = new Cancellation();
    Launcher failsThenStop =
        (trial, slot, runDir, timeout, metrics, c) -> {
          cancel.cancel();
          return new Launcher.Attempt(Launcher.Ending.EXITED, 1, "exit code 1");
        };
    List<TrialOutcome> out = execute(0, failsThenStop, cancel);
    assertEquals(RunStatus.FAILED, out.get(0).status());
  }

  @Test
  void withoutAStopAFailureIsRetried() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    Launcher failsOnce =
        (trial, slot, runDir, timeout, metrics, c) -> {
          if (attempts.incrementAndGet() == 1) {
            return new Launcher.Attempt(Launcher.Ending.EXITED, 1, "exit code 1");
          }
          metrics.acceptLine("{\"return\": 5}");
          return new Launcher.Attempt(Launcher.Ending.EXITED, 0, "");
        };
    List<TrialOutcome> out = execute(1, failsOnce, new Cancellation());
    assertEquals(RunStatus.OK, out.get(0).status());
    assertEquals(2, out.get(0).attempts());
  }
}
