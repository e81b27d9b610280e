package io.seedscope.stats.multitask;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The four aggregate metrics of rliable (Agarwal et al., "Deep Reinforcement Learning at the Edge
 * of the Statistical Precipice", NeurIPS 2021; rliable/metrics.py). See {@link Aggregates} for the
 * formulas.
 */
public enum AggregateMetric {
  /** Interquartile mean of all runs of all tasks pooled. */
  @JsonProperty("iqm")
  IQM,
  /** Median over tasks of the per-task mean score. */
  @JsonProperty("median")
  MEDIAN,
  /** Mean over tasks of the per-task mean score. */
  @JsonProperty("mean")
  MEAN,
  /** {@code gamma - mean(min(score, gamma))}: how far runs fall short of the target gamma. */
  @JsonProperty("optimalityGap")
  OPTIMALITY_GAP;

  /** Point estimate on runs indexed by task. */
  public double of(double[][] runsByTask, double gamma) {
    return switch (this) {
      case IQM -> Aggregates.iqm(runsByTask);
      case MEDIAN -> Aggregates.median(runsByTask);
      case MEAN -> Aggregates.mean(runsByTask);
      case OPTIMALITY_GAP -> Aggregates.optimalityGap(runsByTask, gamma);
    };
  }
}
