package io.seedscope.sensitivity.fanova;

import java.util.List;

/**
 * Functional ANOVA of hyperparameter importance over a random-forest surrogate (Hutter, Hoos and
 * Leyton-Brown, "An Efficient Approach for Assessing Hyperparameter Importance", ICML 2014).
 */
public final class Fanova {
  private Fanova() {}

  /**
   * Fits the surrogate and decomposes it.
   *
   * @param x n configurations on the parameters' own scales (category indices for categorical
   *     parameters), one value per domain
   * @param y n finite responses (the analysis is sign-agnostic: variance does not care)
   * @param domains the parameters' domains, in column order
   */
  public static FanovaResult analyze(
      double[][] x, double[] y, List<ParamDomain> domains, FanovaOptions opts) {
    return Surrogate.fit(x, y, domains, opts).analyze(opts);
  }
}
