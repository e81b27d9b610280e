package io.seedscope.report;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.GroupResult;
import io.seedscope.model.GroupKey;
import io.seedscope.report.model.Verdict;
import io.seedscope.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Verdicts per implementation and task: by gate rules when given, otherwise by the documented
 * defaults ({@link ReportBuilder#MIN_SEEDS} seeds, CI half-width at most {@link
 * ReportBuilder#MAX_CI_REL} of |mean|).
 */
final class VerdictView {
  private VerdictView() {}

  static List<Verdict> byDefaults(Analysis a, Set<GroupKey> main) {
    List<Verdict> out = new ArrayList<>();
    String rule =
        "at least "
            + ReportBuilder.MIN_SEEDS
            + " seeds and a CI half-width of at most "
            + ReportBuilder.pct(ReportBuilder.MAX_CI_REL)
            + " of |mean|";
    for (GroupKey k : main) {
      GroupResult g = ReportBuilder.groupOf(a, k);
      if (g == null) {
        continue;
      }
      if (g.n() < ReportBuilder.MIN_SEEDS) {
        out.add(
            new Verdict(
                k.implementation(),
                k.task(),
                Verdict.Outcome.INCONCLUSIVE,
                rule,
                "seeds",
                g.n(),
                ReportBuilder.MIN_SEEDS));
        continue;
      }
      Interval ci = g.ci();
      double rel =
          ci != null && ci.defined() && g.mean() != null && g.mean() != 0
              ? (ci.high() - ci.low()) / 2 / Math.abs(g.mean())
              : Double.POSITIVE_INFINITY;
      out.add(
          new Verdict(
              k.implementation(),
              k.task(),
              rel <= ReportBuilder.MAX_CI_REL ? Verdict.Outcome.STABLE : Verdict.Outcome.UNSTABLE,
              rule,
              "relative CI half-width",
              rel,
              ReportBuilder.MAX_CI_REL));
    }
    return out;
  }

  /** Verdicts by gate rules: unstable when a rule failed for the group, naming the first. */
  static List<Verdict> byGate(io.seedscope.gate.GateReport gate, Set<GroupKey> main) {
    List<Verdict> out = new ArrayList<>();
    for (GroupKey k : main) {
      List<io.seedscope.gate.RuleResult> mine = new ArrayList<>();
      for (io.seedscope.gate.RuleResult r : gate.results()) {
        if (r.group().key().equals(k)) {
          mine.add(r);
        }
      }
      if (mine.isEmpty()) {
        continue;
      }
      io.seedscope.gate.RuleResult deciding = mine.get(0);
      Verdict.Outcome outcome = Verdict.Outcome.STABLE;
      for (io.seedscope.gate.RuleResult r : mine) {
        if (r.status() == io.seedscope.gate.RuleStatus.FAIL) {
          deciding = r;
          outcome = Verdict.Outcome.UNSTABLE;
          break;
        }
      }
      out.add(
          new Verdict(
              k.implementation(),
              k.task(),
              outcome,
              "gate rules ("
                  + String.join(
                      ", ",
                      mine.stream().map(io.seedscope.gate.RuleResult::rule).distinct().toList())
                  + ")",
              deciding.rule(),
              deciding.value() == null ? Double.NaN : deciding.value(),
              deciding.threshold() == null ? Double.NaN : deciding.threshold()));
    }
    return out;
  }
}
