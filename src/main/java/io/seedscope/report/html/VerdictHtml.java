package io.seedscope.report.html;

import io.seedscope.report.Rounding;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.Verdict;
import io.seedscope.report.model.Warning;
import java.util.List;
import java.util.Objects;

/** Section 1: one verdict per implementation and task, and the warnings under it. */
public final class VerdictHtml implements Section {
  @Override
  public String id() {
    return "verdict";
  }

  @Override
  public String title() {
    return "Verdict";
  }

  @Override
  public boolean present(ReportModel m) {
    return !m.verdicts().isEmpty();
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    List<Verdict> vs = m.verdicts();
    boolean oneRule = vs.stream().map(Verdict::rule).distinct().count() == 1;
    if (oneRule && vs.get(0).rule() != null) {
      p.raw("<p class=\"rule\">Rule: ").text(vs.get(0).rule()).raw("</p>\n");
    }
    p.raw("<ul class=\"verdicts\">\n");
    for (Verdict v : vs) {
      p.raw("<li>");
      badge(p, v.outcome());
      p.raw(" <strong>").text(v.implementation()).raw("</strong>");
      if (v.task() != null && !v.task().isBlank()) {
        p.raw(" on ").element("span", "task", v.task());
      }
      p.raw(": ").text(deciding(v));
      if (!oneRule && v.rule() != null) {
        p.raw(" <span class=\"rule\">(").text(v.rule()).raw(")</span>");
      }
      p.raw("</li>\n");
    }
    p.raw("</ul>\n");
  }

  /** "relative CI half-width = 0.013 (threshold 0.02)". */
  static String deciding(Verdict v) {
    String s =
        Objects.toString(v.decidingName(), "value")
            + " = "
            + Rounding.sigOrInteger(v.decidingValue(), 3);
    if (Double.isFinite(v.threshold())) {
      s += " (threshold " + Rounding.plain(v.threshold()) + ")";
    }
    return s;
  }

  static void badge(Page p, Verdict.Outcome o) {
    switch (o == null ? Verdict.Outcome.INCONCLUSIVE : o) {
      case STABLE:
        p.raw("<span class=\"badge ok\">\u2713 stable</span>");
        break;
      case UNSTABLE:
        p.raw("<span class=\"badge bad\">\u2717 unstable</span>");
        break;
      default:
        p.raw("<span class=\"badge unknown\">? inconclusive</span>");
    }
  }

  /** The warnings box, written right after the verdict (or first when there is no verdict). */
  public static void warnings(Page p, List<Warning> warnings) {
    if (warnings.isEmpty()) {
      return;
    }
    p.raw("<section id=\"warnings\" class=\"warnings\" aria-label=\"Warnings\">");
    p.raw("<h2>Warnings</h2><ul>\n");
    for (Warning w : warnings) {
      p.raw("<li>");
      if (w.kind() != null && !w.kind().isBlank()) {
        p.element("strong", w.kind()).raw(": ");
      }
      p.text(w.message()).raw("</li>\n");
    }
    p.raw("</ul></section>\n");
  }
}
