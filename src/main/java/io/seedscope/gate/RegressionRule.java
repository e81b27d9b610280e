package io.seedscope.gate;

import io.seedscope.model.Goal;

/**
 * The candidate group must not be worse than the same group of the baseline: either a one-sided
 * Welch test (fail when p &lt; alpha that the candidate is worse by more than the tolerance) or the
 * probability of improvement (fail when it is below minPoi). Groups absent from the baseline are
 * skipped (nothing to regress from).
 */
final class RegressionRule {

  private RegressionRule() {}

  static RuleResult check(
      GroupData g, Baseline.Group base, GateRules.NoRegression rule, Goal goal) {
    String name = "noRegression";
    boolean poi = rule.method() == GateRules.Method.POI;
    Double threshold = poi ? rule.minPoi() : -goal.sign() * rule.tolerance();
    if (base == null) {
      return StatisticRules.skipped(name, g, threshold, "the baseline has no such group");
    }
    double[] c = g.values();
    double[] b = base.valueArray();
    int need = poi ? 1 : 2;
    if (b.length < need) {
      return StatisticRules.skipped(
          name,
          g,
          threshold,
          "the baseline group has " + b.length + " value(s); " + need + " needed");
    }
    if (c.length < need) {
      return StatisticRules.result(
          name,
          g,
          false,
          null,
          threshold,
          null,
          null,
          "needs at least " + need + " seed(s) with a successful run, has " + c.length);
    }
    double mc = GateMath.mean(c);
    double mb = GateMath.mean(b);
    String means = "candidate mean " + Fmt.num(mc) + " vs baseline " + Fmt.num(mb);
    if (poi) {
      double p = GateMath.probabilityOfImprovement(c, b, goal.sign());
      return StatisticRules.result(
          name,
          g,
          p >= rule.minPoi(),
          p,
          rule.minPoi(),
          null,
          null,
          means
              + ": probability of improvement "
              + Fmt.num(p)
              + "; at least "
              + Fmt.num(rule.minPoi())
              + " required");
    }
    GateMath.Welch w = GateMath.welchRegression(c, b, goal.sign(), rule.tolerance(), rule.alpha());
    boolean regressed = w.p() < rule.alpha();
    return StatisticRules.result(
        name,
        g,
        !regressed,
        w.difference(),
        threshold,
        w.interval().low(),
        w.interval().high(),
        means
            + ": difference "
            + Fmt.num(w.difference())
            + ", "
            + Fmt.percent(1 - 2 * rule.alpha())
            + " Welch interval "
            + Fmt.interval(w.interval().low(), w.interval().high())
            + "; one-sided p = "
            + Fmt.num(w.p())
            + " that it is "
            + (goal == Goal.MINIMIZE ? "higher" : "lower")
            + (rule.tolerance() > 0 ? " by more than " + Fmt.num(rule.tolerance()) : "")
            + (regressed
                ? ": significant regression at alpha "
                : ": no significant regression at alpha ")
            + Fmt.num(rule.alpha()));
  }
}
