package io.seedscope.report.html;

import io.seedscope.report.Rounding;
import io.seedscope.report.chart.Palette;
import io.seedscope.report.model.ComparisonTable;
import io.seedscope.report.model.ReportModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparisons table: difference of means with its interval, the chosen test's p-value, the
 * Holm-adjusted p-value, probability of improvement and effect sizes, one row per pair.
 */
public final class ComparisonsHtml implements Section {
  @Override
  public String id() {
    return "comparisons";
  }

  @Override
  public String title() {
    return "Comparisons";
  }

  @Override
  public boolean present(ReportModel m) {
    return m.comparisons() != null && !m.comparisons().rows().isEmpty();
  }

  @Override
  public void render(Page p, ReportModel m, Palette palette) {
    ComparisonTable t = m.comparisons();
    boolean tasks = t.rows().stream().map(ComparisonTable.Row::task).distinct().count() > 1;
    List<String> head = new ArrayList<>(List.of("candidate vs baseline"));
    List<Boolean> num = new ArrayList<>(List.of(false));
    if (tasks) {
      head.add("task");
      num.add(false);
    }
    for (String h :
        List.of(
            "n",
            "difference [" + t.ciLabel() + "]",
            "p (test)",
            "p Mann-Whitney",
            "p Holm",
            "P(improvement)",
            "Hedges' g",
            "Cliff's delta")) {
      head.add(h);
      num.add(true);
    }
    Tables.open(
        p,
        "Candidate minus baseline; two-sided unless stated. Holm adjusts the "
            + t.test()
            + " p-values across every comparison of this report.",
        head,
        num);
    for (ComparisonTable.Row r : t.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.candidate() + " vs " + r.baseline() + (r.paired() ? " (paired)" : ""));
      if (tasks) {
        cells.add(r.task());
      }
      cells.add(r.nCandidate() + " / " + r.nBaseline());
      cells.add(Rounding.interval(r.difference(), r.low(), r.high()).toString());
      cells.add(p(r.pTest()) + " " + r.testName());
      cells.add(p(r.pMannWhitney()));
      cells.add(p(r.pHolm()));
      cells.add(
          Rounding.fixed(r.improvement(), 2)
              + " ["
              + Rounding.fixed(r.improvementLow(), 2)
              + ", "
              + Rounding.fixed(r.improvementHigh(), 2)
              + "]");
      cells.add(Rounding.fixed(r.hedgesG(), 2));
      cells.add(Rounding.fixed(r.cliffsDelta(), 2));
      Tables.row(p, cells, num);
    }
    Tables.close(p);
  }

  public static String p(double v) {
    if (!Double.isFinite(v)) {
      return "–";
    }
    return v < 0.001 ? "<0.001" : Rounding.sig(v, 2);
  }
}
