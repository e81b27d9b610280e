package io.seedscope.gate;

import io.seedscope.model.GroupKey;
import io.seedscope.model.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The runs of one group as the rules see them. Repeats of a seed (same group and seed, another run
 * id) are one observation: the statistics use one value per seed, the mean of its OK repeats, so
 * that re-running a seed does not pretend to add independent evidence.
 *
 * @param key the group
 * @param runs every run of the group, whatever its status
 * @param seeds the seeds with at least one OK run, ascending
 * @param values one value per seed in {@code seeds}, aligned with it
 */
public record GroupData(GroupKey key, List<Run> runs, List<Long> seeds, double[] values) {

  public static GroupData of(GroupKey key, List<Run> runs) {
    SortedMap<Long, double[]> sums = new TreeMap<>();
    for (Run r : runs) {
      if (r.isOk()) {
        double[] s = sums.computeIfAbsent(r.seed(), k -> new double[2]);
        s[0] += r.value();
        s[1]++;
      }
    }
    List<Long> seeds = new ArrayList<>(sums.keySet());
    double[] values = sums.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
    return new GroupData(key, List.copyOf(runs), List.copyOf(seeds), values);
  }

  /** Runs whose status is not OK. */
  public int notOk() {
    return (int) runs.stream().filter(r -> !r.isOk()).count();
  }
}
