package io.seedscope.gate;

import io.seedscope.model.GroupKey;
import io.seedscope.model.Run;
import io.seedscope.model.SeedValues;
import java.util.List;
import java.util.SortedMap;

/**
 * The runs of one group as the rules see them. Repeats of a seed (same group and seed, another run
 * id) are one observation: the statistics use one value per seed, the mean of its OK repeats, so
 * that re-running a seed does not pretend to add independent evidence. The mean is {@link
 * SeedValues}'s, the analysis's, so the gate and analysis.json agree to the bit.
 *
 * @param key the group
 * @param runs every run of the group, whatever its status
 * @param seeds the seeds with at least one OK run, ascending
 * @param values one value per seed in {@code seeds}, aligned with it
 */
public record GroupData(GroupKey key, List<Run> runs, List<Long> seeds, double[] values) {

  public static GroupData of(GroupKey key, List<Run> runs) {
    SortedMap<Long, Double> bySeed = SeedValues.bySeed(runs);
    double[] values = bySeed.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new GroupData(key, List.copyOf(runs), List.copyOf(bySeed.keySet()), values);
  }

  /** Runs whose status is not OK. */
  public int notOk() {
    return (int) runs.stream().filter(r -> !r.isOk()).count();
  }
}
