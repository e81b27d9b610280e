package io.seedscope.sensitivity.anova;

import java.util.List;
import java.util.Map;

/**
 * A balanced full-factorial ANOVA: main effects and pairwise interactions, one row for all
 * higher-order interactions together (absent with fewer than three factors), and the residual
 * (within-configuration, i.e. seed noise). The rows' sums of squares add up to {@code totalSumSq}.
 *
 * @param levels each factor's levels in the order used
 * @param replicates observations (seeds) per configuration
 * @param effects main effects (factor order), then pairwise interactions
 * @param higherOrder interactions of three or more factors together, or null
 * @param residual within-configuration variation (df 0 when there is one seed per configuration)
 */
public record AnovaTable(
    List<String> factors,
    Map<String, List<String>> levels,
    int replicates,
    List<AnovaTerm> effects,
    AnovaTerm higherOrder,
    AnovaTerm residual,
    double totalSumSq,
    int totalDf,
    List<String> warnings) {

  public AnovaTable {
    factors = List.copyOf(factors);
    levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    effects = List.copyOf(effects);
    warnings = List.copyOf(warnings);
  }

  /** A copy without warnings (to compare decompositions). */
  public AnovaTable withoutWarnings() {
    return new AnovaTable(
        factors,
        levels,
        replicates,
        effects,
        higherOrder,
        residual,
        totalSumSq,
        totalDf,
        List.of());
  }

  /** The row of a term such as {@code lr} or {@code lr:opt}, or null. */
  public AnovaTerm term(String name) {
    for (AnovaTerm t : effects) {
      if (t.term().equals(name)) {
        return t;
      }
    }
    if (higherOrder != null && higherOrder.term().equals(name)) {
      return higherOrder;
    }
    return residual.term().equals(name) ? residual : null;
  }
}
