package io.seedscope.sensitivity.fanova;

import io.seedscope.sensitivity.forest.RegressionTree;
import java.util.Arrays;

/**
 * The boxes into which one regression tree cuts the bounded model space, in the form the exact
 * functional ANOVA of Hutter, Hoos and Leyton-Brown (ICML 2014) needs.
 *
 * <p>Along each numeric dimension the tree's distinct split points inside the bounds cut the
 * interval into cells; along a categorical dimension every category is a cell. Each leaf covers,
 * per dimension, a set of consecutive cell runs (one run for a numeric dimension, the runs of its
 * category subset for a categorical one) and a fraction {@code frac} of the dimension's measure;
 * its volume is the product of the fractions. Leaves of zero volume (split points clipped to the
 * bounds) and, with a cutoff, leaves whose prediction lies outside {@code [cutLo, cutHi]} are
 * dropped; then the remaining volume is below one and marginals are conditional on the kept region,
 * as in fanova's {@code set_cutoffs}.
 */
final class TreePartition {
  final int p;
  final int leaves;
  final double[] value;
  final double[] volume;

  /** frac[l * p + d]. */
  final double[] frac;

  /** Runs of leaf l in dim d are runLo/runHi[runOff[l*p+d] .. runOff[l*p+d+1]), hi exclusive. */
  final int[] runOff;

  final int[] runLo;
  final int[] runHi;

  /** Numeric: {lo, cuts..., hi}; categorical: null. */
  final double[][] edges;

  /** Measure of each cell, summing to one per dimension. */
  final double[][] cellWidth;

  /** Sum of kept volume (1 unless a cutoff dropped leaves). */
  final double keptVolume;

  /** Volume-weighted mean and variance of the kept leaves: the tree's mean and total variance. */
  final double mean;

  final double variance;

  private TreePartition(Builder b, double[][] edges, double[][] cellWidth) {
    this.p = edges.length;
    this.leaves = b.count;
    this.value = Arrays.copyOf(b.value, b.count);
    this.volume = Arrays.copyOf(b.volume, b.count);
    this.frac = Arrays.copyOf(b.frac, b.count * p);
    this.runOff = Arrays.copyOf(b.runOff, b.count * p + 1);
    this.runLo = Arrays.copyOf(b.runLo, b.runs);
    this.runHi = Arrays.copyOf(b.runHi, b.runs);
    this.edges = edges;
    this.cellWidth = cellWidth;
    double kept = 0;
    double s = 0;
    for (int l = 0; l < leaves; l++) {
      kept += volume[l];
      s += volume[l] * value[l];
    }
    this.keptVolume = kept;
    this.mean = leaves == 0 ? Double.NaN : s / kept;
    double v = 0;
    for (int l = 0; l < leaves; l++) {
      double d = value[l] - mean;
      v += volume[l] * d * d;
    }
    this.variance = leaves == 0 ? 0 : v / kept;
  }

  /**
   * Reads the boxes of {@code tree}.
   *
   * @param lo model-space lower bounds per dimension (ignored for categorical)
   * @param hi model-space upper bounds per dimension (ignored for categorical)
   * @param categories 0 for numeric, else the number of categories
   * @param cutLo leaves predicting less are dropped (-inf for none)
   * @param cutHi leaves predicting more are dropped (+inf for none)
   */
  static TreePartition of(
      RegressionTree tree, double[] lo, double[] hi, int[] categories, double cutLo, double cutHi) {
    int p = categories.length;
    double[][] edges = new double[p][];
    double[][] cellWidth = new double[p][];
    double[][] cuts = new double[p][tree.nodeCount()];
    int[] nc = new int[p];
    for (int n = 0; n < tree.nodeCount(); n++) {
      int f = tree.feature(n);
      if (f >= 0 && categories[f] == 0) {
        double t = tree.threshold(n);
        if (t > lo[f] && t < hi[f]) {
          cuts[f][nc[f]++] = t;
        }
      }
    }
    for (int d = 0; d < p; d++) {
      if (categories[d] > 0) {
        cellWidth[d] = new double[categories[d]];
        Arrays.fill(cellWidth[d], 1.0 / categories[d]);
      } else {
        double[] c = cuts[d];
        Arrays.sort(c, 0, nc[d]);
        double[] e = new double[nc[d] + 2];
        int k = 0;
        e[k++] = lo[d];
        for (int q = 0; q < nc[d]; q++) {
          if (q == 0 || c[q] != c[q - 1]) {
            e[k++] = c[q];
          }
        }
        e[k++] = hi[d];
        e = Arrays.copyOf(e, k);
        edges[d] = e;
        double range = hi[d] - lo[d];
        double[] w = new double[e.length - 1];
        for (int q = 0; q < w.length; q++) {
          w[q] = (e[q + 1] - e[q]) / range;
        }
        cellWidth[d] = w;
      }
    }
    Builder b = new Builder(p, tree.leafCount());
    double[] boxLo = lo.clone();
    double[] boxHi = hi.clone();
    long[][] masks = new long[p][];
    for (int d = 0; d < p; d++) {
      if (categories[d] > 0) {
        masks[d] = new long[(categories[d] + 63) >> 6];
        for (int c = 0; c < categories[d]; c++) {
          masks[d][c >> 6] |= 1L << c;
        }
      }
    }
    visit(tree, 0, boxLo, boxHi, masks, lo, hi, categories, edges, cutLo, cutHi, b);
    return new TreePartition(b, edges, cellWidth);
  }

  private static void visit(
      RegressionTree tree,
      int node,
      double[] boxLo,
      double[] boxHi,
      long[][] masks,
      double[] lo,
      double[] hi,
      int[] categories,
      double[][] edges,
      double cutLo,
      double cutHi,
      Builder b) {
    int f = tree.feature(node);
    if (f < 0) {
      double v = tree.value(node);
      if (v >= cutLo && v <= cutHi) {
        b.addLeaf(v, boxLo, boxHi, masks, lo, hi, categories, edges);
      }
      return;
    }
    if (categories[f] > 0) {
      long[] saved = masks[f];
      int k = categories[f];
      long[] l = saved.clone();
      long[] r = saved.clone();
      for (int c = 0; c < k; c++) {
        if (tree.categoryGoesLeft(node, c)) {
          r[c >> 6] &= ~(1L << c);
        } else {
          l[c >> 6] &= ~(1L << c);
        }
      }
      masks[f] = l;
      visit(tree, tree.left(node), boxLo, boxHi, masks, lo, hi, categories, edges, cutLo, cutHi, b);
      masks[f] = r;
      visit(
          tree, tree.right(node), boxLo, boxHi, masks, lo, hi, categories, edges, cutLo, cutHi, b);
      masks[f] = saved;
    } else {
      double t = Math.min(Math.max(tree.threshold(node), lo[f]), hi[f]);
      double savedHi = boxHi[f];
      boxHi[f] = Math.min(savedHi, t);
      visit(tree, tree.left(node), boxLo, boxHi, masks, lo, hi, categories, edges, cutLo, cutHi, b);
      boxHi[f] = savedHi;
      double savedLo = boxLo[f];
      boxLo[f] = Math.max(savedLo, t);
      visit(
          tree, tree.right(node), boxLo, boxHi, masks, lo, hi, categories, edges, cutLo, cutHi, b);
      boxLo[f] = savedLo;
    }
  }

  /** Index of the cell of dimension d holding model-space value x (x on a cut goes left). */
  int cellOf(int d, double x) {
    double[] e = edges[d];
    if (e == null) {
      return (int) x;
    }
    // Number of interior cuts strictly below x.
    int lo = 1;
    int hi = e.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (e[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  int cells(int d) {
    return cellWidth[d].length;
  }

  /** Collects leaves into flat arrays. */
  private static final class Builder {
    final int p;
    int count;
    int runs;
    double[] value;
    double[] volume;
    double[] frac;
    int[] runOff;
    int[] runLo;
    int[] runHi;

    Builder(int p, int capacity) {
      this.p = p;
      value = new double[capacity];
      volume = new double[capacity];
      frac = new double[capacity * p];
      runOff = new int[capacity * p + 1];
      runLo = new int[capacity * p];
      runHi = new int[capacity * p];
    }

    void addLeaf(
        double v,
        double[] boxLo,
        double[] boxHi,
        long[][] masks,
        double[] lo,
        double[] hi,
        int[] categories,
        double[][] edges) {
      double vol = 1;
      for (int d = 0; d < p; d++) {
        double fr;
        if (categories[d] > 0) {
          int bits = 0;
          for (long m : masks[d]) {
            bits += Long.bitCount(m);
          }
          fr = (double) bits / categories[d];
        } else {
          fr = (boxHi[d] - boxLo[d]) / (hi[d] - lo[d]);
        }
        if (!(fr > 0)) {
          return; // An empty box: it carries no measure.
        }
        vol *= fr;
        frac[count * p + d] = fr;
      }
      int base = count * p;
      for (int d = 0; d < p; d++) {
        runOff[base + d] = runs;
        if (categories[d] > 0) {
          int k = categories[d];
          int c = 0;
          while (c < k) {
            if ((masks[d][c >> 6] & (1L << c)) == 0) {
              c++;
              continue;
            }
            int s = c;
            while (c < k && (masks[d][c >> 6] & (1L << c)) != 0) {
              c++;
            }
            addRun(s, c);
          }
        } else {
          addRun(Arrays.binarySearch(edges[d], boxLo[d]), Arrays.binarySearch(edges[d], boxHi[d]));
        }
      }
      runOff[base + p] = runs;
      value[count] = v;
      volume[count] = vol;
      count++;
    }

    private void addRun(int a, int b) {
      if (runs == runLo.length) {
        runLo = Arrays.copyOf(runLo, runs * 2 + 4);
        runHi = Arrays.copyOf(runHi, runs * 2 + 4);
      }
      runLo[runs] = a;
      runHi[runs] = b;
      runs++;
    }
  }
}
