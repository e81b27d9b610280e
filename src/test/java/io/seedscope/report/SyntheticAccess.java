package io.seedscope.report;

import io.seedscope.report.model.ReportModel;
import java.util.List;

/** Lets tests in sub-packages build the synthetic model. */
public final class SyntheticAccess {
  private SyntheticAccess() {}

  /** Every user-visible name carries {@code evil}. */
  public static ReportModel hostile(String evil) {
    return SyntheticReport.full(
        List.of("ppo" + evil, "sac" + evil),
        "task" + evil,
        5,
        50,
        20,
        List.of("lr" + evil, "gamma" + evil, "batch" + evil),
        "metric" + evil);
  }

  /** Three implementations, no sweep. */
  public static ReportModel sized(int seeds, int steps) {
    return SyntheticReport.full(List.of("a", "b", "c"), "t", seeds, steps, 0, List.of(), "m");
  }

  /** Every section and chart kind at a size that keeps browser tests quick. */
  public static ReportModel medium() {
    return SyntheticReport.full(
        List.of("ppo", "sac", "td3"),
        "HalfCheetah-v4",
        20,
        200,
        50,
        List.of("lr", "gamma", "batch", "clip", "entropy"),
        "episode_return");
  }

  public static ReportModel model() {
    return SyntheticReport.full(List.of("ppo", "sac", "td3"), 100, 1000, 200);
  }
}
