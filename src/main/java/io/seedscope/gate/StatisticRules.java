package io.seedscope.gate;

import io.seedscope.model.Goal;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The rules that look at one group alone: minSeeds, maxFailedShare, maxCv, maxCiRel and
 * minLowerBound. A statistical rule that cannot be measured (fewer than two seeds) fails rather
 * than being skipped: a gate must not pass a precision it could not check.
 */
final class StatisticRules {

  private StatisticRules() {}

  static RuleResult minSeeds(GroupData g, int min) {
    int n = g.seeds().size();
    return result(
        "minSeeds",
        g,
        n >= min,
        (double) n,
        (double) min,
        null,
        null,
        n + " seed(s) with a successful run; at least " + min + " required");
  }

  static RuleResult maxFailedShare(GroupData g, double max) {
    int all = g.runs().size();
    int bad = g.notOk();
    double share = (double) bad / all;
    Map<RunStatus, Integer> by = new EnumMap<>(RunStatus.class);
    for (Run r : g.runs()) {
      if (!r.isOk()) {
        by.merge(r.status(), 1, Integer::sum);
      }
    }
    StringJoiner detail = new StringJoiner(", ", " (", ")");
    by.forEach((s, c) -> detail.add(c + " " + s.name().toLowerCase(java.util.Locale.ROOT)));
    return result(
        "maxFailedShare",
        g,
        share <= max,
        share,
        max,
        null,
        null,
        bad
            + " of "
            + all
            + " runs not OK"
            + (bad > 0 ? detail.toString() : "")
            + "; share "
            + Fmt.num(share)
            + ", at most "
            + Fmt.num(max)
            + " allowed");
  }

  static RuleResult maxCv(GroupData g, double max) {
    RuleResult missing = needTwo("maxCv", g, max);
    if (missing != null) {
      return missing;
    }
    double m = GateMath.mean(g.values());
    double s = GateMath.sd(g.values());
    if (s > 0 && m == 0) {
      return result(
          "maxCv", g, false, null, max, null, null, "mean is 0: the CV s/|mean| is undefined");
    }
    double cv = s == 0 ? 0 : s / Math.abs(m);
    return result(
        "maxCv",
        g,
        cv <= max,
        cv,
        max,
        null,
        null,
        "CV "
            + Fmt.num(cv)
            + " (sd "
            + Fmt.num(s)
            + ", mean "
            + Fmt.num(m)
            + ", "
            + g.values().length
            + " seeds); at most "
            + Fmt.num(max)
            + " allowed");
  }

  static RuleResult maxCiRel(GroupData g, double max, double level) {
    RuleResult missing = needTwo("maxCiRel", g, max);
    if (missing != null) {
      return missing;
    }
    GateMath.Interval ci = GateMath.tInterval(g.values(), level);
    double m = GateMath.mean(g.values());
    double half = ci.halfWidth();
    if (half > 0 && m == 0) {
      return result(
          "maxCiRel",
          g,
          false,
          null,
          max,
          ci.low(),
          ci.high(),
          "mean is 0: a relative CI width is undefined");
    }
    double rel = half == 0 ? 0 : half / Math.abs(m);
    return result(
        "maxCiRel",
        g,
        rel <= max,
        rel,
        max,
        ci.low(),
        ci.high(),
        Fmt.percent(level)
            + " t interval "
            + Fmt.interval(ci.low(), ci.high())
            + " of the mean "
            + Fmt.num(m)
            + ": half-width / |mean| = "
            + Fmt.num(rel)
            + "; at most "
            + Fmt.num(max)
            + " allowed");
  }

  static RuleResult minLowerBound(GroupData g, double bound, double level, Goal goal) {
    RuleResult missing = needTwo("minLowerBound", g, bound);
    if (missing != null) {
      return missing;
    }
    GateMath.Interval ci = GateMath.tInterval(g.values(), level);
    boolean max = goal != Goal.MINIMIZE;
    double v = max ? ci.low() : ci.high();
    boolean pass = max ? v >= bound : v <= bound;
    return result(
        "minLowerBound",
        g,
        pass,
        v,
        bound,
        ci.low(),
        ci.high(),
        (max ? "low" : "high")
            + " end of the "
            + Fmt.percent(level)
            + " t interval "
            + Fmt.interval(ci.low(), ci.high())
            + " is "
            + Fmt.num(v)
            + "; must be "
            + (max ? ">= " : "<= (goal minimize) ")
            + Fmt.num(bound));
  }

  private static RuleResult needTwo(String rule, GroupData g, double threshold) {
    int n = g.values().length;
    if (n >= 2) {
      return null;
    }
    return result(
        rule,
        g,
        false,
        null,
        threshold,
        null,
        null,
        n == 0
            ? "no successful run to measure"
            : "needs at least 2 seeds with a successful run to measure the spread, has 1");
  }

  static RuleResult result(
      String rule,
      GroupData g,
      boolean pass,
      Double value,
      Double threshold,
      Double low,
      Double high,
      String message) {
    return new RuleResult(
        rule,
        GroupRef.of(g.key()),
        pass ? RuleStatus.PASS : RuleStatus.FAIL,
        value,
        threshold,
        low,
        high,
        message);
  }

  static RuleResult skipped(String rule, GroupData g, Double threshold, String why) {
    return new RuleResult(
        rule, GroupRef.of(g.key()), RuleStatus.SKIPPED, null, threshold, null, null, why);
  }
}
