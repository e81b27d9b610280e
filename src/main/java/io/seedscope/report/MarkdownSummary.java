package io.seedscope.report;

import io.seedscope.report.model.IntervalSection;
import io.seedscope.report.model.IntervalSection.Estimate;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.SummaryRow;
import io.seedscope.report.model.Verdict;
import io.seedscope.report.model.Warning;
import java.util.List;

/**
 * A compact GitHub-flavoured Markdown summary for a pull-request comment or a CI job summary
 * ({@code $GITHUB_STEP_SUMMARY}): verdicts, warnings, the summary table and the comparisons
 * (interval estimates and probability of improvement). Every user string goes through {@link
 * MarkdownText#escape}, so names cannot break the tables or inject HTML.
 */
public final class MarkdownSummary {
  private MarkdownSummary() {}

  public static String render(ReportModel m) {
    StringBuilder md = new StringBuilder(2048);
    String title = m.title() == null || m.title().isBlank() ? "seedscope report" : m.title();
    md.append("## ").append(MarkdownText.escape(title)).append("\n\n");
    if (m.metric() != null && !m.metric().isBlank()) {
      md.append("Metric: **").append(MarkdownText.escape(m.metric())).append("**");
      if (m.goal() != null && !m.goal().isBlank()) {
        md.append(" (").append(MarkdownText.escape(m.goal())).append(')');
      }
      md.append("\n\n");
    }
    verdicts(md, m.verdicts());
    warnings(md, m.warnings());
    summary(md, m);
    pairs(md, m.comparisons());
    comparisons(md, m.intervals());
    return md.toString();
  }

  private static void verdicts(StringBuilder md, List<Verdict> vs) {
    if (vs.isEmpty()) {
      return;
    }
    md.append("### Verdict\n\n| implementation | task | verdict | deciding number | rule |\n");
    md.append("|---|---|---|---|---|\n");
    for (Verdict v : vs) {
      String outcome =
          switch (v.outcome() == null ? Verdict.Outcome.INCONCLUSIVE : v.outcome()) {
            case STABLE -> "\u2705 stable";
            case UNSTABLE -> "\u274c unstable";
            default -> "\u2754 inconclusive";
          };
      String number =
          MarkdownText.escape(v.decidingName())
              + " = "
              + Rounding.sigOrInteger(v.decidingValue(), 3)
              + (Double.isFinite(v.threshold())
                  ? " (threshold " + Rounding.plain(v.threshold()) + ")"
                  : "");
      row(
          md,
          MarkdownText.escape(v.implementation()),
          MarkdownText.escape(v.task()),
          outcome,
          number,
          MarkdownText.escape(v.rule()));
    }
    md.append('\n');
  }

  private static void warnings(StringBuilder md, List<Warning> ws) {
    for (Warning w : ws) {
      md.append("> \u26a0\ufe0f ");
      if (w.kind() != null && !w.kind().isBlank()) {
        md.append("**").append(MarkdownText.escape(w.kind())).append("**: ");
      }
      md.append(MarkdownText.escape(w.message())).append("  \n");
    }
    if (!ws.isEmpty()) {
      md.append('\n');
    }
  }

  private static void summary(StringBuilder md, ReportModel m) {
    if (m.summary() == null || m.summary().rows().isEmpty()) {
      return;
    }
    List<SummaryRow> rows = m.summary().rows();
    boolean tasks = rows.stream().map(SummaryRow::task).distinct().count() > 1;
    boolean configs = rows.stream().anyMatch(r -> r.config() != null && !r.config().isBlank());
    String ci = m.summary().ciLabel() == null ? "CI" : m.summary().ciLabel();
    md.append("### Summary\n\n| implementation |");
    StringBuilder rule = new StringBuilder("|---|");
    if (tasks) {
      md.append(" task |");
      rule.append("---|");
    }
    if (configs) {
      md.append(" config |");
      rule.append("---|");
    }
    md.append(" n | mean [")
        .append(MarkdownText.escape(ci))
        .append("] | std | median | IQM |" + " failed | divergent |\n");
    rule.append("--:|--:|--:|--:|--:|--:|--:|\n");
    md.append(rule);
    for (SummaryRow r : rows) {
      Rounding.Interval mean = Rounding.interval(r.mean(), r.ciLow(), r.ciHigh());
      double hw = (r.ciHigh() - r.ciLow()) / 2;
      md.append("| ").append(MarkdownText.escape(r.implementation())).append(" |");
      if (tasks) {
        md.append(' ').append(MarkdownText.escape(r.task())).append(" |");
      }
      if (configs) {
        md.append(' ').append(MarkdownText.escape(r.config())).append(" |");
      }
      md.append(' ')
          .append(r.n())
          .append(" | ")
          .append(mean)
          .append(" | ")
          .append(Rounding.withHalfWidth(r.std(), hw))
          .append(" | ")
          .append(Rounding.withHalfWidth(r.median(), hw))
          .append(" | ")
          .append(Rounding.withHalfWidth(r.iqm(), hw))
          .append(" | ")
          .append(r.failed())
          .append(" | ")
          .append(r.divergent())
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void pairs(StringBuilder md, io.seedscope.report.model.ComparisonTable t) {
    if (t == null || t.rows().isEmpty()) {
      return;
    }
    md.append("### Comparisons (candidate - baseline)\n\n| comparison | task | n | difference [")
        .append(MarkdownText.escape(t.ciLabel()))
        .append("] | p | p Holm | P(improvement) |\n|---|---|--:|--:|--:|--:|--:|\n");
    for (io.seedscope.report.model.ComparisonTable.Row r : t.rows()) {
      md.append("| ")
          .append(MarkdownText.escape(r.candidate() + " vs " + r.baseline()))
          .append(" | ")
          .append(MarkdownText.escape(r.task()))
          .append(" | ")
          .append(r.nCandidate())
          .append(" / ")
          .append(r.nBaseline())
          .append(" | ")
          .append(Rounding.interval(r.difference(), r.low(), r.high()))
          .append(" | ")
          .append(io.seedscope.report.html.ComparisonsHtml.p(r.pTest()))
          .append(' ')
          .append(MarkdownText.escape(r.testName()))
          .append(" | ")
          .append(io.seedscope.report.html.ComparisonsHtml.p(r.pHolm()))
          .append(" | ")
          .append(Rounding.fixed(r.improvement(), 2))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void comparisons(StringBuilder md, IntervalSection s) {
    if (s == null) {
      return;
    }
    boolean any = false;
    if (!s.estimates().isEmpty()) {
      String ci = s.ciLabel() == null ? "CI" : s.ciLabel();
      md.append("### Comparisons\n\n| statistic | implementation | estimate [")
          .append(MarkdownText.escape(ci))
          .append("] |\n|---|---|--:|\n");
      for (Estimate e : s.estimates()) {
        row(
            md,
            MarkdownText.escape(e.statistic()),
            MarkdownText.escape(e.implementation()),
            Rounding.interval(e.point(), e.low(), e.high()).toString());
      }
      md.append('\n');
      any = true;
    }
    IntervalSection.PoiMatrix poi = s.poi();
    if (poi != null && poi.implementations().size() >= 2) {
      if (!any) {
        md.append("### Comparisons\n\n");
      }
      md.append("| X | Y | P(X > Y) |\n|---|---|--:|\n");
      List<String> names = poi.implementations();
      for (int i = 0; i < names.size(); i++) {
        for (int j = i + 1; j < names.size(); j++) {
          double p = value(poi.probability(), i, j);
          if (!Double.isFinite(p)) {
            continue;
          }
          String cell = Rounding.fixed(p, 2);
          double lo = value(poi.low(), i, j);
          double hi = value(poi.high(), i, j);
          if (Double.isFinite(lo) && Double.isFinite(hi)) {
            cell = Rounding.interval(p, lo, hi).toString();
          }
          row(md, MarkdownText.escape(names.get(i)), MarkdownText.escape(names.get(j)), cell);
        }
      }
      md.append('\n');
    }
  }

  private static double value(List<List<Double>> m, int i, int j) {
    if (i >= m.size() || j >= m.get(i).size() || m.get(i).get(j) == null) {
      return Double.NaN;
    }
    return m.get(i).get(j);
  }

  private static void row(StringBuilder md, String... cells) {
    md.append('|');
    for (String c : cells) {
      md.append(' ').append(c).append(" |");
    }
    md.append('\n');
  }
}
