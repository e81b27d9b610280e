package io.seedscope.sensitivity.forest;

import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Random-forest regression surrogate (Breiman 2001) with categorical features handled natively.
 *
 * <p>Written here because no Java library on the class path (Tablesaw, Commons Math, ...) fits
 * regression forests whose trees are exposed as axis-aligned splits with thresholds and category
 * subsets, which is what the exact functional ANOVA of Hutter, Hoos and Leyton-Brown (ICML 2014)
 * needs to read off each tree's partition of the space.
 *
 * <p>Each tree draws its randomness from its own generator, seeded from a SplitMix64 sequence of
 * the forest seed, so the fitted forest depends on the seed only, never on the thread count.
 */
public final class RandomForest {
  private final List<RegressionTree> trees;
  private final int[] categories;
  private final ForestOptions options;

  private RandomForest(List<RegressionTree> trees, int[] categories, ForestOptions options) {
    this.trees = List.copyOf(trees);
    this.categories = categories.clone();
    this.options = options;
  }

  /** A forest made of given trees (for tests and imported models). */
  public static RandomForest of(List<RegressionTree> trees, int[] categories) {
    return new RandomForest(trees, categories, ForestOptions.defaults(0).withTrees(trees.size()));
  }

  /**
   * Fits a forest.
   *
   * @param x n rows of p features; a categorical column holds category indices 0..k-1
   * @param y n finite responses
   * @param categories per column: 0 for numeric, k >= 2 for a categorical column with k levels
   */
  public static RandomForest fit(double[][] x, double[] y, int[] categories, ForestOptions opts) {
    int n = y.length;
    if (n == 0 || x.length != n) {
      throw new InputException(
          "forest: need as many rows as responses and at least one, got "
              + x.length
              + " rows and "
              + n
              + " responses");
    }
    int p = categories.length;
    double[][] cols = new double[p][n];
    for (int i = 0; i < n; i++) {
      if (x[i].length != p) {
        throw new InputException("forest: row " + i + " has " + x[i].length + " columns, not " + p);
      }
      if (!Double.isFinite(y[i])) {
        throw new InputException("forest: response " + i + " is not finite: " + y[i]);
      }
      for (int f = 0; f < p; f++) {
        double v = x[i][f];
        if (!Double.isFinite(v)) {
          throw new InputException("forest: row " + i + " column " + f + " is not finite");
        }
        if (categories[f] > 0 && (v != Math.rint(v) || v < 0 || v >= categories[f])) {
          throw new InputException(
              "forest: row " + i + " column " + f + " is not a category index < " + categories[f]);
        }
        cols[f][i] = v;
      }
    }
    int[][] sorted = new int[p][];
    for (int f = 0; f < p; f++) {
      double[] c = cols[f];
      sorted[f] =
          IntStream.range(0, n)
              .boxed()
              .sorted(Comparator.comparingDouble((Integer r) -> c[r]))
              .mapToInt(Integer::intValue)
              .toArray();
    }
    UniformRandomProvider seeds = RandomSource.SPLIT_MIX_64.create(opts.seed());
    long[] treeSeeds = new long[opts.trees()];
    for (int t = 0; t < treeSeeds.length; t++) {
      treeSeeds[t] = seeds.nextLong();
    }
    int[] cats = categories.clone();
    RegressionTree[] out = new RegressionTree[opts.trees()];
    int threads = Math.min(opts.effectiveThreads(), opts.trees());
    if (threads <= 1) {
      for (int t = 0; t < out.length; t++) {
        out[t] = grow(cols, y, cats, sorted, opts, treeSeeds[t]);
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<RegressionTree>> futures = new ArrayList<>();
        for (long s : treeSeeds) {
          futures.add(pool.submit(() -> grow(cols, y, cats, sorted, opts, s)));
        }
        for (int t = 0; t < out.length; t++) {
          out[t] = futures.get(t).get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while fitting the forest", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("fitting a tree failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return new RandomForest(Arrays.asList(out), cats, opts);
  }

  private static RegressionTree grow(
      double[][] cols, double[] y, int[] cats, int[][] sorted, ForestOptions opts, long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    return new TreeBuilder(cols, y, cats, sorted, opts, rng).build();
  }

  /** Mean of the trees' predictions. */
  public double predict(double[] x) {
    double s = 0;
    for (RegressionTree t : trees) {
      s += t.predict(x);
    }
    return s / trees.size();
  }

  public List<RegressionTree> trees() {
    return trees;
  }

  /** Per feature: 0 for numeric, else the number of categories. */
  public int[] categories() {
    return categories.clone();
  }

  public ForestOptions options() {
    return options;
  }
}
