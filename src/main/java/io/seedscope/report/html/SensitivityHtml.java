package io.seedscope.report.html;

import io.seedscope.report.Rounding;
import io.seedscope.report.chart.ChartKind;
import io.seedscope.report.chart.HeatMaps;
import io.seedscope.report.chart.ImportanceChart;
import io.seedscope.report.chart.MarginalChart;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ReportModel;
import io.seedscope.report.model.SensitivitySection;
import io.seedscope.report.model.SensitivitySection.Importance;
import io.seedscope.report.model.SensitivitySection.ImportanceSet;
import io.seedscope.report.model.SensitivitySection.Interaction;
import io.seedscope.report.model.SensitivitySection.Marginal;
import io.seedscope.report.model.SensitivitySection.TunabilityRow;
import java.util.List;

/** Section 7: hyperparameter importance, marginals, interactions and tunability. */
public final class SensitivityHtml implements Section {
  @Override
  public String id() {
    return "sensitivity";
  }

  @Override
  public String title() {
    return "Sensitivity";
  }

  @Override
  public boolean present(ReportModel m) {
    SensitivitySection s = m.sensitivity();
    return s != null
        && (!s.importances().isEmpty()
            || !s.marginals().isEmpty()
            || !s.interactions().isEmpty()
            || !s.tunability().isEmpty());
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    SensitivitySection s = m.sensitivity();
    if (s.configs() > 0) {
      p.raw("<p>").text(s.configs() + " configurations in the sweep.").raw("</p>\n");
    }
    if (!s.importances().isEmpty()) {
      p.raw("<h3>Importance</h3>\n");
      p.raw(
          "<p class=\"note\">fANOVA fractions are shares of the variance of the surrogate "
              + "model's prediction; ANOVA \u03b7\u00b2 values are shares of the total sum of squares "
              + "of the observed runs, seed noise included. They answer different questions and are "
              + "not slices of one whole, so each method has its own chart and its shares need not "
              + "add up to 1.</p>\n");
      for (ImportanceSet set : s.importances()) {
        if (set.terms().isEmpty()) {
          continue;
        }
        p.element("h4", set.method());
        p.figure(
            ChartKind.IMPORTANCE,
            "Importance by " + set.method(),
            set.method() + ": " + set.basis() + ", with \u00b11 standard error.",
            () -> ImportanceChart.build(set));
        importanceTable(p, set);
      }
    }
    if (!s.marginals().isEmpty()) {
      p.raw("<h3>Marginal effects</h3>\n<div class=\"panels\">\n");
      for (Marginal mg : s.marginals()) {
        String how = mg.categorical() ? "error bars" : "band";
        p.figure(
            ChartKind.MARGINAL,
            "Marginal effect of " + mg.parameter(),
            mg.parameter()
                + ": predicted "
                + SummaryHtml.metricText(m)
                + " with every other parameter averaged out (fANOVA's random-forest surrogate);"
                + " the "
                + how
                + " is \u00b11 standard deviation across the forest's trees"
                + (mg.logScale() && !mg.categorical() ? "; log axis" : "")
                + ".",
            () -> MarginalChart.build(mg, m.metric()));
      }
      p.raw("</div>\n");
    }
    if (!s.interactions().isEmpty()) {
      p.raw("<h3>Interactions</h3>\n");
      for (Interaction it : s.interactions()) {
        p.figure(
            ChartKind.INTERACTION,
            "Interaction of " + it.parameterX() + " and " + it.parameterY(),
            "Mean "
                + SummaryHtml.metricText(m)
                + " over "
                + it.parameterX()
                + " \u00d7 "
                + it.parameterY()
                + "; empty cells had no runs.",
            () ->
                HeatMaps.grid(
                    it.parameterX(),
                    it.parameterY(),
                    it.xLevels(),
                    it.yLevels(),
                    it.mean(),
                    m.metric()));
      }
    }
    if (!s.tunability().isEmpty()) {
      p.raw("<h3>Tunability</h3>\n");
      List<Boolean> num = List.of(false, false, false, true, true, true);
      Tables.open(
          p,
          "Improvement from tuning each parameter alone, starting from the default "
              + "(Probst, Boulesteix and Bischl 2019); positive is better.",
          List.of("parameter", "default", "best", "score at default", "best score", "gain"),
          num);
      for (TunabilityRow r : s.tunability()) {
        Tables.row(
            p,
            List.of(
                r.parameter(),
                r.defaultValue(),
                r.bestValue(),
                Rounding.sig(r.defaultScore(), 4),
                Rounding.sig(r.bestScore(), 4),
                Rounding.sig(r.gain(), 3)),
            num);
      }
      Tables.close(p);
    }
  }

  private static void importanceTable(Page p, ImportanceSet set) {
    List<Boolean> num = List.of(false, false, true, true);
    Tables.open(p, null, List.of("term", "kind", "share", "std. error"), num);
    for (Importance t : set.terms()) {
      String share;
      String se;
      if (Double.isFinite(t.stdErr()) && t.stdErr() > 0) {
        int d = Math.max(0, Rounding.decimalsFor(t.stdErr() * 100));
        share = Rounding.fixed(t.share() * 100, d) + "%";
        se = Rounding.fixed(t.stdErr() * 100, d) + "%";
      } else {
        share = Rounding.percent(t.share());
        se = Rounding.MISSING;
      }
      Tables.row(p, List.of(t.term(), kind(t.kind()), share, se), num);
    }
    Tables.close(p);
  }

  private static String kind(String kind) {
    if ("interaction".equals(kind)) {
      return "interaction";
    }
    if ("seed-noise".equals(kind)) {
      return "seed noise";
    }
    return "main effect";
  }
}
