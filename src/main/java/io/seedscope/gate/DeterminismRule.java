package io.seedscope.gate;

import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Repeats of one seed (same group and seed, different run ids) must agree: the largest absolute
 * difference between any two finished repeats, over the final value and, when the repeats logged
 * the same steps, over every curve point, must not exceed the tolerance. A repeat that diverged
 * while another finished with a finite value is a mismatch of infinite size. Runs that did not
 * finish (failed, timed out, cancelled, no metric) are left out: they say nothing about
 * determinism, and {@code maxFailedShare} covers them.
 */
final class DeterminismRule {

  private DeterminismRule() {}

  static RuleResult check(GroupData g, double tolerance) {
    Map<Long, List<Run>> bySeed = new TreeMap<>();
    for (Run r : g.runs()) {
      if (r.status() == RunStatus.OK || r.status() == RunStatus.DIVERGENT) {
        bySeed.computeIfAbsent(r.seed(), k -> new ArrayList<>()).add(r);
      }
    }
    double worst = 0;
    String where = null;
    int sets = 0;
    for (Map.Entry<Long, List<Run>> e : bySeed.entrySet()) {
      List<Run> reps = e.getValue();
      if (reps.size() < 2) {
        continue;
      }
      sets++;
      for (int i = 0; i < reps.size(); i++) {
        for (int j = i + 1; j < reps.size(); j++) {
          Run a = reps.get(i);
          Run b = reps.get(j);
          double d = difference(a, b);
          if (d > worst || (where == null && d == worst && d > tolerance)) {
            worst = d;
            where =
                "seed "
                    + e.getKey()
                    + " (runs "
                    + a.runId()
                    + ", "
                    + b.runId()
                    + ")"
                    + (a.status() != b.status()
                        ? ": "
                            + a.status().name().toLowerCase(java.util.Locale.ROOT)
                            + " vs "
                            + b.status().name().toLowerCase(java.util.Locale.ROOT)
                        : "");
          }
        }
      }
    }
    if (sets == 0) {
      return StatisticRules.skipped(
          "determinism", g, tolerance, "no seed was run more than once: no repeats to compare");
    }
    boolean pass = worst <= tolerance;
    String msg =
        sets
            + " repeated seed(s); largest difference between repeats "
            + Fmt.num(worst)
            + (where != null && worst > 0 ? " at " + where : "")
            + "; tolerance "
            + Fmt.num(tolerance);
    return StatisticRules.result("determinism", g, pass, worst, tolerance, null, null, msg);
  }

  /** Largest absolute difference between two finished repeats (infinite when one diverged). */
  static double difference(Run a, Run b) {
    if (a.status() != b.status()) {
      return Double.POSITIVE_INFINITY;
    }
    if (a.status() == RunStatus.DIVERGENT) {
      return 0;
    }
    double d = Math.abs(a.value() - b.value());
    if (a.curve().length == b.curve().length && Arrays.equals(a.steps(), b.steps())) {
      for (int k = 0; k < a.curve().length; k++) {
        d = Math.max(d, Math.abs(a.curve()[k] - b.curve()[k]));
      }
    }
    return d;
  }
}
