package io.seedscope.sensitivity.fanova;

import java.util.List;

/**
 * fanova's and Optuna's combination (Hutter, Hoos and Leyton-Brown, ICML 2014, section 3.2): each
 * tree is decomposed exactly; the reported fraction is the mean over trees of {@code V_U(tree) /
 * V(tree)} and the spread is the population standard deviation over trees (numpy's default, as
 * Optuna reports it). Trees of zero variance are skipped, main variances are clipped at zero, as in
 * Optuna's {@code _Fanova}.
 */
final class PerTreeDecomposition {
  private PerTreeDecomposition() {}

  /** Exact per-tree variances: {V, V_i..., V_ij (pair totals, i < j, row-major)}. */
  record TreeVariances(double total, double[] main, double[][] pairTotal) {}

  static TreeVariances variances(TreePartition t, boolean interactions) {
    int p = t.p;
    double[] main = new double[p];
    for (int i = 0; i < p; i++) {
      main[i] = Math.max(0, TreeMarginals.mainVariance(t, i));
    }
    double[][] pair = new double[p][p];
    if (interactions && t.variance > 0) {
      for (int i = 0; i < p; i++) {
        for (int j = i + 1; j < p; j++) {
          pair[i][j] = TreeMarginals.pairVariance(t, i, j);
        }
      }
    }
    return new TreeVariances(t.variance, main, pair);
  }

  static Decomposition combine(List<TreeVariances> trees, int p) {
    int n = 0;
    double[] sm = new double[p];
    double[] sm2 = new double[p];
    double[][] sp = new double[p][p];
    double[][] sp2 = new double[p][p];
    double totals = 0;
    for (TreeVariances tv : trees) {
      if (!(tv.total() > 0)) {
        continue;
      }
      n++;
      totals += tv.total();
      for (int i = 0; i < p; i++) {
        double f = tv.main()[i] / tv.total();
        sm[i] += f;
        sm2[i] += f * f;
        for (int j = i + 1; j < p; j++) {
          double g = (tv.pairTotal()[i][j] - tv.main()[i] - tv.main()[j]) / tv.total();
          sp[i][j] += g;
          sp2[i][j] += g * g;
        }
      }
    }
    Decomposition d = Decomposition.empty(p, n == 0 ? 0 : totals / n);
    if (n == 0) {
      return d;
    }
    for (int i = 0; i < p; i++) {
      d.main()[i] = sm[i] / n;
      d.mainStd()[i] = std(sm[i], sm2[i], n);
      for (int j = i + 1; j < p; j++) {
        d.pair()[i][j] = sp[i][j] / n;
        d.pairStd()[i][j] = std(sp[i][j], sp2[i][j], n);
      }
    }
    return d;
  }

  private static double std(double s, double s2, int n) {
    double m = s / n;
    return Math.sqrt(Math.max(0, s2 / n - m * m));
  }
}
