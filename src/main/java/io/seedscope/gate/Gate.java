package io.seedscope.gate;

import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link GateRules} to every group of a {@link ResultSet}: the entry point of {@code
 * seedscope gate}. Rules run per group in a fixed order (minSeeds, maxFailedShare, determinism,
 * maxCv, maxCiRel, minLowerBound, noRegression) so that reports are stable.
 */
public final class Gate {

  private Gate() {}

  /** Evaluates the rules, loading the baseline file named by the noRegression rule if any. */
  public static GateReport evaluate(ResultSet results, GateRules rules) {
    return evaluateExcluding(results, rules, java.util.Set.of());
  }

  /**
   * As {@link #evaluate(ResultSet, GateRules)}, with the values of the runs named in {@code
   * outlying} left out of the rules on values (maxCv, maxCiRel, minLowerBound, noRegression). The
   * rules on runs (minSeeds, maxFailedShare, determinism) still see every run: an outlying seed was
   * run, and repeats that disagree are what makes a seed's mean outlying in the first place.
   */
  public static GateReport evaluateExcluding(
      ResultSet results, GateRules rules, java.util.Set<String> outlying) {
    Baseline baseline =
        rules.noRegression() == null ? null : Baseline.load(rules.noRegression().baseline());
    return evaluate(results, rules, baseline, outlying);
  }

  /**
   * Evaluates the rules with an already loaded baseline (ignored when the rules have no
   * noRegression rule).
   *
   * @throws InputException when the baseline is for another metric, goal or aggregate
   */
  public static GateReport evaluate(ResultSet results, GateRules rules, Baseline baseline) {
    return evaluate(results, rules, baseline, java.util.Set.of());
  }

  private static GateReport evaluate(
      ResultSet results, GateRules rules, Baseline baseline, java.util.Set<String> outlying) {
    if (rules.noRegression() != null) {
      if (baseline == null) {
        throw new InputException("noRegression needs a baseline");
      }
      checkComparable(results, baseline, rules.noRegression());
    }
    List<RuleResult> out = new ArrayList<>();
    for (Map.Entry<GroupKey, List<Run>> e : results.byGroup().entrySet()) {
      GroupData g = GroupData.of(e.getKey(), e.getValue());
      GroupData values =
          outlying.isEmpty()
              ? g
              : GroupData.of(
                  e.getKey(),
                  e.getValue().stream().filter(r -> !outlying.contains(r.runId())).toList());
      if (rules.minSeeds() != null) {
        out.add(StatisticRules.minSeeds(g, rules.minSeeds()));
      }
      if (rules.maxFailedShare() != null) {
        out.add(StatisticRules.maxFailedShare(g, rules.maxFailedShare()));
      }
      if (rules.determinism() != null) {
        out.add(DeterminismRule.check(g, rules.determinism()));
      }
      if (rules.maxCv() != null) {
        out.add(StatisticRules.maxCv(values, rules.maxCv()));
      }
      if (rules.maxCiRel() != null) {
        out.add(StatisticRules.maxCiRel(values, rules.maxCiRel(), rules.level()));
      }
      if (rules.minLowerBound() != null) {
        out.add(
            StatisticRules.minLowerBound(
                values, rules.minLowerBound(), rules.level(), results.goal()));
      }
      if (rules.noRegression() != null) {
        out.add(
            RegressionRule.check(
                values, baseline.find(e.getKey()), rules.noRegression(), results.goal()));
      }
    }
    return GateReport.of(results.metric(), results.goal().label(), out);
  }

  private static void checkComparable(
      ResultSet results, Baseline baseline, GateRules.NoRegression rule) {
    String file = String.valueOf(rule.baseline());
    if (!baseline.metric().equals(results.metric())) {
      throw new InputException(
          file
              + ": the baseline is for metric '"
              + baseline.metric()
              + "' but the runs were reduced to '"
              + results.metric()
              + "'");
    }
    if (!baseline.goal().equals(results.goal().label())) {
      throw new InputException(
          file
              + ": the baseline goal is "
              + baseline.goal()
              + " but the runs' goal is "
              + results.goal().label());
    }
    if (baseline.aggregate() != null
        && results.aggregate() != null
        && !baseline.aggregate().equals(results.aggregate().toString())) {
      throw new InputException(
          file
              + ": the baseline aggregates curves with '"
              + baseline.aggregate()
              + "' but the runs with '"
              + results.aggregate()
              + "'");
    }
  }
}
