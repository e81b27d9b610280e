package io.seedscope.sensitivity.forest;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Grows one CART regression tree (Breiman et al. 1984) the way scikit-learn's best splitter does:
 * the split maximizes the weighted squared-error reduction, written as scikit-learn's proxy {@code
 * S_L^2/W_L + S_R^2/W_R}; a numeric threshold is the midpoint of two consecutive distinct values
 * (values closer than 1e-7 count as equal); bootstrap multiplicities are row weights while {@code
 * minSamplesLeaf}/{@code minSamplesSplit} count distinct rows. A categorical feature is split by a
 * subset of its categories: sorting the categories by their mean response and cutting that order is
 * optimal for squared error (Breiman et al. 1984, section 9.4; Fisher 1958). Categories absent from
 * a node follow the child with more rows.
 *
 * <p>Rows are kept presorted per feature and stably partitioned at each split, so a tree costs O(p
 * n depth). One builder grows one tree and is not shared between threads.
 */
final class TreeBuilder {
  private static final double FEATURE_THRESHOLD = 1e-7;
  private static final double EPSILON = Math.ulp(1.0);

  private final double[][] cols;
  private final double[] y;
  private final int[] categories;
  private final ForestOptions opts;
  private final int p;

  // Per tree.
  private final double[] w;
  private final int[][] idx;
  private final int[] buffer;
  private final boolean[] side;
  private final int[] featureOrder;
  private final UniformRandomProvider rng;

  // Growing node arrays.
  private int count;
  private int[] feature = new int[64];
  private double[] threshold = new double[64];
  private long[][] leftCats = new long[64][];
  private int[] leftChild = new int[64];
  private int[] rightChild = new int[64];
  private double[] value = new double[64];

  // Best split of the current node.
  private int bestFeature;
  private int bestPos;
  private double bestThreshold;
  private long[] bestMask;

  TreeBuilder(
      double[][] cols,
      double[] y,
      int[] categories,
      int[][] sorted,
      ForestOptions opts,
      UniformRandomProvider rng) {
    this.cols = cols;
    this.y = y;
    this.categories = categories;
    this.opts = opts;
    this.p = cols.length;
    this.rng = rng;
    int n = y.length;
    w = new double[n];
    if (opts.bootstrap()) {
      for (int i = 0; i < n; i++) {
        w[rng.nextInt(n)] += 1;
      }
    } else {
      Arrays.fill(w, 1);
    }
    int m = 0;
    for (double wi : w) {
      if (wi > 0) {
        m++;
      }
    }
    idx = new int[p][m];
    for (int f = 0; f < p; f++) {
      int k = 0;
      for (int r : sorted[f]) {
        if (w[r] > 0) {
          idx[f][k++] = r;
        }
      }
    }
    buffer = new int[m];
    side = new boolean[n];
    featureOrder = new int[p];
    for (int f = 0; f < p; f++) {
      featureOrder[f] = f;
    }
  }

  RegressionTree build() {
    int m = buffer.length;
    // Explicit stack of (node, start, end, depth): depth-first, left child first.
    int[] stack = new int[4 * 64];
    int top = 0;
    int root = newNode();
    stack[top++] = root;
    stack[top++] = 0;
    stack[top++] = m;
    stack[top++] = 0;
    while (top > 0) {
      int depth = stack[--top];
      int end = stack[--top];
      int start = stack[--top];
      int node = stack[--top];
      int rows = end - start;
      double sw = 0;
      double sy = 0;
      double syy = 0;
      int[] any = idx[0];
      for (int k = start; k < end; k++) {
        int r = any[k];
        double wy = w[r] * y[r];
        sw += w[r];
        sy += wy;
        syy += wy * y[r];
      }
      double mean = sy / sw;
      value[node] = mean;
      feature[node] = -1;
      double impurity = syy / sw - mean * mean;
      boolean leaf =
          depth >= opts.maxDepth()
              || rows < opts.minSamplesSplit()
              || rows < 2 * opts.minSamplesLeaf()
              || impurity <= EPSILON;
      if (leaf || !findSplit(start, end, sw, sy)) {
        continue;
      }
      int nLeft = partition(start, end);
      int l = newNode();
      int r = newNode();
      feature[node] = bestFeature;
      threshold[node] = bestThreshold;
      leftCats[node] = bestMask;
      leftChild[node] = l;
      rightChild[node] = r;
      if (top + 8 > stack.length) {
        stack = Arrays.copyOf(stack, stack.length * 2);
      }
      stack[top++] = r;
      stack[top++] = start + nLeft;
      stack[top++] = end;
      stack[top++] = depth + 1;
      stack[top++] = l;
      stack[top++] = start;
      stack[top++] = start + nLeft;
      stack[top++] = depth + 1;
    }
    for (int k = 0; k < count; k++) {
      if (feature[k] < 0) {
        leftChild[k] = -1;
        rightChild[k] = -1;
      }
    }
    return new RegressionTree(
        Arrays.copyOf(feature, count),
        Arrays.copyOf(threshold, count),
        Arrays.copyOf(leftCats, count),
        Arrays.copyOf(leftChild, count),
        Arrays.copyOf(rightChild, count),
        Arrays.copyOf(value, count));
  }

  private int newNode() {
    if (count == feature.length) {
      int c = count * 2;
      feature = Arrays.copyOf(feature, c);
      threshold = Arrays.copyOf(threshold, c);
      leftCats = Arrays.copyOf(leftCats, c);
      leftChild = Arrays.copyOf(leftChild, c);
      rightChild = Arrays.copyOf(rightChild, c);
      value = Arrays.copyOf(value, c);
    }
    threshold[count] = Double.NaN;
    return count++;
  }

  /** Searches features in a random order until {@code mtry} non-constant ones were tried. */
  private boolean findSplit(int start, int end, double sw, double sy) {
    int mtry = opts.featuresPerSplit(p);
    double[] best = {Double.NEGATIVE_INFINITY};
    bestFeature = -1;
    int tried = 0;
    for (int i = 0; i < p && tried < mtry; i++) {
      int j = i + rng.nextInt(p - i);
      int f = featureOrder[j];
      featureOrder[j] = featureOrder[i];
      featureOrder[i] = f;
      boolean nonConstant =
          categories[f] > 0
              ? splitCategorical(f, start, end, sw, sy, best)
              : splitNumeric(f, start, end, sw, sy, best);
      if (nonConstant) {
        tried++;
      }
    }
    return bestFeature >= 0;
  }

  private boolean splitNumeric(int f, int start, int end, double sw, double sy, double[] best) {
    int[] ix = idx[f];
    double[] x = cols[f];
    if (x[ix[end - 1]] <= x[ix[start]] + FEATURE_THRESHOLD) {
      return false;
    }
    int minLeaf = opts.minSamplesLeaf();
    int rows = end - start;
    double wl = 0;
    double sl = 0;
    for (int k = start; k < end - 1; k++) {
      int r = ix[k];
      wl += w[r];
      sl += w[r] * y[r];
      double xNext = x[ix[k + 1]];
      if (xNext <= x[r] + FEATURE_THRESHOLD) {
        continue;
      }
      int nl = k - start + 1;
      if (nl < minLeaf || rows - nl < minLeaf) {
        continue;
      }
      double sr = sy - sl;
      double proxy = sl * sl / wl + sr * sr / (sw - wl);
      if (proxy > best[0]) {
        best[0] = proxy;
        bestFeature = f;
        bestPos = k + 1;
        double t = x[r] / 2.0 + xNext / 2.0;
        if (t == xNext || Double.isInfinite(t)) {
          t = x[r];
        }
        bestThreshold = t;
        bestMask = null;
      }
    }
    return true;
  }

  private boolean splitCategorical(int f, int start, int end, double sw, double sy, double[] best) {
    int k = categories[f];
    int[] ix = idx[f];
    double[] x = cols[f];
    double[] cw = new double[k];
    double[] cs = new double[k];
    int[] cn = new int[k];
    for (int q = start; q < end; q++) {
      int r = ix[q];
      int c = (int) x[r];
      cw[c] += w[r];
      cs[c] += w[r] * y[r];
      cn[c]++;
    }
    Integer[] present = new Integer[k];
    int np = 0;
    for (int c = 0; c < k; c++) {
      if (cn[c] > 0) {
        present[np++] = c;
      }
    }
    if (np < 2) {
      return false;
    }
    Integer[] order = Arrays.copyOf(present, np);
    Arrays.sort(order, (a, b) -> Double.compare(cs[a] / cw[a], cs[b] / cw[b]));
    int minLeaf = opts.minSamplesLeaf();
    int rows = end - start;
    double wl = 0;
    double sl = 0;
    int nl = 0;
    for (int q = 0; q < np - 1; q++) {
      int c = order[q];
      wl += cw[c];
      sl += cs[c];
      nl += cn[c];
      if (nl < minLeaf || rows - nl < minLeaf) {
        continue;
      }
      double sr = sy - sl;
      double proxy = sl * sl / wl + sr * sr / (sw - wl);
      if (proxy > best[0]) {
        best[0] = proxy;
        bestFeature = f;
        bestPos = -1;
        bestThreshold = Double.NaN;
        long[] mask = new long[(k + 63) >> 6];
        for (int z = 0; z <= q; z++) {
          int cz = order[z];
          mask[cz >> 6] |= 1L << cz;
        }
        if (2 * nl >= rows) { // Absent categories follow the larger child.
          for (int c2 = 0; c2 < k; c2++) {
            if (cn[c2] == 0) {
              mask[c2 >> 6] |= 1L << c2;
            }
          }
        }
        bestMask = mask;
      }
    }
    return true;
  }

  /** Stably partitions every feature's segment by the chosen split; returns the left count. */
  private int partition(int start, int end) {
    int[] ix = idx[bestFeature];
    double[] x = cols[bestFeature];
    int nLeft = 0;
    for (int k = start; k < end; k++) {
      int r = ix[k];
      boolean goLeft;
      if (bestMask == null) {
        goLeft = k < bestPos;
      } else {
        int c = (int) x[r];
        goLeft = (bestMask[c >> 6] & (1L << c)) != 0;
      }
      side[r] = goLeft;
      if (goLeft) {
        nLeft++;
      }
    }
    for (int f = 0; f < p; f++) {
      if (f == bestFeature && bestMask == null) {
        continue; // Already ordered: left rows come first.
      }
      int[] a = idx[f];
      int l = start;
      int rr = 0;
      for (int k = start; k < end; k++) {
        int r = a[k];
        if (side[r]) {
          a[l++] = r;
        } else {
          buffer[rr++] = r;
        }
      }
      System.arraycopy(buffer, 0, a, l, rr);
    }
    return nLeft;
  }
}
