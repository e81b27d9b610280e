package io.seedscope.sensitivity.fanova;

import io.seedscope.model.InputException;

/** How the trees of the forest are combined into one decomposition. */
public enum FanovaMethod {
  /**
   * fanova's and Optuna's rule: decompose each tree exactly, report the mean over trees of each
   * tree's variance fraction and the standard deviation over trees (Hutter et al. 2014, eq. 6).
   */
  PER_TREE("per-tree"),
  /**
   * Decompose the forest's mean prediction: a marginal of the forest is the mean of the trees'
   * marginals, evaluated on a bounded grid; the forest's total variance by quasi-Monte Carlo.
   */
  FOREST("forest"),
  /** The default; see {@link BlendDecomposition}. */
  BLEND("blend");

  private final String label;

  FanovaMethod(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static FanovaMethod parse(String s) {
    for (FanovaMethod m : values()) {
      if (m.label.equalsIgnoreCase(s) || m.name().equalsIgnoreCase(s)) {
        return m;
      }
    }
    throw new InputException("fanova: unknown method '" + s + "' (per-tree, forest, blend)");
  }
}
