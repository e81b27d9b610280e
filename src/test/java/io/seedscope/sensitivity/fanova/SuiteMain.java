package io.seedscope.sensitivity.fanova;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analytic suite: fits each function's forest once per replicate and scores each method by
 * the mean absolute error of all main and pairwise fractions against the analytic Sobol indices.
 * Not a test; run with {@code java ... SuiteMain [bootstrap maxFeatures minLeaf reps]}.
 */
public final class SuiteMain {
  record Case(AnalyticFunction f, int n) {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case(AnalyticFunction.ishigami(), 2000));
    c.add(new Case(AnalyticFunction.gFunction("g(0,1,4.5,9,99x6)", 0, 1, 4.5, 9, 99, 99, 99,
        99, 99, 99), 5000));
    c.add(new Case(AnalyticFunction.gFunction("g(0,.5,3,9,99,99)", 0, 0.5, 3, 9, 99, 99), 2000));
    c.add(new Case(AnalyticFunction.gFunction("g(0,0,0,0)", 0, 0, 0, 0), 2000));
    c.add(new Case(AnalyticFunction.linear(1, 2, 3, 0, 0), 1000));
    c.add(new Case(AnalyticFunction.product(3), 1000));
    if (Boolean.getBoolean("suite.noise")) {
      c.add(new Case(AnalyticFunction.ishigami().withNoise(2.0), 2000));
    }
    return c;
  }

  public static void main(String[] args) {
    boolean boot = args.length > 0 ? Boolean.parseBoolean(args[0]) : true;
    double mf = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
    int leaf = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    int reps = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    double[] lambdas = {0, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 1.0};
    FanovaOptions o =
        FanovaOptions.defaults().withBootstrap(boot).withMaxFeatures(mf).withMinSamplesLeaf(leaf);
    System.out.printf(Locale.ROOT, "bootstrap=%s maxFeatures=%.2f minLeaf=%d%n", boot, mf, leaf);
    int nm = lambdas.length + 1;
    double[] tot = new double[nm];
    for (Case c : cases()) {
      AnalyticFunction f = c.f();
      double[] mae = new double[nm];
      for (int r = 0; r < reps; r++) {
        Object[] xy = f.sample(c.n(), 1 + r);
        Surrogate s =
            Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o.withSeed(r));
        Decomposition[] ds = new Decomposition[nm];
        ds[0] = s.decompose(o.withMethod(FanovaMethod.PER_TREE).withSeed(r));
        ForestDecomposition.Raw raw = s.raw(o.withSeed(r));
        for (int k = 0; k < lambdas.length; k++) {
          ds[k + 1] = raw.mix(lambdas[k]);
        }
        for (int k = 0; k < nm; k++) {
          Decomposition d = ds[k];
          mae[k] += mae(f, d) / reps;
          if (r == 0) {
            System.out.printf(Locale.ROOT, "  %-18s %-8s main", f.name(),
                k == 0 ? "per-tree" : "mix" + lambdas[k - 1]);
            for (int i = 0; i < Math.min(4, f.p()); i++) {
              System.out.printf(Locale.ROOT, " %.3f", d.main()[i]);
            }
            System.out.printf(Locale.ROOT, " | s12 %.3f s13 %.3f%n", d.pair()[0][1],
                d.pair()[0][2]);
          }
        }
      }
      System.out.printf(Locale.ROOT, "  %-18s analytic main", f.name());
      for (int i = 0; i < Math.min(4, f.p()); i++) {
        System.out.printf(Locale.ROOT, " %.3f", f.s()[i]);
      }
      System.out.printf(Locale.ROOT, " | s12 %.3f s13 %.3f%n", f.s2()[0][1], f.s2()[0][2]);
      System.out.printf(Locale.ROOT, "  MAE");
      for (int k = 0; k < nm; k++) {
        System.out.printf(Locale.ROOT, " %.4f", mae[k]);
        tot[k] += mae[k] / cases().size();
      }
      System.out.println();
    }
    System.out.printf(Locale.ROOT, "MEAN MAE (per-tree, mix");
    for (double l : lambdas) {
      System.out.printf(Locale.ROOT, " %.2f", l);
    }
    System.out.print(")");
    for (int k = 0; k < nm; k++) {
      System.out.printf(Locale.ROOT, " %.4f", tot[k]);
    }
    System.out.println();
  }

  /** Mean absolute error over all main fractions and all pairwise fractions. */
  static double mae(AnalyticFunction f, Decomposition d) {
    double s = 0;
    int n = 0;
    for (int i = 0; i < f.p(); i++) {
      s += Math.abs(d.main()[i] - f.s()[i]);
      n++;
      for (int j = i + 1; j < f.p(); j++) {
        s += Math.abs(d.pair()[i][j] - f.s2()[i][j]);
        n++;
      }
    }
    return s / n;
  }
}
