package io.seedscope.sensitivity.fanova;

/**
 * Variance fractions of one combination rule: {@code main[i]} and, for i < j, {@code pair[i][j]}
 * (pure interaction {@code V_ij - V_i - V_j} over the total), each with a spread over trees.
 * Internal, mutable arrays; never exposed.
 */
record Decomposition(
    double[] main, double[] mainStd, double[][] pair, double[][] pairStd, double totalVariance) {

  static Decomposition empty(int p, double total) {
    return new Decomposition(
        new double[p], new double[p], new double[p][p], new double[p][p], total);
  }
}
