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
    // From the fANOVA itself: g.main() holds eta squared when the exact ANOVA was asked for.
    for (MainEffect m : g.fanova().main()) {
      terms.add(new SensitivitySection.Importance(m.param(), "main", m.fraction(), m.std()));
    }
    g.fanova().interactions().stream()
        .sorted((a, b) -> Double.compare(b.fraction(), a.fraction()))
        .limit(10)
        .forEach(
            i ->
                terms.add(
                    new SensitivitySection.Importance(
                        String.join(" x ", i.params()), "interaction", i.fraction(), i.std())));
    terms.add(
        new SensitivitySection.Importance(
            "seed noise",
            "seed-noise",
            g.seedNoiseFraction() == null ? Double.NaN : g.seedNoiseFraction(),
            Double.NaN));
    sets.add(
        new SensitivitySection.ImportanceSet(
            "fANOVA of " + g.implementation() + " (" + g.fanova().label() + ")",
            "main and interaction terms: fractions of the random-forest surrogate's variance (fanova's convention, not renormalized); seed noise: within-configuration share of the observed total sum of squares",
            terms));
    if (g.anova() != null) {
      List<SensitivitySection.Importance> eta = new ArrayList<>();
      for (AnovaTerm t : g.anova().effects()) {
        eta.add(
            new SensitivitySection.Importance(
                t.term(),
                t.factors().size() > 1 ? "interaction" : "main",
                t.etaSquared(),
                Double.NaN));
      }
      if (g.anova().residual() != null) {
        eta.add(
            new SensitivitySection.Importance(
                "seed noise (residual)",
                "seed-noise",
                g.anova().residual().etaSquared(),
                Double.NaN));
      }
      sets.add(
          new SensitivitySection.ImportanceSet(
              "exact ANOVA (full grid)",
              "eta squared: shares of the total sum of squares, seed noise included",
              eta));
    }
    List<SensitivitySection.Marginal> marginals = new ArrayList<>();
    for (MarginalCurve c : g.fanova().marginals()) {
      boolean log = isLog(g, c.param());
      marginals.add(
          new SensitivitySection.Marginal(
              c.param(),
              log,
              c.labels() == null ? List.of() : c.labels(),
              c.x(),
              c.mean(),
              c.std()));
    }
    List<SensitivitySection.Interaction> interactions = new ArrayList<>();
    for (Marginal2d m : g.fanova().marginals2d()) {
      // At most 10 levels per axis: a heat map whose every cell carries a number stays legible.
      int[] xi = thin(m.x().size(), 10);
      int[] yi = thin(m.y().size(), 10);
      List<List<Double>> grid = new ArrayList<>();
      for (int b : yi) {
        List<Double> row = new ArrayList<>();
        for (int a : xi) {
          row.add(m.mean().get(a).get(b));
        }
        grid.add(row);
      }
      interactions.add(
          new SensitivitySection.Interaction(
              m.params().get(0),
              m.params().get(1),
              pick(levels(m.x(), m.xLabels()), xi),
              pick(levels(m.y(), m.yLabels()), yi),
              grid));
    }
    List<SensitivitySection.TunabilityRow> rows = new ArrayList<>();
    if (g.tunability() != null) {
      for (ParamTunability t : g.tunability().tunability()) {
        Object def = g.defaultConfig().get(t.param());
        rows.add(
            new SensitivitySection.TunabilityRow(
                t.param(),
                def == null ? "" : def.toString(),
                t.bestValue() == null ? "" : t.bestValue(),
                g.tunability().defaultPrediction(),
                g.tunability().defaultPrediction() + t.gain(),
                t.gain()));
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

  /** Up to {@code max} evenly spread indices of {@code n}, first and last included. */
  static int[] thin(int n, int max) {
    if (n <= max) {
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      return all;
    }
    int[] out = new int[max];
    for (int i = 0; i < max; i++) {
      out[i] = (int) Math.round(i * (n - 1) / (double) (max - 1));
    }
    return out;
  }

  private static List<String> pick(List<String> values, int[] idx) {
    List<String> out = new ArrayList<>();
    for (int i : idx) {
      out.add(values.get(i));
    }
    return out;
  }
}
