package io.seedscope.sensitivity.fanova;

import io.seedscope.sensitivity.forest.RegressionTree;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Functional ANOVA of the forest's mean prediction {@code F = (1/T) sum_t f_t} instead of each
 * tree: marginals are linear, so a marginal of F is the mean of the trees' marginals (Hutter et al.
 * 2014, eq. 2 applied to F). The trees' cell grids do not line up, so F's marginals are evaluated
 * at the midpoints of a bounded regular grid in model space ({@link #MAIN_POINTS} per numeric axis
 * for main effects, {@link #PAIR_POINTS} for pairs; every category of a categorical axis), each
 * tree's marginal at those points coming exactly from its boxes. The pair's pure interaction is the
 * two-way ANOVA interaction on its grid, so it is never negative. F's total variance over the whole
 * space is estimated by randomly shifted Sobol' points (Cranley-Patterson rotation, seeded). The
 * spread is the standard deviation over trees of each tree's fraction evaluated on the same grid.
 *
 * <p>With a cutoff each tree's marginal is conditional on its kept leaves (fanova's rule) and the
 * forest pools the trees: {@code F_U = sum_t a_t / sum_t w_t}, weighted by the mean kept weight.
 */
final class ForestDecomposition {
  static final int MAIN_POINTS = 256;
  static final int PAIR_POINTS = 64;
  static final int QMC_POINTS = 1 << 13;

  private ForestDecomposition() {}

  static double[] points(double lo, double hi, int categories, int n) {
    if (categories > 0) {
      double[] c = new double[categories];
      for (int k = 0; k < categories; k++) {
        c[k] = k;
      }
      return c;
    }
    double[] x = new double[n];
    for (int a = 0; a < n; a++) {
      x[a] = lo + (a + 0.5) * (hi - lo) / n;
    }
    return x;
  }

  /**
   * Raw components: for each main effect and pair, the forest's variance {@code f} and the mean
   * over trees of each tree's variance {@code t} on the same grid, with the spread of the trees'
   * fractions; {@code totalF} is F's variance, {@code totalT} the mean of the trees' exact
   * variances.
   */
  record Raw(
      double[] mainF,
      double[] mainT,
      double[] mainStd,
      double[][] pairF,
      double[][] pairT,
      double[][] pairStd,
      double totalF,
      double totalT) {

    /**
     * Fractions of the mixture {@code (1 - lambda) * forest + lambda * mean over trees} of every
     * variance: lambda 0 is the forest's decomposition, 1 the trees' pooled one.
     */
    Decomposition mix(double lambda) {
      int p = mainF.length;
      double total = (1 - lambda) * totalF + lambda * totalT;
      Decomposition d = Decomposition.empty(p, total);
      if (!(total > 0)) {
        return d; // A constant surrogate: nothing to attribute.
      }
      for (int i = 0; i < p; i++) {
        d.main()[i] = ((1 - lambda) * mainF[i] + lambda * mainT[i]) / total;
        d.mainStd()[i] = mainStd[i];
        for (int j = i + 1; j < p; j++) {
          d.pair()[i][j] = ((1 - lambda) * pairF[i][j] + lambda * pairT[i][j]) / total;
          d.pairStd()[i][j] = pairStd[i][j];
        }
      }
      return d;
    }
  }

  static Raw compute(
      List<TreePartition> parts,
      List<RegressionTree> trees,
      Model model,
      double cutLo,
      double cutHi,
      boolean interactions,
      int threads,
      long seed) {
    int p = model.p();
    double total = forestVariance(trees, model, cutLo, cutHi, threads, seed);
    double totalT = 0;
    int kept = 0;
    for (TreePartition tp : parts) {
      if (tp.variance > 0) {
        totalT += tp.variance;
        kept++;
      }
    }
    totalT = kept == 0 ? 0 : totalT / kept;
    Raw d =
        new Raw(
            new double[p],
            new double[p],
            new double[p],
            new double[p][p],
            new double[p][p],
            new double[p][p],
            total,
            totalT);
    List<double[]> mains =
        Parallel.map(
            p,
            threads,
            i -> {
              double[] x = points(model.lo()[i], model.hi()[i], model.categories()[i], MAIN_POINTS);
              int n = x.length;
              double[] a = new double[n];
              double[] w = new double[n];
              double[] fr = new double[parts.size()];
              double vt = 0;
              int nt = 0;
              for (int t = 0; t < parts.size(); t++) {
                TreePartition tp = parts.get(t);
                double[][] vw = TreeMarginals.mainAt(tp, i, x);
                double g = GridVariance.of(vw[0], vw[1], n, 1)[0];
                fr[t] = tp.variance > 0 ? g / tp.variance : Double.NaN;
                if (tp.variance > 0) {
                  vt += g;
                  nt++;
                }
                for (int k = 0; k < n; k++) {
                  if (vw[1][k] > 0) {
                    a[k] += vw[0][k] * vw[1][k];
                    w[k] += vw[1][k];
                  }
                }
              }
              double[] f = new double[n];
              for (int k = 0; k < n; k++) {
                f[k] = w[k] > 0 ? a[k] / w[k] : Double.NaN;
              }
              double v = GridVariance.of(f, w, n, 1)[0];
              return new double[] {v, nt == 0 ? 0 : vt / nt, stdIgnoringNaN(fr)};
            });
    for (int i = 0; i < p; i++) {
      d.mainF()[i] = mains.get(i)[0];
      d.mainT()[i] = mains.get(i)[1];
      d.mainStd()[i] = mains.get(i)[2];
    }
    if (!interactions) {
      return d;
    }
    int[][] pairs = pairs(p);
    List<double[]> res =
        Parallel.map(
            pairs.length,
            threads,
            q -> {
              int i = pairs[q][0];
              int j = pairs[q][1];
              double[] x = points(model.lo()[i], model.hi()[i], model.categories()[i], PAIR_POINTS);
              double[] y = points(model.lo()[j], model.hi()[j], model.categories()[j], PAIR_POINTS);
              int n = x.length * y.length;
              double[] a = new double[n];
              double[] w = new double[n];
              double[] fr = new double[parts.size()];
              double vt = 0;
              int nt = 0;
              TreeMarginals.PairScratch scratch = new TreeMarginals.PairScratch(x.length, y.length);
              double[][] vw = new double[2][n];
              for (int t = 0; t < parts.size(); t++) {
                TreePartition tp = parts.get(t);
                TreeMarginals.pairAt(tp, i, j, x, y, vw[0], vw[1], scratch);
                double g = GridVariance.interaction(vw[0], vw[1], x.length, y.length);
                fr[t] = tp.variance > 0 ? g / tp.variance : Double.NaN;
                if (tp.variance > 0) {
                  vt += g;
                  nt++;
                }
                for (int k = 0; k < n; k++) {
                  if (vw[1][k] > 0) {
                    a[k] += vw[0][k] * vw[1][k];
                    w[k] += vw[1][k];
                  }
                }
              }
              double[] f = new double[n];
              for (int k = 0; k < n; k++) {
                f[k] = w[k] > 0 ? a[k] / w[k] : Double.NaN;
              }
              double v = GridVariance.interaction(f, w, x.length, y.length);
              return new double[] {v, nt == 0 ? 0 : vt / nt, stdIgnoringNaN(fr)};
            });
    for (int q = 0; q < pairs.length; q++) {
      int i = pairs[q][0];
      int j = pairs[q][1];
      d.pairF()[i][j] = res.get(q)[0];
      d.pairT()[i][j] = res.get(q)[1];
      d.pairStd()[i][j] = res.get(q)[2];
    }
    return d;
  }

  static int[][] pairs(int p) {
    int[][] out = new int[p * (p - 1) / 2][];
    int q = 0;
    for (int i = 0; i < p; i++) {
      for (int j = i + 1; j < p; j++) {
        out[q++] = new int[] {i, j};
      }
    }
    return out;
  }

  /** Variance of F over the model space from shifted Sobol' points. */
  static double forestVariance(
      List<RegressionTree> trees, Model model, double cutLo, double cutHi, int threads, long seed) {
    return forestVariance(trees, model, cutLo, cutHi, threads, seed, QMC_POINTS);
  }

  static double forestVariance(
      List<RegressionTree> trees,
      Model model,
      double cutLo,
      double cutHi,
      int threads,
      long seed,
      int qmcPoints) {
    int p = model.p();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed ^ 0x5DEECE66DL);
    double[] shift = new double[p];
    for (int d = 0; d < p; d++) {
      shift[d] = rng.nextDouble();
    }
    double[][] pts = new double[qmcPoints][];
    if (p <= 1000) {
      SobolSequenceGenerator sobol = new SobolSequenceGenerator(p);
      for (int k = 0; k < qmcPoints; k++) {
        pts[k] = sobol.nextVector();
      }
    } else {
      for (int k = 0; k < qmcPoints; k++) {
        pts[k] = new double[p];
        for (int d = 0; d < p; d++) {
          pts[k][d] = rng.nextDouble();
        }
      }
    }
    int chunks = 16;
    int nPts = pts.length;
    List<double[]> parts =
        Parallel.map(
            chunks,
            threads,
            c -> {
              int from = c * nPts / chunks;
              int to = (c + 1) * nPts / chunks;
              double[][] xs = new double[to - from][p];
              for (int k = from; k < to; k++) {
                for (int d = 0; d < p; d++) {
                  double u = pts[k][d] + shift[d];
                  u -= Math.floor(u);
                  xs[k - from][d] = model.fromUnit(d, u);
                }
              }
              // Tree-major order keeps one tree in cache while it sees all points.
              double[] sum = new double[to - from];
              int[] kept = new int[to - from];
              for (RegressionTree t : trees) {
                for (int k = 0; k < xs.length; k++) {
                  double v = t.predict(xs[k]);
                  if (v >= cutLo && v <= cutHi) {
                    sum[k] += v;
                    kept[k]++;
                  }
                }
              }
              double[] fw = new double[2 * (to - from)];
              for (int k = 0; k < xs.length; k++) {
                fw[2 * k] = kept[k] > 0 ? sum[k] / kept[k] : Double.NaN;
                fw[2 * k + 1] = (double) kept[k] / trees.size();
              }
              return fw;
            });
    double sw = 0;
    double s = 0;
    for (double[] fw : parts) {
      for (int k = 0; k < fw.length; k += 2) {
        if (fw[k + 1] > 0) {
          sw += fw[k + 1];
          s += fw[k + 1] * fw[k];
        }
      }
    }
    double mean = s / sw;
    double v = 0;
    for (double[] fw : parts) {
      for (int k = 0; k < fw.length; k += 2) {
        if (fw[k + 1] > 0) {
          double dd = fw[k] - mean;
          v += fw[k + 1] * dd * dd;
        }
      }
    }
    return v / sw;
  }

  static double stdIgnoringNaN(double[] v) {
    int n = 0;
    double s = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        n++;
        s += x;
      }
    }
    if (n == 0) {
      return Double.NaN;
    }
    double m = s / n;
    double ss = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        ss += (x - m) * (x - m);
      }
    }
    return Math.sqrt(ss / n);
  }
}
