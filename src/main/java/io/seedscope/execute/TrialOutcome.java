package io.seedscope.execute;

import io.seedscope.model.RunStatus;
import io.seedscope.plan.Trial;
import java.time.Instant;
import java.util.Map;

/**
 * What executing one trial produced (its last attempt).
 *
 * @param exitCode the process's exit code, or null (in-JVM, timeout, cancelled)
 * @param steps logged steps (empty when nothing was logged)
 * @param metrics metric name to values aligned with {@code steps}
 */
public record TrialOutcome(
    Trial trial,
    RunStatus status,
    Integer exitCode,
    String reason,
    int attempts,
    Instant startedAt,
    long durationMillis,
    long[] steps,
    Map<String, double[]> metrics) {}
