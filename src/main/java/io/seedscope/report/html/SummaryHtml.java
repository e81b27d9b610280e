package io.seedscope.report.html;

import io.seedscope.report.Rounding;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 2: the summary table. Location and spread of a row are rounded to the decimal place of
 * the second significant digit of the row's CI half-width ({@link Rounding}).
 */
public final class SummaryHtml implements Section {
  @Override
  public String id() {
    return "summary";
  }

  @Override
  public String title() {
    return "Summary";
  }

  @Override
  public boolean present(ReportModel m) {
    return m.summary() != null && !m.summary().rows().isEmpty();
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    List<SummaryRow> rows = m.summary().rows();
    boolean tasks = rows.stream().map(SummaryRow::task).distinct().count() > 1;
    boolean configs = rows.stream().anyMatch(r -> r.config() != null && !r.config().isBlank());
    List<String> head = new ArrayList<>(List.of("implementation"));
    List<Boolean> num = new ArrayList<>(List.of(false));
    if (tasks) {
      head.add("task");
      num.add(false);
    }
    if (configs) {
      head.add("config");
      num.add(false);
    }
    String ci = m.summary().ciLabel() == null ? "CI" : m.summary().ciLabel();
    for (String h : List.of("n", "mean", ci, "std", "CV", "median", "IQM", "failed", "divergent")) {
      head.add(h);
      num.add(true);
    }
    String caption = "Per-group statistics of " + metricText(m) + " over usable runs.";
    Tables.open(p, caption, head, num);
    for (SummaryRow r : rows) {
      p.raw("<tr>");
      p.raw("<th scope=\"row\">").text(r.implementation()).raw("</th>");
      if (tasks) {
        p.raw("<td>").text(r.task()).raw("</td>");
      }
      if (configs) {
        p.raw("<td class=\"config\">").text(r.config()).raw("</td>");
      }
      Rounding.Interval mean = Rounding.interval(r.mean(), r.ciLow(), r.ciHigh());
      double hw = (r.ciHigh() - r.ciLow()) / 2;
      p.raw(Tables.cell(r.n() < 5 ? "num warn" : "num", Integer.toString(r.n())));
      p.raw(Tables.cell("num", mean.point()));
      p.raw(Tables.cell("num", mean.bracket()));
      p.raw(Tables.cell("num", Rounding.withHalfWidth(r.std(), hw)));
      p.raw(Tables.cell("num", Rounding.percent(r.cv())));
      p.raw(Tables.cell("num", Rounding.withHalfWidth(r.median(), hw)));
      p.raw(Tables.cell("num", Rounding.withHalfWidth(r.iqm(), hw)));
      p.raw(Tables.cell(r.failed() > 0 ? "num bad" : "num", Integer.toString(r.failed())));
      p.raw(Tables.cell(r.divergent() > 0 ? "num bad" : "num", Integer.toString(r.divergent())));
      p.raw("</tr>\n");
    }
    Tables.close(p);
    p.raw(
        "<p class=\"note\">CV = std / |mean|. Numbers are rounded to the second significant "
            + "digit of the CI half-width. Failed and divergent runs are excluded from every "
            + "statistic.</p>\n");
  }

  static String metricText(ReportModel m) {
    String metric = m.metric() == null || m.metric().isBlank() ? "the metric" : m.metric();
    return m.goal() == null || m.goal().isBlank() ? metric : metric + " (" + m.goal() + ")";
  }
}
