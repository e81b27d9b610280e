package io.seedscope.gate;

import java.util.List;

/**
 * Every rule on every group, in group order then rule order.
 *
 * @param metric the metric the runs were reduced to
 * @param goal maximize or minimize
 * @param passed no rule failed (skipped rules do not fail the gate)
 * @param counts how many checks passed, failed and were skipped
 * @param results one entry per rule per group
 */
public record GateReport(
    String metric, String goal, boolean passed, Counts counts, List<RuleResult> results) {

  /** Check counts. */
  public record Counts(int total, int pass, int fail, int skipped) {}

  public GateReport {
    results = List.copyOf(results);
  }

  public static GateReport of(String metric, String goal, List<RuleResult> results) {
    int pass = 0;
    int fail = 0;
    int skipped = 0;
    for (RuleResult r : results) {
      switch (r.status()) {
        case PASS:
          pass++;
          break;
        case FAIL:
          fail++;
          break;
        default:
          skipped++;
      }
    }
    return new GateReport(
        metric, goal, fail == 0, new Counts(results.size(), pass, fail, skipped), results);
  }

  /** 0 when every rule passed or was skipped, 1 when a rule failed (2 is the CLI's bad input). */
  public int exitCode() {
    return passed ? 0 : 1;
  }

  /** The failed checks only. */
  public List<RuleResult> failures() {
    return results.stream().filter(r -> r.status() == RuleStatus.FAIL).toList();
  }
}
