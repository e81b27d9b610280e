package io.seedscope.report;

import io.seedscope.analysis.Analysis;
import io.seedscope.stats.Interval;
import java.util.ArrayList;
import java.util.List;

/** The comparisons table of the report: one row per compared pair, with the chosen test. */
final class ComparisonView {
  private ComparisonView() {}

  static io.seedscope.report.model.ComparisonTable of(Analysis a) {
    if (a.comparisons() == null || a.comparisons().isEmpty()) {
      return null;
    }
    String test = a.settings().test();
    List<io.seedscope.report.model.ComparisonTable.Row> rows = new ArrayList<>();
    for (io.seedscope.stats.TwoSampleComparison c : a.comparisons()) {
      Interval ci = c.meanDifferenceCi();
      Double pTest;
      String testName;
      if ("mann-whitney".equals(test)) {
        pTest = c.paired() && c.wilcoxon() != null ? c.wilcoxon().p() : c.mannWhitney().p();
        testName = c.paired() ? "(Wilcoxon)" : "(Mann-Whitney)";
      } else if ("permutation".equals(test)) {
        pTest = c.permutation() == null ? null : c.permutation().p();
        testName = "(permutation)";
      } else {
        pTest = c.paired() ? (c.pairedT() == null ? null : c.pairedT().p()) : c.welch().p();
        testName = c.paired() ? "(paired t)" : "(Welch)";
      }
      var poi = c.probabilityOfImprovement();
      rows.add(
          new io.seedscope.report.model.ComparisonTable.Row(
              c.baseline(),
              c.candidate(),
              c.task(),
              c.paired(),
              c.nBaseline(),
              c.nCandidate(),
              ReportBuilder.d(c.meanDifference()),
              ci != null && ci.low() != null ? ci.low() : Double.NaN,
              ci != null && ci.high() != null ? ci.high() : Double.NaN,
              ReportBuilder.d(pTest),
              testName,
              ReportBuilder.d(c.mannWhitney() == null ? null : c.mannWhitney().p()),
              ReportBuilder.d(c.pHolm()),
              poi == null ? Double.NaN : ReportBuilder.d(poi.estimate()),
              poi == null ? Double.NaN : ReportBuilder.d(poi.low()),
              poi == null ? Double.NaN : ReportBuilder.d(poi.high()),
              ReportBuilder.d(c.hedgesG()),
              ReportBuilder.d(c.cliffsDelta())));
    }
    return new io.seedscope.report.model.ComparisonTable(
        ReportBuilder.pct(a.settings().level()) + " BCa", test, rows);
  }
}
