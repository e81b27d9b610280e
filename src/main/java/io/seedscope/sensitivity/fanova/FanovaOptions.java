package io.seedscope.sensitivity.fanova;

import io.seedscope.model.InputException;
import io.seedscope.sensitivity.forest.ForestOptions;

/**
 * Settings of {@link Fanova#analyze}. {@link #defaults()} fits Optuna's forest (64 trees,
 * bootstrap, all features per split, leaves of one row, depth 64) and uses the default method.
 *
 * @param trees number of trees
 * @param seed seed of the forest and of every sampled quantity
 * @param method how trees are combined
 * @param minSamplesLeaf least distinct rows per leaf
 * @param minSamplesSplit least distinct rows in a node that may be split
 * @param maxDepth greatest tree depth
 * @param maxFeatures fraction of features tried per split, in (0, 1]
 * @param bootstrap draw each tree's rows with replacement
 * @param cutoff optional restriction to a quantile range of the predictions (null: none)
 * @param threads worker threads (0: available processors); results never depend on it
 * @param interactions whether to compute all pairwise interactions
 * @param topInteractionsFor2d how many of the strongest interactions get a 2-D marginal grid
 * @param curvePoints points of each numeric marginal curve (and of each 2-D grid axis, capped)
 */
public record FanovaOptions(
    int trees,
    long seed,
    FanovaMethod method,
    int minSamplesLeaf,
    int minSamplesSplit,
    int maxDepth,
    double maxFeatures,
    boolean bootstrap,
    Cutoff cutoff,
    int threads,
    boolean interactions,
    int topInteractionsFor2d,
    int curvePoints) {

  public FanovaOptions {
    if (method == null) {
      throw new InputException("fanova: method is required");
    }
    if (topInteractionsFor2d < 0) {
      throw new InputException("fanova: topInteractionsFor2d must be >= 0");
    }
    if (curvePoints < 2) {
      throw new InputException("fanova: curvePoints must be >= 2");
    }
    forestOptions(
        trees,
        seed,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        threads); // validates
  }

  public static FanovaOptions defaults() {
    return new FanovaOptions(64, 0, FanovaMethod.BLEND, 1, 2, 64, 1.0, true, null, 0, true, 3, 50);
  }

  public ForestOptions forestOptions() {
    return forestOptions(
        trees, seed, minSamplesLeaf, minSamplesSplit, maxDepth, maxFeatures, bootstrap, threads);
  }

  private static ForestOptions forestOptions(
      int trees,
      long seed,
      int minSamplesLeaf,
      int minSamplesSplit,
      int maxDepth,
      double maxFeatures,
      boolean bootstrap,
      int threads) {
    return new ForestOptions(
        trees, seed, bootstrap, minSamplesLeaf, minSamplesSplit, maxDepth, maxFeatures, threads);
  }

  int effectiveThreads() {
    return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }

  public FanovaOptions withTrees(int v) {
    return new FanovaOptions(
        v,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withSeed(long v) {
    return new FanovaOptions(
        trees,
        v,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withMethod(FanovaMethod v) {
    return new FanovaOptions(
        trees,
        seed,
        v,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withMinSamplesLeaf(int v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        v,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withMaxFeatures(double v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        v,
        bootstrap,
        cutoff,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withBootstrap(boolean v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        v,
        cutoff,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withCutoff(Cutoff v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        v,
        threads,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withThreads(int v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        v,
        interactions,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withInteractions(boolean v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        threads,
        v,
        topInteractionsFor2d,
        curvePoints);
  }

  public FanovaOptions withTopInteractionsFor2d(int v) {
    return new FanovaOptions(
        trees,
        seed,
        method,
        minSamplesLeaf,
        minSamplesSplit,
        maxDepth,
        maxFeatures,
        bootstrap,
        cutoff,
        threads,
        interactions,
        v,
        curvePoints);
  }
}
