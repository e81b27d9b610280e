package io.seedscope.analysis;

import io.seedscope.model.GroupKey;
import io.seedscope.stats.Reproducibility.DeterminismCheck;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns repeats that disagree into analysis warnings. The determinism section of {@code
 * analysis.json} lists every repeated seed, but the terminal and the report show the warnings, and
 * a seed whose repeats disagree means the runs are not reproducible and the seed's value (the mean
 * of its OK repeats) hides a spread: a reader must see that. One line per group, so that a hundred
 * disagreeing seeds do not bury the other warnings; the section keeps the per-seed detail.
 */
final class DeterminismWarnings {
  /** Seeds named in a warning before the rest is elided. */
  private static final int MAX_SEEDS_NAMED = 5;

  private DeterminismWarnings() {}

  /**
   * One warning per group with at least one non-deterministic check, in the checks' order.
   *
   * @param checks {@link io.seedscope.stats.Reproducibility#determinism}'s checks
   * @param tolerance the tolerance they were checked with
   */
  static List<String> of(List<DeterminismCheck> checks, double tolerance) {
    Map<GroupKey, List<DeterminismCheck>> byGroup = new LinkedHashMap<>();
    for (DeterminismCheck c : checks) {
      byGroup.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<String> out = new ArrayList<>();
    byGroup.forEach(
        (key, group) -> {
          String w = forGroup(key, group, tolerance);
          if (w != null) {
            out.add(w);
          }
        });
    return out;
  }

  private static String forGroup(GroupKey key, List<DeterminismCheck> group, double tolerance) {
    DeterminismCheck worst = null;
    List<Long> mixed = new ArrayList<>();
    int bad = 0;
    for (DeterminismCheck c : group) {
      if (c.deterministic()) {
        continue;
      }
      bad++;
      if (c.maxAbsDifference() == null) {
        mixed.add(c.seed()); // some repeats diverged, the others did not
      } else if (worst == null || c.maxAbsDifference() > worst.maxAbsDifference()) {
        worst = c;
      }
    }
    if (bad == 0) {
      return null;
    }
    StringBuilder sb =
        new StringBuilder(key.label())
            .append(": repeats disagree at ")
            .append(bad)
            .append(" of ")
            .append(group.size())
            .append(" repeated seed(s)");
    if (worst != null) {
      sb.append(" (largest difference ")
          .append(num(worst.maxAbsDifference()))
          .append(" at seed ")
          .append(worst.seed())
          .append(", tolerance ")
          .append(num(tolerance))
          .append(')');
    }
    if (!mixed.isEmpty()) {
      sb.append(worst != null ? "; at " : ": at ")
          .append(mixed.size() == 1 ? "seed " : "seeds ")
          .append(seeds(mixed));
      sb.append(" some repeats diverged and others did not");
    }
    return sb.append("; each seed counts once in the statistics, as the mean of its OK repeats")
        .toString();
  }

  private static String seeds(List<Long> seeds) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < seeds.size() && i < MAX_SEEDS_NAMED; i++) {
      sb.append(i == 0 ? "" : ", ").append(seeds.get(i));
    }
    if (seeds.size() > MAX_SEEDS_NAMED) {
      sb.append(" and ").append(seeds.size() - MAX_SEEDS_NAMED).append(" more");
    }
    return sb.toString();
  }

  /** Four significant digits, locale-independent (as the gate's messages). */
  static String num(double d) {
    if (d == 0) {
      return "0";
    }
    double a = Math.abs(d);
    if (!Double.isFinite(d) || a < 1e-4 || a >= 1e7) {
      return String.format(Locale.ROOT, "%.3e", d);
    }
    return new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
