package io.seedscope.report;

import io.seedscope.analysis.ImportanceSection;
import io.seedscope.report.model.SensitivitySection;
import io.seedscope.sensitivity.anova.AnovaTerm;
import io.seedscope.sensitivity.fanova.MainEffect;
import io.seedscope.sensitivity.fanova.Marginal2d;
import io.seedscope.sensitivity.fanova.MarginalCurve;
import io.seedscope.sensitivity.tunability.ParamTunability;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sensitivity section of the report for the implementation whose sweep has the most
 * configurations. fANOVA fractions (shares of the surrogate's variance) and ANOVA eta squared
 * (shares of the total sum of squares) are shown as separate sets, never as slices of one whole.
 */
final class SensitivityView {
  private SensitivityView() {}

  static SensitivitySection of(Object section) {
    if (!(section instanceof ImportanceSection.Importance imp) || imp.groups().isEmpty()) {
      return null;
    }
    ImportanceSection.GroupImportance g = imp.groups().get(0);
    for (ImportanceSection.GroupImportance other : imp.groups()) {
      if (other.configurations() > g.configurations()) {
        g = other;
      }
    }
    List<SensitivitySection.ImportanceSet> sets = new ArrayList<>();
    List<SensitivitySection.Importance> terms = new ArrayList<>();
    for (MainEffect m : g.main()) {
      terms.add(new SensitivitySection.Importance(m.param(), "main", m.fraction(), m.std()));
    }
    g.interactions().stream()
        .sorted((a, b) -> Double.compare(b.fraction(), a.fraction()))
        .limit(10)
        .forEach(i -> terms.add(new SensitivitySection.Importance(String.join(" x ", i.params()), "interaction", i.fraction(), i.std())));
    terms.add(new SensitivitySection.Importance("seed noise", "seed-noise", g.seedNoiseFraction(), Double.NaN));
    sets.add(new SensitivitySection.ImportanceSet(
        "fANOVA of " + g.implementation() + " (" + g.method() + ")",
        "main and interaction terms: fractions of the random-forest surrogate's variance (fanova's convention, not renormalized); seed noise: within-configuration share of the observed total sum of squares",
        terms));
    if (g.anova() != null) {
      List<SensitivitySection.Importance> eta = new ArrayList<>();
      for (AnovaTerm t : g.anova().effects()) {
        eta.add(new SensitivitySection.Importance(t.term(), t.factors().size() > 1 ? "interaction" : "main", t.etaSquared(), Double.NaN));
      }
      if (g.anova().residual() != null) {
        eta.add(new SensitivitySection.Importance("seed noise (residual)", "seed-noise", g.anova().residual().etaSquared(), Double.NaN));
      }
      sets.add(new SensitivitySection.ImportanceSet("exact ANOVA (full grid)", "eta squared: shares of the total sum of squares, seed noise included", eta));
    }
    List<SensitivitySection.Marginal> marginals = new ArrayList<>();
    for (MarginalCurve c : g.fanova().marginals()) {
      boolean log = isLog(g, c.param());
      marginals.add(new SensitivitySection.Marginal(c.param(), log, c.labels() == null ? List.of() : c.labels(), c.x(), c.mean(), c.std()));
    }
    List<SensitivitySection.Interaction> interactions = new ArrayList<>();
    for (Marginal2d m : g.fanova().marginals2d()) {
      interactions.add(new SensitivitySection.Interaction(
          m.params().get(0), m.params().get(1), levels(m.x(), m.xLabels()), levels(m.y(), m.yLabels()), transpose(m.mean())));
    }
    List<SensitivitySection.TunabilityRow> rows = new ArrayList<>();
    if (g.tunability() != null) {
      for (ParamTunability t : g.tunability().tunability()) {
        Object def = g.defaultConfig().get(t.param());
        rows.add(new SensitivitySection.TunabilityRow(
            t.param(), def == null ? "" : def.toString(), t.bestValue() == null ? "" : t.bestValue(),
            g.tunability().defaultPrediction(), g.tunability().defaultPrediction() + t.gain(), t.gain()));
      }
    }
    return new SensitivitySection(g.configurations(), sets, marginals, interactions, rows);
  }

  private static boolean isLog(ImportanceSection.GroupImportance g, String param) {
    return g.logScale().contains(param);
  }

  private static List<String> levels(List<Double> values, List<String> labels) {
    if (labels != null) {
      return labels;
    }
    List<String> out = new ArrayList<>();
    for (double v : values) {
      out.add(String.format(Locale.ROOT, "%.3g", v));
    }
    return out;
  }

  private static List<List<Double>> transpose(List<List<Double>> m) {
    if (m.isEmpty()) {
      return m;
    }
    List<List<Double>> out = new ArrayList<>();
    for (int j = 0; j < m.get(0).size(); j++) {
      List<Double> row = new ArrayList<>();
      for (List<Double> col : m) {
        row.add(col.get(j));
      }
      out.add(row);
    }
    return out;
  }

}
