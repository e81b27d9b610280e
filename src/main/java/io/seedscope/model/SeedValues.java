package io.seedscope.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One value per seed, the unit every statistic counts.
 *
 * <p>Repeats of a seed (runs of one group with the same seed and different run ids, e.g. from
 * {@code run --repeat K}) measure the nondeterminism of one seed, not the variation from seed to
 * seed that intervals and tests are about. Counted as separate observations they would multiply n
 * by K and narrow every interval. So a seed's value is the mean of its repeats: averaging keeps all
 * their information while n stays the number of seeds.
 *
 * <p>Mixed statuses: only OK repeats (finished with a finite value) enter the mean. A repeat that
 * diverged or failed has no finite value to add; it is still counted and listed as a divergent or
 * failed run. The determinism check compares finished repeats (OK and divergent) only, so a seed
 * whose other repeat failed or timed out is not reported as disagreeing. A seed none of whose
 * repeats is OK has no value, as a single failed run has none.
 *
 * <p>Runs are added in the order given (a {@link ResultSet} orders them by seed, then run id), so
 * the means are the same bytes on every machine. A seed with one run keeps that run's value
 * exactly, so data without repeats gives the same numbers as before repeats were averaged; repeats
 * that agree give exactly their common value.
 */
public final class SeedValues {
  private SeedValues() {}

  /** The OK runs of {@code runs} by seed, seeds ascending, runs in the order given. */
  public static SortedMap<Long, List<Run>> okRunsBySeed(Collection<Run> runs) {
    SortedMap<Long, List<Run>> out = new TreeMap<>();
    for (Run r : runs) {
      if (r.isOk()) {
        out.computeIfAbsent(r.seed(), s -> new ArrayList<>()).add(r);
      }
    }
    return out;
  }

  /** Each seed's value, the mean of its OK runs' values; seeds without an OK run are absent. */
  public static SortedMap<Long, Double> bySeed(Collection<Run> runs) {
    SortedMap<Long, Double> out = new TreeMap<>();
    okRunsBySeed(runs).forEach((seed, repeats) -> out.put(seed, valueOf(repeats)));
    return out;
  }

  /** {@link #bySeed} as an array in seed order: the sample the statistics of a group use. */
  public static double[] values(Collection<Run> runs) {
    return bySeed(runs).values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * One seed's value from its OK repeats (non-empty, in the order given): the first value plus the
   * mean difference from it, so that repeats that agree give exactly their value (a plain sum
   * divided by K can be an ulp off) and a single run keeps its value, -0.0 included.
   */
  public static double valueOf(List<Run> repeats) {
    double first = repeats.get(0).value();
    double offsets = 0;
    for (Run r : repeats) {
      offsets += r.value() - first;
    }
    return offsets == 0 ? first : first + offsets / repeats.size();
  }
}
