package io.seedscope.spec;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How runs are executed.
 *
 * @param workers parallel runs at once
 * @param timeout per-run wall-clock limit (the process tree is killed after it)
 * @param retries extra attempts after a failed or timed-out attempt
 * @param workerEnv per worker slot, extra environment (slot i gets entry i modulo the size), e.g.
 *     {@code CUDA_VISIBLE_DEVICES}; empty for none
 */
public record RunSettings(
    int workers, Duration timeout, int retries, List<Map<String, String>> workerEnv) {

  public static final RunSettings DEFAULT =
      new RunSettings(
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          Duration.ofHours(1),
          0,
          List.of());

  public RunSettings {
    workerEnv = List.copyOf(workerEnv);
  }

  public Map<String, String> envForSlot(int slot) {
    return workerEnv.isEmpty() ? Map.of() : workerEnv.get(workerEnvIndex(slot));
  }

  /** Which {@link #workerEnv} entry a worker slot gets (requires a non-empty list). */
  public int workerEnvIndex(int slot) {
    return slot % workerEnv.size();
  }
}
