package io.seedscope.sensitivity.forest;

import io.seedscope.model.InputException;

/**
 * Settings of the random-forest regression surrogate. The defaults are those of Optuna's {@code
 * FanovaImportanceEvaluator} (scikit-learn {@code RandomForestRegressor} with 64 trees, bootstrap,
 * {@code max_depth=64}, {@code min_samples_split=2}, {@code min_samples_leaf=1}, all features
 * considered at every split).
 *
 * @param trees number of trees
 * @param seed seed of every random choice (bootstrap draws, feature order)
 * @param bootstrap draw each tree's rows with replacement (as scikit-learn: n draws from n rows)
 * @param minSamplesLeaf least number of distinct rows in a leaf
 * @param minSamplesSplit least number of distinct rows in a node that may be split
 * @param maxDepth greatest depth of a node (the root has depth 0)
 * @param maxFeatures fraction of the features tried at each split, in (0, 1]; at least one
 * @param threads worker threads for fitting (0 = available processors); never changes results
 */
public record ForestOptions(
    int trees,
    long seed,
    boolean bootstrap,
    int minSamplesLeaf,
    int minSamplesSplit,
    int maxDepth,
    double maxFeatures,
    int threads) {

  public ForestOptions {
    if (trees < 1) {
      throw new InputException("forest: trees must be >= 1, got " + trees);
    }
    if (minSamplesLeaf < 1) {
      throw new InputException("forest: minSamplesLeaf must be >= 1, got " + minSamplesLeaf);
    }
    if (minSamplesSplit < 2) {
      throw new InputException("forest: minSamplesSplit must be >= 2, got " + minSamplesSplit);
    }
    if (maxDepth < 0) {
      throw new InputException("forest: maxDepth must be >= 0, got " + maxDepth);
    }
    if (!(maxFeatures > 0 && maxFeatures <= 1)) {
      throw new InputException("forest: maxFeatures must be in (0, 1], got " + maxFeatures);
    }
    if (threads < 0) {
      throw new InputException("forest: threads must be >= 0, got " + threads);
    }
  }

  /** Optuna's settings with the given seed. */
  public static ForestOptions defaults(long seed) {
    return new ForestOptions(64, seed, true, 1, 2, 64, 1.0, 0);
  }

  public ForestOptions withTrees(int n) {
    return new ForestOptions(
        n, seed, bootstrap, minSamplesLeaf, minSamplesSplit, maxDepth, maxFeatures, threads);
  }

  public ForestOptions withThreads(int n) {
    return new ForestOptions(
        trees, seed, bootstrap, minSamplesLeaf, minSamplesSplit, maxDepth, maxFeatures, n);
  }

  /** Number of features tried at a split among {@code p}, as scikit-learn rounds it. */
  int featuresPerSplit(int p) {
    return Math.max(1, Math.min(p, (int) (maxFeatures * p)));
  }

  int effectiveThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
