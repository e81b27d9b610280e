package io.seedscope.report.html;

import io.seedscope.report.chart.ChartKind;
import io.seedscope.report.chart.LearningCurveChart;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.CurvePanel;
import io.seedscope.report.model.ReportModel;

/** Section 4: learning curves, one chart per task. */
public final class CurvesHtml implements Section {
  @Override
  public String id() {
    return "curves";
  }

  @Override
  public String title() {
    return "Learning curves";
  }

  @Override
  public boolean present(ReportModel m) {
    return m.curves().stream().anyMatch(c -> !c.groups().isEmpty());
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    for (CurvePanel c : m.curves()) {
      if (c.groups().isEmpty()) {
        continue;
      }
      String caption =
          "Learning curves on "
              + c.task()
              + ": "
              + c.centerLabel()
              + " of "
              + SummaryHtml.metricText(m)
              + " per implementation with its "
              + c.bandLabel()
              + " (shaded), drawn where at least half of the seeds reached the step;"
              + " thin lines are individual seeds, to their own ends. Curves are thinned to at most "
              + "200 points (100 per seed) for drawing only.";
      p.figure(
          ChartKind.LEARNING_CURVES,
          "Learning curves on " + c.task(),
          caption,
          () -> LearningCurveChart.build(c, m.metric(), palette));
    }
  }
}
