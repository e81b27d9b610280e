package io.seedscope.ingest;

import io.seedscope.model.RunLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an import read, per implementation: runs, distinct seeds, tasks, configurations, and how
 * many points each run has.
 *
 * @param runs total number of runs
 * @param implementations one entry per implementation, sorted by name
 */
public record ImportSummary(int runs, List<Implementation> implementations) {

  public ImportSummary {
    implementations = List.copyOf(implementations);
  }

  /**
   * @param minPoints fewest logged points of a run (1 for final values only)
   * @param maxPoints most logged points of a run
   * @param lastStep the largest step any run reached, or null when the data has no steps
   */
  public record Implementation(
      String implementation,
      int runs,
      int seeds,
      int tasks,
      int configs,
      int minPoints,
      int maxPoints,
      Long lastStep) {

    /** E.g. {@code ppo: 10 runs, 10 seeds, 1 task, 1000 points per run (last step 1000000)}. */
    public String describe() {
      StringBuilder sb = new StringBuilder(implementation).append(": ");
      sb.append(plural(runs, "run")).append(", ").append(plural(seeds, "seed"));
      sb.append(", ").append(plural(tasks, "task"));
      if (configs > 1) {
        sb.append(", ").append(plural(configs, "configuration"));
      }
      sb.append(", ");
      if (minPoints == maxPoints) {
        sb.append(plural(minPoints, "point"));
      } else {
        sb.append(minPoints).append('-').append(maxPoints).append(" points");
      }
      sb.append(" per run");
      if (lastStep != null) {
        sb.append(" (last step ").append(lastStep).append(')');
      }
      return sb.toString();
    }

    private static String plural(int n, String word) {
      return n + " " + word + (n == 1 ? "" : "s");
    }
  }

  static ImportSummary of(List<RunLog> logs) {
    TreeMap<String, List<RunLog>> byImpl = new TreeMap<>();
    for (RunLog log : logs) {
      byImpl.computeIfAbsent(log.key().implementation(), k -> new ArrayList<>()).add(log);
    }
    List<Implementation> out = new ArrayList<>();
    byImpl.forEach(
        (impl, rs) -> {
          Set<Long> seeds = new HashSet<>();
          Set<String> tasks = new HashSet<>();
          Set<String> configs = new HashSet<>();
          int min = Integer.MAX_VALUE;
          int max = 0;
          Long last = null;
          for (RunLog r : rs) {
            seeds.add(r.seed());
            tasks.add(r.key().task());
            configs.add(r.key().config().canonical());
            int points = r.steps() == null ? 1 : r.steps().length;
            min = Math.min(min, points);
            max = Math.max(max, points);
            if (r.steps() != null && r.steps().length > 0) {
              long s = r.steps()[r.steps().length - 1];
              last = last == null ? s : Math.max(last, s);
            }
          }
          out.add(
              new Implementation(
                  impl, rs.size(), seeds.size(), tasks.size(), configs.size(), min, max, last));
        });
    return new ImportSummary(logs.size(), out);
  }

  /** One line per implementation. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (Implementation i : implementations) {
      lines.add(i.describe());
    }
    return lines;
  }
}
