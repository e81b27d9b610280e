package io.seedscope.report.html;

import io.seedscope.report.chart.ChartKind;
import io.seedscope.report.chart.DistributionChart;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.DistributionPanel;
import io.seedscope.report.model.ReportModel;

/** Section 3: final-score distributions, one chart per task. */
public final class DistributionHtml implements Section {
  @Override
  public String id() {
    return "distributions";
  }

  @Override
  public String title() {
    return "Final-score distributions";
  }

  @Override
  public boolean present(ReportModel m) {
    return m.distributions().stream().anyMatch(d -> !d.groups().isEmpty());
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    for (DistributionPanel d : m.distributions()) {
      if (d.groups().isEmpty()) {
        continue;
      }
      String caption =
          "Final "
              + SummaryHtml.metricText(m)
              + " per seed on "
              + d.task()
              + ". Box: quartiles and median; whiskers: most extreme values within 1.5 IQR; "
              + "points: individual seeds (vertical jitter only spreads them out).";
      p.figure(
          ChartKind.DISTRIBUTION,
          "Final-score distribution on " + d.task(),
          caption,
          () -> DistributionChart.build(d, m.metric(), palette));
    }
  }
}
