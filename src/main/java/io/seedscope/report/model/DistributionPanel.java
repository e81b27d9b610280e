package io.seedscope.report.model;

import java.util.List;

/**
 * Section 3: final-score distribution chart for one task: a box plot per implementation with every
 * seed drawn as a (deterministically) jittered point.
 *
 * @param task task label (used in the chart caption)
 * @param groups one entry per implementation, in display order
 */
public record DistributionPanel(String task, List<Samples> groups) {
  public DistributionPanel {
    groups = Lists.copy(groups);
  }

  /**
   * One implementation's per-seed final scores.
   *
   * @param implementation implementation label (picks the colour)
   * @param values one finite value per usable seed
   */
  public record Samples(String implementation, List<Double> values) {
    public Samples {
      values = Lists.copy(values);
    }
  }
}
