package io.seedscope.report.model;

import java.util.List;

/**
 * Section 6: how many seeds are enough.
 *
 * @param ciLabel the interval whose width is plotted, e.g. {@code "95% bootstrap CI of the IQM"}
 * @param ciWidth CI width against number of seeds, one line per implementation
 * @param powerLabel what the power analysis tests, e.g. {@code "Welch t-test, two-sided, α = 0.05"}
 * @param power one row per comparison or implementation
 */
public record SeedsSection(
    String ciLabel, List<CiWidthCurve> ciWidth, String powerLabel, List<PowerRow> power) {
  public SeedsSection {
    ciWidth = Lists.copy(ciWidth);
    power = Lists.copy(power);
  }

  /**
   * Expected (or subsampled) CI width as a function of the number of seeds.
   *
   * @param implementation implementation label
   * @param seeds number of seeds n, increasing
   * @param width CI width (high - low) at each n, in metric units
   */
  public record CiWidthCurve(String implementation, List<Double> seeds, List<Double> width) {
    public CiWidthCurve {
      seeds = Lists.copy(seeds);
      width = Lists.copy(width);
    }
  }

  /**
   * One line of the power analysis.
   *
   * @param label what is compared, e.g. {@code "ppo vs sac"}
   * @param effect the difference to detect, in metric units
   * @param seedsNow seeds per group in the data
   * @param powerNow power to detect {@code effect} with {@code seedsNow} seeds (0..1)
   * @param targetPower the power aimed for (0..1)
   * @param seedsNeeded seeds per group to reach {@code targetPower}; -1 when not reachable
   */
  public record PowerRow(
      String label,
      double effect,
      int seedsNow,
      double powerNow,
      double targetPower,
      int seedsNeeded) {}
}
