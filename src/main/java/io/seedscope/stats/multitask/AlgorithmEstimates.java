package io.seedscope.stats.multitask;

import java.util.Map;

/** Interval estimates of the requested aggregate metrics for one algorithm. */
public record AlgorithmEstimates(String algorithm, Map<AggregateMetric, Estimate> metrics) {

  public AlgorithmEstimates {
    metrics = Map.copyOf(metrics);
  }

  /** The estimate of one metric, or null when it was not requested. */
  public Estimate get(AggregateMetric metric) {
    return metrics.get(metric);
  }
}
