package io.seedscope.report.model;

import java.util.List;

/**
 * Section 4: learning curves of one task: per implementation a centre line (mean or IQM) with its
 * confidence band and thin translucent per-seed lines. Curves are downsampled for drawing only.
 *
 * @param task task label
 * @param xLabel x axis label with unit, e.g. {@code "environment steps"}
 * @param centerLabel what the centre line is, e.g. {@code "IQM"} or {@code "mean"}
 * @param bandLabel what the band is, e.g. {@code "95% bootstrap CI"}
 * @param groups one entry per implementation, in display order
 */
public record CurvePanel(
    String task, String xLabel, String centerLabel, String bandLabel, List<CurveGroup> groups) {
  public CurvePanel {
    groups = Lists.copy(groups);
  }

  /**
   * One implementation's aggregate curve and its seeds' curves.
   *
   * @param implementation implementation label
   * @param steps x values of the aggregate curve, increasing
   * @param center aggregate value at each step
   * @param low lower band edge at each step (NaN: no band at that step)
   * @param high upper band edge at each step
   * @param seeds one curve per seed, the mean of its repeats (may be empty)
   */
  public record CurveGroup(
      String implementation,
      List<Double> steps,
      List<Double> center,
      List<Double> low,
      List<Double> high,
      List<SeedCurve> seeds) {
    public CurveGroup {
      steps = Lists.copy(steps);
      center = Lists.copy(center);
      low = Lists.copy(low);
      high = Lists.copy(high);
      seeds = Lists.copy(seeds);
    }
  }

  /**
   * One run's curve.
   *
   * @param seed the run's seed
   * @param steps x values, increasing
   * @param values metric at each step (NaN: not logged there)
   */
  public record SeedCurve(long seed, List<Double> steps, List<Double> values) {
    public SeedCurve {
      steps = Lists.copy(steps);
      values = Lists.copy(values);
    }
  }
}
