package io.seedscope.sensitivity.anova;

import java.util.List;

/**
 * One row of an ANOVA table.
 *
 * @param term {@code lr}, {@code lr:opt}, {@code higher-order} or {@code residual}
 * @param factors the factors of the term (empty for the higher-order remainder and residual)
 * @param sumSq sum of squares
 * @param df degrees of freedom
 * @param meanSq {@code sumSq / df} (null when df is 0)
 * @param etaSquared {@code sumSq / totalSumSq}: the share of the metric's variance due to the term;
 *     NaN (null in JSON) when the total sum of squares is 0
 * @param f {@code meanSq / residual meanSq}; null for the residual or when there is no residual
 *     variance to test against
 * @param p upper tail of F(df, residual df) at {@code f}; null when {@code f} is
 */
public record AnovaTerm(
    String term,
    List<String> factors,
    double sumSq,
    int df,
    Double meanSq,
    double etaSquared,
    Double f,
    Double p) {

  public AnovaTerm {
    factors = List.copyOf(factors);
  }
}
