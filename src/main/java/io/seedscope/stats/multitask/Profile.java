package io.seedscope.stats.multitask;

import java.util.List;

/**
 * One algorithm's performance profile over the tau grid of its {@link PerformanceProfile}, with a
 * pointwise stratified-bootstrap percentile band.
 */
public record Profile(
    String algorithm, List<Double> estimate, List<Double> low, List<Double> high) {

  public Profile {
    estimate = List.copyOf(estimate);
    low = List.copyOf(low);
    high = List.copyOf(high);
  }
}
