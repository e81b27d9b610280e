package io.seedscope.analysis;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.SeedValues;
import io.seedscope.stats.ComparisonOptions;
import io.seedscope.stats.Comparisons;
import io.seedscope.stats.Holm;
import io.seedscope.stats.SeedPower;
import io.seedscope.stats.TwoSampleComparison;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares implementations that ran the same task with the same configuration: every comparison's
 * tests and intervals, Holm-adjusted p-values across all of them, and how many seeds would detect
 * the difference (Colas et al. 2018).
 */
public final class ComparisonStep {

  /** One comparison with the seed-count advice that goes with it. */
  record Result(List<TwoSampleComparison> comparisons, List<SeedAdvice> seeds) {}

  /** Level of the test the seed-count advice plans for (two-sided unless --alternative says). */
  static final double ADVICE_ALPHA = 0.05;

  static final double ADVICE_POWER = 0.8;

  /** Seeds per implementation needed to detect a difference with power 0.8 at alpha 0.05. */
  public record SeedAdvice(
      String baseline,
      String candidate,
      String task,
      Map<String, Object> config,
      SeedPower.SeedsNeeded seedsNeeded) {}

  private final AnalysisSettings settings;
  private final ComparisonSettings compare;
  private final int threads;

  ComparisonStep(AnalysisSettings settings, ComparisonSettings compare, int threads) {
    this.settings = settings;
    this.compare = compare;
    this.threads = threads;
  }

  Result run(ResultSet results, Map<GroupKey, double[]> values) {
    // Comparable groups: same task and same configuration once per-implementation parameters
    // are set aside.
    Map<String, Map<String, GroupKey>> cells = new TreeMap<>();
    for (GroupKey key : values.keySet()) {
      String cell = key.task() + "\u0000" + comparableConfig(key.config()).canonical();
      cells.computeIfAbsent(cell, c -> new TreeMap<>()).put(key.implementation(), key);
    }
    if (compare.baseline() != null
        && cells.values().stream().noneMatch(m -> m.containsKey(compare.baseline()))) {
      throw new InputException(
          "--baseline: no implementation named '" + compare.baseline() + "' in the results");
    }
    if (compare.candidate() != null
        && cells.values().stream().noneMatch(m -> m.containsKey(compare.candidate()))) {
      throw new InputException(
          "--candidate: no implementation named '" + compare.candidate() + "' in the results");
    }
    Map<GroupKey, List<Run>> byGroup = results.byGroup();
    record Job(GroupKey baseline, GroupKey candidate, double[][] pair, long seed) {}
    List<Job> jobs = new ArrayList<>();
    long index = 0;
    for (Map<String, GroupKey> cell : cells.values()) {
      List<String> names = new ArrayList<>(cell.keySet());
      for (int i = 0; i < names.size(); i++) {
        for (int j = 0; j < names.size(); j++) {
          if (i == j || !wanted(names.get(i), names.get(j), i, j)) {
            continue;
          }
          GroupKey b = cell.get(names.get(i));
          GroupKey c = cell.get(names.get(j));
          double[][] pair =
              compare.paired()
                  ? pairedBySeed(byGroup.get(b), byGroup.get(c))
                  : new double[][] {values.get(b), values.get(c)};
          // one derived seed per comparison, so adding a comparison changes no other
          long seed = Analyzer.derive(settings.seed() ^ 0x5EED5C0FEL, index++);
          if (pair[0].length >= 1 && pair[1].length >= 1) {
            jobs.add(new Job(b, c, pair, seed));
          }
        }
      }
    }
    List<TwoSampleComparison> out =
        Parallel.map(
            jobs,
            threads,
            job ->
                Comparisons.compare(
                        job.pair()[0],
                        job.pair()[1],
                        results.goal(),
                        new ComparisonOptions(
                            settings.level(),
                            settings.resamples(),
                            job.seed(),
                            compare.alternative(),
                            compare.paired(),
                            1,
                            ComparisonOptions.DEFAULT_EXACT_PERMUTATION_LIMIT,
                            ComparisonOptions.DEFAULT_PERMUTATION_RESAMPLES))
                    .withLabels(
                        job.baseline().implementation(),
                        job.candidate().implementation(),
                        job.baseline().task()));
    List<SeedAdvice> advice = new ArrayList<>();
    for (Job job : jobs) {
      advice.add(
          new SeedAdvice(
              job.baseline().implementation(),
              job.candidate().implementation(),
              job.baseline().task(),
              Analyzer.jsonConfig(comparableConfig(job.baseline().config())),
              SeedPower.forComparison(
                  job.pair()[0],
                  job.pair()[1],
                  compare.effect(),
                  ADVICE_ALPHA,
                  ADVICE_POWER,
                  compare.alternative())));
    }
    return new Result(holm(out), advice);
  }

  private boolean wanted(String baseline, String candidate, int i, int j) {
    if (compare.baseline() != null) {
      return baseline.equals(compare.baseline())
          && (compare.candidate() == null || candidate.equals(compare.candidate()));
    }
    if (compare.candidate() != null) {
      return candidate.equals(compare.candidate());
    }
    return i < j;
  }

  private List<TwoSampleComparison> holm(List<TwoSampleComparison> list) {
    double[] p = new double[list.size()];
    for (int i = 0; i < p.length; i++) {
      Double v = chosenP(list.get(i));
      p[i] = v == null ? Double.NaN : v;
    }
    double[] adjusted = Holm.adjust(p);
    List<TwoSampleComparison> out = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      out.add(list.get(i).withPHolm(Double.isFinite(adjusted[i]) ? adjusted[i] : null));
    }
    return out;
  }

  private Double chosenP(TwoSampleComparison t) {
    switch (compare.test()) {
      case "mann-whitney":
        return t.paired() ? (t.wilcoxon() == null ? null : t.wilcoxon().p()) : t.mannWhitney().p();
      case "permutation":
        return t.permutation() == null ? null : t.permutation().p();
      default:
        return t.primaryP();
    }
  }

  private Config comparableConfig(Config config) {
    if (compare.ignoredParams().isEmpty()) {
      return config;
    }
    Map<String, String> kept = new LinkedHashMap<>(config.values());
    kept.keySet().removeAll(compare.ignoredParams());
    return Config.of(kept);
  }

  /** The values of the seeds both groups have, in seed order (repeats averaged: SeedValues). */
  static double[][] pairedBySeed(List<Run> baseline, List<Run> candidate) {
    Map<Long, Double> b = SeedValues.bySeed(baseline);
    Map<Long, Double> c = SeedValues.bySeed(candidate);
    TreeSet<Long> common = new TreeSet<>(b.keySet());
    common.retainAll(c.keySet());
    double[][] out = new double[2][common.size()];
    int i = 0;
    for (long seed : common) {
      out[0][i] = b.get(seed);
      out[1][i] = c.get(seed);
      i++;
    }
    return out;
  }
}
