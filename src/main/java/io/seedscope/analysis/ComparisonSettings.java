package io.seedscope.analysis;

import io.seedscope.stats.Alternative;
import java.util.Set;

/**
 * Which implementations to compare and how.
 *
 * @param baseline the implementation every other one is compared with (null: each pair, in name
 *     order, the first of the pair as baseline)
 * @param candidate only this candidate (null: every other implementation)
 * @param alternative alternative hypothesis of every test (about candidate minus baseline)
 * @param paired the implementations share seeds (common random numbers): paired tests on the seeds
 *     both have
 * @param test whose p-values Holm adjusts: welch (paired t when paired), mann-whitney, permutation
 * @param ignoredParams parameters each implementation sets for itself: not held equal when deciding
 *     which groups are comparable
 * @param effect the difference the seed-count advice should detect (null: the observed one)
 */
public record ComparisonSettings(
    String baseline,
    String candidate,
    Alternative alternative,
    boolean paired,
    String test,
    Set<String> ignoredParams,
    Double effect) {

  public ComparisonSettings {
    ignoredParams = Set.copyOf(ignoredParams);
    if (alternative == null) {
      alternative = Alternative.TWO_SIDED;
    }
    if (test == null) {
      test = "welch";
    }
  }

  public static ComparisonSettings defaults() {
    return new ComparisonSettings(
        null, null, Alternative.TWO_SIDED, false, "welch", Set.of(), null);
  }

  public ComparisonSettings withIgnoredParams(Set<String> params) {
    return new ComparisonSettings(baseline, candidate, alternative, paired, test, params, effect);
  }
}
