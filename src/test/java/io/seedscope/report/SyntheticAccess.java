package io.seedscope.report;

import io.seedscope.report.model.ReportModel;
import java.util.List;

/** Lets tests in sub-packages build the synthetic model. */
public final class SyntheticAccess {
  private SyntheticAccess() {}

  public static ReportModel model() {
    return SyntheticReport.full(List.of("ppo", "sac", "td3"), 100, 1000, 200);
  }
}
