package io.seedscope.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.seedscope.model.GroupKey;
import io.seedscope.model.Run;
import io.seedscope.model.RunStatus;
import io.seedscope.model.SeedValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Reproducibility checks: repeated (group, seed) runs and outlying seeds. */
public final class Reproducibility {

  /**
   * Fewest seeds a group needs to be screened. With 3 or 4 values the median and the MAD rest on
   * one or two deviations, so "outlying" says more about the other seeds than about the one
   * flagged: small sweep configurations would be trimmed at random. The rule is noisy at any small
   * n (in simulated normal samples it flags a value in 28% of groups of 3, 17% of 4, 21% of 5 and
   * 12% of 10), which is why excluding is an option and listing the default; 5 is where the MAD
   * first rests on three deviations.
   */
  public static final int MIN_SEEDS_TO_SCREEN = 5;

  /** Default k of {@link #outliers}: Iglewicz and Hoaglin's (1993) modified z-score cut-off. */
  public static final double DEFAULT_OUTLIER_K = 3.5;

  /** 1 / Phi^-1(3/4): makes the MAD a consistent estimator of a normal standard deviation. */
  public static final double MAD_TO_STD = 1 / BootstrapIntervals.ndtri(0.75);

  private Reproducibility() {}

  /**
   * For every (group, seed) with at least two finished runs (OK or divergent), the largest absolute
   * difference between their values; non-deterministic when it exceeds {@code tolerance} (0 =
   * bitwise) or when some repeats diverged and others did not.
   */
  public static List<DeterminismCheck> determinism(List<Run> runs, double tolerance) {
    Map<GroupKey, Map<Long, List<Run>>> repeats = new TreeMap<>();
    for (Run r : runs) {
      if (r.status().isFinished()) {
        repeats
            .computeIfAbsent(r.key(), k -> new TreeMap<>())
            .computeIfAbsent(r.seed(), s -> new ArrayList<>())
            .add(r);
      }
    }
    List<DeterminismCheck> out = new ArrayList<>();
    repeats.forEach(
        (key, bySeed) ->
            bySeed.forEach(
                (seed, rs) -> {
                  if (rs.size() >= 2) {
                    out.add(check(key, seed, rs, tolerance));
                  }
                }));
    return out;
  }

  private static DeterminismCheck check(GroupKey key, long seed, List<Run> rs, double tolerance) {
    List<String> ids = new ArrayList<>();
    int ok = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Run r : rs) {
      ids.add(r.runId());
      if (r.status() == RunStatus.OK) {
        ok++;
        min = Math.min(min, r.value());
        max = Math.max(max, r.value());
      }
    }
    if (ok == rs.size()) {
      double diff = max - min;
      return new DeterminismCheck(
          key, key.label(), seed, rs.size(), ids, diff, diff <= tolerance, "");
    }
    if (ok == 0) {
      return new DeterminismCheck(
          key, key.label(), seed, rs.size(), ids, null, true, "every repeat diverged");
    }
    return new DeterminismCheck(
        key,
        key.label(),
        seed,
        rs.size(),
        ids,
        null,
        false,
        (rs.size() - ok) + " of " + rs.size() + " repeats diverged, the others did not");
  }

  /**
   * Seeds whose value lies more than {@code k} robust standard deviations ({@link #MAD_TO_STD} x
   * MAD) from their group's median. A seed's value is the mean of its OK repeats ({@link
   * SeedValues}), the same unit every statistic counts, so a seed is screened once however often it
   * ran. Groups with fewer than {@link #MIN_SEEDS_TO_SCREEN} seeds with a value, or with a MAD of 0
   * (more than half the values equal), are not screened.
   */
  public static List<Outlier> outliers(List<Run> runs, double k) {
    Map<GroupKey, List<Run>> groups = new TreeMap<>();
    for (Run r : runs) {
      if (r.isOk()) {
        groups.computeIfAbsent(r.key(), g -> new ArrayList<>()).add(r);
      }
    }
    List<Outlier> out = new ArrayList<>();
    groups.forEach(
        (key, rs) -> {
          SortedMap<Long, List<Run>> bySeed = SeedValues.okRunsBySeed(rs);
          List<Long> seeds = new ArrayList<>(bySeed.keySet());
          double[] v = bySeed.values().stream().mapToDouble(SeedValues::valueOf).toArray();
          if (v.length < MIN_SEEDS_TO_SCREEN) {
            return;
          }
          double med = Summary.median(v);
          double robust = robustStd(v);
          for (int i : outlierIndexes(v, k)) {
            long seed = seeds.get(i);
            List<String> ids = bySeed.get(seed).stream().map(Run::runId).toList();
            out.add(
                new Outlier(ids, key, key.label(), seed, v[i], med, robust, (v[i] - med) / robust));
          }
        });
    return out;
  }

  /** Indexes of the values more than {@code k} robust standard deviations from the median. */
  public static int[] outlierIndexes(double[] values, double k) {
    if (values.length < 3) {
      return new int[0];
    }
    double med = Summary.median(values);
    double robust = robustStd(values);
    if (!(robust > 0)) {
      return new int[0];
    }
    return java.util.stream.IntStream.range(0, values.length)
        .filter(i -> Math.abs(values[i] - med) > k * robust)
        .toArray();
  }

  /**
   * {@code MAD_TO_STD * median(|x - median(x)|)}, as {@code scipy.stats.median_abs_deviation(x,
   * scale='normal')}.
   */
  public static double robustStd(double[] values) {
    double med = Summary.median(values);
    double[] dev = new double[values.length];
    for (int i = 0; i < dev.length; i++) {
      dev[i] = Math.abs(values[i] - med);
    }
    return MAD_TO_STD * Summary.median(dev);
  }

  /**
   * Repeats of one (group, seed).
   *
   * @param maxAbsDifference largest |difference| between repeats; null when some diverged
   * @param deterministic false when the repeats disagree
   */
  public record DeterminismCheck(
      @JsonIgnore GroupKey key,
      String group,
      long seed,
      int repeats,
      List<String> runIds,
      Double maxAbsDifference,
      boolean deterministic,
      String note) {
    public DeterminismCheck {
      runIds = List.copyOf(runIds);
    }
  }

  /** The runs of these outlying seeds, repeats included. */
  public static java.util.Set<String> runIdsOf(List<Outlier> outliers) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    outliers.forEach(o -> ids.addAll(o.runIds()));
    return ids;
  }

  /**
   * An outlying seed: {@code robustZ = (value - median) / robustStd}, where {@code value} is the
   * seed's value (the mean of its OK repeats).
   *
   * @param runIds all its OK runs, the repeats included (never empty)
   */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({
    "runId",
    "runIds",
    "group",
    "seed",
    "value",
    "median",
    "robustStd",
    "robustZ"
  })
  public record Outlier(
      List<String> runIds,
      @JsonIgnore GroupKey key,
      String group,
      long seed,
      double value,
      double median,
      double robustStd,
      double robustZ) {
    public Outlier {
      runIds = List.copyOf(runIds);
    }

    /** The seed's first OK run (its only one without repeats). */
    @com.fasterxml.jackson.annotation.JsonProperty("runId")
    public String runId() {
      return runIds.get(0);
    }
  }
}
