package io.seedscope.sensitivity.fanova;

/**
 * Exact marginals of one tree (Hutter, Hoos and Leyton-Brown, ICML 2014, section 3): the marginal
 * over a set U of dimensions at a point {@code x_U} is the average prediction over the other
 * dimensions, {@code a(x_U) = sum over leaves l containing x_U of v_l * prod_{d not in U}
 * frac_l(d)}. It is constant on the grid of the tree's cells along U, so its variance is a finite
 * weighted sum: no sampling.
 *
 * <p>Instead of traversing the tree once per grid cell (fanova, Optuna), every leaf adds its
 * weighted value to a difference array over the cells it covers, and one prefix-sum sweep produces
 * all cells: O(leaves + cells) for a main effect and O(leaves + rows * columns) with O(columns)
 * memory for a pair. With a cutoff the kept weight {@code w(x_U) = sum of prod frac} falls below
 * one where leaves were dropped; then the marginal is {@code a/w} and each cell weighs {@code w}
 * times its width, as fanova weighs its midpoints.
 */
final class TreeMarginals {
  private static final double MIN_WEIGHT = 1e-12;

  private TreeMarginals() {}

  /** Per-cell sums {@code a} and kept weights {@code w} of the main-effect marginal of dim i. */
  static double[][] main(TreePartition t, int i) {
    int cells = t.cells(i);
    double[] a = new double[cells + 1];
    double[] w = new double[cells + 1];
    int p = t.p;
    for (int l = 0; l < t.leaves; l++) {
      double other = t.volume[l] / t.frac[l * p + i];
      double av = other * t.value[l];
      for (int r = t.runOff[l * p + i]; r < t.runOff[l * p + i + 1]; r++) {
        a[t.runLo[r]] += av;
        a[t.runHi[r]] -= av;
        w[t.runLo[r]] += other;
        w[t.runHi[r]] -= other;
      }
    }
    double sa = 0;
    double sw = 0;
    double[] outA = new double[cells];
    double[] outW = new double[cells];
    for (int c = 0; c < cells; c++) {
      sa += a[c];
      sw += w[c];
      outA[c] = sa;
      outW[c] = sw;
    }
    return new double[][] {outA, outW};
  }

  /** Variance of the main-effect marginal of dim i (two-pass, as fanova and Optuna do). */
  static double mainVariance(TreePartition t, int i) {
    double[][] aw = main(t, i);
    double[] width = t.cellWidth[i];
    double sumW = 0;
    double sum = 0;
    for (int c = 0; c < width.length; c++) {
      if (aw[1][c] > MIN_WEIGHT) {
        double wt = width[c] * aw[1][c];
        sumW += wt;
        sum += wt * (aw[0][c] / aw[1][c]);
      }
    }
    if (sumW <= 0) {
      return 0;
    }
    double mean = sum / sumW;
    double var = 0;
    for (int c = 0; c < width.length; c++) {
      if (aw[1][c] > MIN_WEIGHT) {
        double d = aw[0][c] / aw[1][c] - mean;
        var += width[c] * aw[1][c] * d * d;
      }
    }
    return var / sumW;
  }

  /**
   * Variance of the two-dimensional marginal over dims i and j ({@code V_total} of the pair in
   * fanova's terms): leaf rectangles become four corner events bucketed by row; a column array
   * accumulates them and each row is one prefix sum.
   */
  static double pairVariance(TreePartition t, int i, int j) {
    if (t.leaves == 0) {
      return 0;
    }
    int p = t.p;
    int rows = t.cells(i);
    int cols = t.cells(j);
    boolean cut = t.keptVolume < 1 - 1e-12;
    int[] start = new int[rows + 1];
    for (int l = 0; l < t.leaves; l++) {
      int nj = t.runOff[l * p + j + 1] - t.runOff[l * p + j];
      for (int r = t.runOff[l * p + i]; r < t.runOff[l * p + i + 1]; r++) {
        start[t.runLo[r]] += 2 * nj;
        if (t.runHi[r] < rows) {
          start[t.runHi[r]] += 2 * nj;
        }
      }
    }
    int total = 0;
    for (int r = 0; r <= rows; r++) {
      int c = start[r];
      start[r] = total;
      total += c;
    }
    int[] fill = new int[rows];
    System.arraycopy(start, 0, fill, 0, rows);
    int[] evCol = new int[total];
    double[] evA = new double[total];
    double[] evW = cut ? new double[total] : null;
    for (int l = 0; l < t.leaves; l++) {
      double other = t.volume[l] / (t.frac[l * p + i] * t.frac[l * p + j]);
      double av = other * t.value[l];
      int j0 = t.runOff[l * p + j];
      int j1 = t.runOff[l * p + j + 1];
      for (int r = t.runOff[l * p + i]; r < t.runOff[l * p + i + 1]; r++) {
        for (int s = j0; s < j1; s++) {
          int c0 = t.runLo[s];
          int c1 = t.runHi[s];
          int row = t.runLo[r];
          int e = fill[row];
          fill[row] = e + 2;
          evCol[e] = c0;
          evA[e] = av;
          evCol[e + 1] = c1;
          evA[e + 1] = -av;
          if (cut) {
            evW[e] = other;
            evW[e + 1] = -other;
          }
          row = t.runHi[r];
          if (row < rows) {
            e = fill[row];
            fill[row] = e + 2;
            evCol[e] = c0;
            evA[e] = -av;
            evCol[e + 1] = c1;
            evA[e + 1] = av;
            if (cut) {
              evW[e] = -other;
              evW[e + 1] = other;
            }
          }
        }
      }
    }
    double[] colA = new double[cols + 1];
    double[] colW = cut ? new double[cols + 1] : null;
    double[] wi = t.cellWidth[i];
    double[] wj = t.cellWidth[j];
    double mu = t.mean;
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      for (int e = start[r]; e < start[r + 1]; e++) {
        colA[evCol[e]] += evA[e];
        if (cut) {
          colW[evCol[e]] += evW[e];
        }
      }
      double acc = 0;
      double run = 0;
      if (cut) {
        double runW = 0;
        for (int c = 0; c < cols; c++) {
          run += colA[c];
          runW += colW[c];
          if (runW > MIN_WEIGHT) {
            double d = run / runW - mu;
            acc += wj[c] * runW * d * d;
          }
        }
      } else {
        for (int c = 0; c < cols; c++) {
          run += colA[c];
          double d = run - mu;
          acc += wj[c] * d * d;
        }
      }
      sum += wi[r] * acc;
    }
    return sum / t.keptVolume;
  }

  /**
   * The marginal of dim i at sorted model-space points (categories 0..k-1 for a categorical
   * dimension): {@code {value, weight}} per point, value NaN where a cutoff left no weight.
   */
  static double[][] mainAt(TreePartition t, int i, double[] points) {
    double[][] aw = main(t, i);
    double[] v = new double[points.length];
    double[] w = new double[points.length];
    for (int k = 0; k < points.length; k++) {
      int c = t.cellOf(i, points[k]);
      w[k] = aw[1][c];
      v[k] = w[k] > MIN_WEIGHT ? aw[0][c] / w[k] : Double.NaN;
    }
    return new double[][] {v, w};
  }

  /**
   * The two-dimensional marginal over dims i, j at the product of sorted point lists {@code px} and
   * {@code py}: {@code {values, weights}}, each row-major {@code px.length * py.length}. Costs
   * O(leaves + points), independent of the tree's cell grid.
   */
  static double[][] pairAt(TreePartition t, int i, int j, double[] px, double[] py) {
    int n = px.length * py.length;
    double[] v = new double[n];
    double[] w = new double[n];
    pairAt(t, i, j, px, py, v, w, new PairScratch(px.length, py.length));
    return new double[][] {v, w};
  }

  /** Reusable buffers of {@link #pairAt} for one grid size. */
  static final class PairScratch {
    final double[] da;
    final double[] dw;
    final double[] colA;
    final double[] colW;

    PairScratch(int nx, int ny) {
      da = new double[(nx + 1) * (ny + 1)];
      dw = new double[(nx + 1) * (ny + 1)];
      colA = new double[ny];
      colW = new double[ny];
    }
  }

  /** As {@link #pairAt(TreePartition, int, int, double[], double[])} into v and w. */
  static void pairAt(
      TreePartition t,
      int i,
      int j,
      double[] px,
      double[] py,
      double[] v,
      double[] w,
      PairScratch s) {
    int p = t.p;
    int[] fx = firstPointOfCell(t, i, px);
    int[] fy = firstPointOfCell(t, j, py);
    int nx = px.length;
    int ny = py.length;
    int stride = ny + 1;
    double[] da = s.da;
    double[] dw = s.dw;
    java.util.Arrays.fill(da, 0);
    java.util.Arrays.fill(dw, 0);
    for (int l = 0; l < t.leaves; l++) {
      double other = t.volume[l] / (t.frac[l * p + i] * t.frac[l * p + j]);
      double av = other * t.value[l];
      for (int r = t.runOff[l * p + i]; r < t.runOff[l * p + i + 1]; r++) {
        int x0 = fx[t.runLo[r]];
        int x1 = fx[t.runHi[r]];
        if (x0 == x1) {
          continue;
        }
        for (int q = t.runOff[l * p + j]; q < t.runOff[l * p + j + 1]; q++) {
          int y0 = fy[t.runLo[q]];
          int y1 = fy[t.runHi[q]];
          if (y0 == y1) {
            continue;
          }
          da[x0 * stride + y0] += av;
          da[x0 * stride + y1] -= av;
          da[x1 * stride + y0] -= av;
          da[x1 * stride + y1] += av;
          dw[x0 * stride + y0] += other;
          dw[x0 * stride + y1] -= other;
          dw[x1 * stride + y0] -= other;
          dw[x1 * stride + y1] += other;
        }
      }
    }
    double[] colA = s.colA;
    double[] colW = s.colW;
    java.util.Arrays.fill(colA, 0);
    java.util.Arrays.fill(colW, 0);
    for (int a = 0; a < nx; a++) {
      double run = 0;
      double runW = 0;
      for (int b = 0; b < ny; b++) {
        colA[b] += da[a * stride + b];
        colW[b] += dw[a * stride + b];
        run += colA[b];
        runW += colW[b];
        w[a * ny + b] = runW;
        v[a * ny + b] = runW > MIN_WEIGHT ? run / runW : Double.NaN;
      }
    }
  }

  /** For each cell boundary c (0..cells) of dim d, the first point index whose cell is >= c. */
  private static int[] firstPointOfCell(TreePartition t, int d, double[] pts) {
    int cells = t.cells(d);
    int[] first = new int[cells + 1];
    int k = 0;
    for (int q = 0; q < pts.length; q++) {
      int c = t.cellOf(d, pts[q]);
      while (k <= c) {
        first[k++] = q;
      }
    }
    while (k <= cells) {
      first[k++] = pts.length;
    }
    return first;
  }
}
