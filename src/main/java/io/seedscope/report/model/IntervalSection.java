package io.seedscope.report.model;

import java.util.List;

/**
 * Section 5: aggregate interval estimates in the style of rliable (Agarwal et al., "Deep RL at the
 * Edge of the Statistical Precipice", NeurIPS 2021).
 *
 * @param ciLabel what the intervals are, e.g. {@code "95% stratified bootstrap CI"}
 * @param scoreLabel what was aggregated, e.g. {@code "human-normalized score"} (axis label)
 * @param estimates one entry per (statistic, implementation); statistics are drawn as separate
 *     panels in order of first appearance (e.g. IQM, Median, Mean, Optimality gap)
 * @param poi probability-of-improvement matrix, or null
 * @param profiles performance profiles, or null
 */
public record IntervalSection(
    String ciLabel, String scoreLabel, List<Estimate> estimates, PoiMatrix poi, Profiles profiles) {
  public IntervalSection {
    estimates = Lists.copy(estimates);
  }

  /**
   * One point estimate with its interval.
   *
   * @param statistic e.g. {@code "IQM"}, {@code "Median"}, {@code "Mean"}, {@code "Optimality gap"}
   * @param implementation implementation label
   * @param point the estimate
   * @param low interval lower end
   * @param high interval upper end
   */
  public record Estimate(
      String statistic, String implementation, double point, double low, double high) {}

  /**
   * Probability of improvement P(X &gt; Y) = P(score of X on a run &gt; score of Y on a run) + ½
   * P(tie), per task and averaged over tasks (Agarwal et al. 2021, eq. in §A.2).
   *
   * @param implementations row and column labels, same order for both
   * @param probability {@code probability.get(i).get(j)} = P(implementation i &gt; implementation
   *     j); the diagonal is ignored
   * @param low interval lower ends, same shape, or null/empty when there are none
   * @param high interval upper ends, same shape, or null/empty
   */
  public record PoiMatrix(
      List<String> implementations,
      List<List<Double>> probability,
      List<List<Double>> low,
      List<List<Double>> high) {
    public PoiMatrix {
      implementations = Lists.copy(implementations);
      probability = Lists.copy2(probability);
      low = Lists.copy2(low);
      high = Lists.copy2(high);
    }
  }

  /**
   * Performance profiles (Dolan and Moré 2002 as run-score distributions in Agarwal et al. 2021):
   * the fraction of runs scoring above each threshold.
   *
   * @param thresholdLabel x axis label, e.g. {@code "normalized score τ"}
   * @param curves one step curve per implementation
   */
  public record Profiles(String thresholdLabel, List<ProfileCurve> curves) {
    public Profiles {
      curves = Lists.copy(curves);
    }
  }

  /**
   * One implementation's profile: a right-continuous step function.
   *
   * @param implementation implementation label
   * @param thresholds τ values, increasing
   * @param fraction fraction of runs with score &gt; τ at each threshold (0..1)
   * @param low band lower edge (may be empty: no band)
   * @param high band upper edge (may be empty)
   */
  public record ProfileCurve(
      String implementation,
      List<Double> thresholds,
      List<Double> fraction,
      List<Double> low,
      List<Double> high) {
    public ProfileCurve {
      thresholds = Lists.copy(thresholds);
      fraction = Lists.copy(fraction);
      low = Lists.copy(low);
      high = Lists.copy(high);
    }
  }
}
