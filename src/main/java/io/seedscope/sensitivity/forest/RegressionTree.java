package io.seedscope.sensitivity.forest;

import java.util.Arrays;

/**
 * One fitted binary regression tree, stored as flat node arrays like scikit-learn's {@code Tree}:
 * node 0 is the root; a leaf has {@code feature == -1}. A numeric split sends {@code x <=
 * threshold} left; a categorical split sends the categories whose bit is set in the node's mask
 * left. Immutable.
 */
public final class RegressionTree {
  private final int[] feature;
  private final double[] threshold;
  private final long[][] leftCategories;
  private final int[] left;
  private final int[] right;
  private final double[] value;
  private final boolean numericOnly;

  /**
   * Builds a tree from node arrays (copied). {@code leftCategories[n]} is null for numeric splits
   * and leaves.
   */
  public RegressionTree(
      int[] feature,
      double[] threshold,
      long[][] leftCategories,
      int[] left,
      int[] right,
      double[] value) {
    int n = feature.length;
    if (threshold.length != n
        || leftCategories.length != n
        || left.length != n
        || right.length != n
        || value.length != n
        || n == 0) {
      throw new IllegalArgumentException("node arrays must be non-empty and of equal length");
    }
    this.feature = feature.clone();
    this.threshold = threshold.clone();
    this.leftCategories = leftCategories.clone();
    this.left = left.clone();
    this.right = right.clone();
    this.value = value.clone();
    boolean num = true;
    for (long[] m : this.leftCategories) {
      if (m != null) {
        num = false;
        break;
      }
    }
    this.numericOnly = num;
  }

  /** A tree with numeric splits only, from scikit-learn's arrays ({@code -1} marks a leaf). */
  public static RegressionTree fromSklearn(
      int[] childrenLeft, int[] childrenRight, int[] feature, double[] threshold, double[] value) {
    int n = feature.length;
    int[] f = new int[n];
    for (int i = 0; i < n; i++) {
      f[i] = childrenLeft[i] < 0 ? -1 : feature[i];
    }
    return new RegressionTree(f, threshold, new long[n][], childrenLeft, childrenRight, value);
  }

  /** Prediction for one configuration (categorical columns hold category indices). */
  public double predict(double[] x) {
    return value[leafOf(x)];
  }

  /** Index of the leaf that {@code x} falls in. */
  public int leafOf(double[] x) {
    int node = 0;
    if (numericOnly) {
      int f;
      while ((f = feature[node]) >= 0) {
        node = x[f] <= threshold[node] ? left[node] : right[node];
      }
      return node;
    }
    while (feature[node] >= 0) {
      node = goesLeft(node, x[feature[node]]) ? left[node] : right[node];
    }
    return node;
  }

  /** Whether value {@code v} of this node's split feature goes to the left child. */
  public boolean goesLeft(int node, double v) {
    long[] mask = leftCategories[node];
    if (mask == null) {
      return v <= threshold[node];
    }
    int c = (int) v;
    return c >= 0 && (c >> 6) < mask.length && (mask[c >> 6] & (1L << c)) != 0;
  }

  public int nodeCount() {
    return feature.length;
  }

  public boolean isLeaf(int node) {
    return feature[node] < 0;
  }

  /** Split feature of an internal node, -1 for a leaf. */
  public int feature(int node) {
    return feature[node];
  }

  public double threshold(int node) {
    return threshold[node];
  }

  /** Whether the node splits a categorical feature by a category subset. */
  public boolean isCategoricalSplit(int node) {
    return leftCategories[node] != null;
  }

  /** Whether category {@code c} goes left at a categorical split. */
  public boolean categoryGoesLeft(int node, int c) {
    return goesLeft(node, c);
  }

  public int left(int node) {
    return left[node];
  }

  public int right(int node) {
    return right[node];
  }

  /** Mean response of the training rows in the node (the prediction of a leaf). */
  public double value(int node) {
    return value[node];
  }

  public int leafCount() {
    int c = 0;
    for (int f : feature) {
      if (f < 0) {
        c++;
      }
    }
    return c;
  }

  @Override
  public String toString() {
    return "RegressionTree[nodes=" + feature.length + ", leaves=" + leafCount() + "]";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RegressionTree t)) {
      return false;
    }
    return Arrays.equals(feature, t.feature)
        && Arrays.equals(threshold, t.threshold)
        && Arrays.deepEquals(leftCategories, t.leftCategories)
        && Arrays.equals(left, t.left)
        && Arrays.equals(right, t.right)
        && Arrays.equals(value, t.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(threshold) * 31 + Arrays.hashCode(value);
  }
}
