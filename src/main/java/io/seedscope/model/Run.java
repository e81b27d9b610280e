package io.seedscope.model;

/**
 * One run reduced to the chosen metric: its curve (possibly a single point) and the one number the
 * statistics use. A run whose value is not finite has status {@link RunStatus#DIVERGENT}.
 *
 * @param steps logged steps (null when the data had no step column)
 * @param curve metric values aligned with {@code steps}; NaN-free only for OK runs
 * @param value the curve reduced by the {@link CurveAggregate}
 */
public record Run(
    String runId,
    GroupKey key,
    long seed,
    RunStatus status,
    String reason,
    long[] steps,
    double[] curve,
    double value) {

  public boolean isOk() {
    return status == RunStatus.OK;
  }
}
