package io.seedscope.report.html;

import io.seedscope.report.Rounding;
import io.seedscope.report.chart.ChartKind;
import io.seedscope.report.chart.LineCharts;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.SeedsSection;
import io.seedscope.report.model.SeedsSection.PowerRow;
import java.util.List;

/** Section 6: CI width against the number of seeds, and the power analysis. */
public final class SeedsHtml implements Section {
  @Override
  public String id() {
    return "seeds";
  }

  @Override
  public String title() {
    return "Seeds";
  }

  @Override
  public boolean present(ReportModel m) {
    SeedsSection s = m.seeds();
    return s != null && (!s.ciWidth().isEmpty() || !s.power().isEmpty());
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    SeedsSection s = m.seeds();
    if (!s.ciWidth().isEmpty()) {
      String ci = s.ciLabel() == null ? "CI" : s.ciLabel();
      p.figure(
          ChartKind.CI_WIDTH,
          "CI width against number of seeds",
          "Width of the "
              + ci
              + " of "
              + SummaryHtml.metricText(m)
              + " against the number of seeds. It shrinks roughly as 1/\u221an.",
          () -> LineCharts.ciWidth(s.ciWidth(), m.metric(), palette));
    }
    if (!s.power().isEmpty()) {
      String caption =
          "Power analysis"
              + (s.powerLabel() == null ? "" : ": " + s.powerLabel())
              + ". Seeds are per group.";
      List<Boolean> num = List.of(false, true, true, true, true, true);
      Tables.open(
          p,
          caption,
          List.of(
              "comparison",
              "effect to detect",
              "seeds now",
              "power now",
              "target power",
              "seeds needed"),
          num);
      for (PowerRow r : s.power()) {
        Tables.row(
            p,
            List.of(
                r.label(),
                Rounding.plain(r.effect()),
                Integer.toString(r.seedsNow()),
                Rounding.percent(r.powerNow()),
                Rounding.percent(r.targetPower()),
                r.seedsNeeded() < 0 ? "not reachable" : Integer.toString(r.seedsNeeded())),
            num);
      }
      Tables.close(p);
    }
  }
}
