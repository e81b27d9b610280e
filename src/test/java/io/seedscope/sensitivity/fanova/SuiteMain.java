package io.seedscope.sensitivity.fanova;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analytic suite: fits each function's forest once per replicate and scores each method by the
 * mean absolute error of all main and pairwise fractions against the analytic Sobol indices. Not a
 * test; run with {@code java ... SuiteMain [reps]} (add -Dsuite.noise=true for the noisy case).
 */
public final class SuiteMain {
  record Case(AnalyticFunction f, int n) {}

  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    double scale = Double.parseDouble(System.getProperty("suite.scale", "1"));
    List<Case> scaled = new ArrayList<>();
    for (Case k : baseCases()) {
      scaled.add(new Case(k.f(), (int) Math.round(k.n() * scale)));
    }
    return scaled;
  }

  static List<Case> baseCases() {
    List<Case> c = new ArrayList<>();
    c.add(new Case(AnalyticFunction.ishigami(), 2000));
    c.add(
        new Case(
            AnalyticFunction.gFunction("g(0,1,4.5,9,99x6)", 0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99),
            5000));
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
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    FanovaMethod[] methods = {FanovaMethod.PER_TREE, FanovaMethod.FOREST, FanovaMethod.BLEND};
    FanovaOptions o = FanovaOptions.defaults();
    System.out.println(
        "| function | N | method | main fractions | key pair | MAE (all mains"
            + " and pairs, mean of "
            + reps
            + " data sets) | seconds (fit + decompose) |");
    System.out.println("|---|---|---|---|---|---|---|");
    double[] tot = new double[methods.length];
    for (Case c : cases()) {
      AnalyticFunction f = c.f();
      double[] mae = new double[methods.length];
      double[] sec = new double[methods.length];
      String[] firstMain = new String[methods.length];
      String[] firstPair = new String[methods.length];
      int[] kp = keyPair(f);
      for (int r = 0; r < reps; r++) {
        Object[] xy = f.sample(c.n(), 1 + r);
        long t0 = System.nanoTime();
        Surrogate s =
            Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o.withSeed(r));
        double fit = (System.nanoTime() - t0) / 1e9;
        for (int k = 0; k < methods.length; k++) {
          long a = System.nanoTime();
          Decomposition d = s.decompose(o.withMethod(methods[k]).withSeed(r));
          sec[k] += (fit + (System.nanoTime() - a) / 1e9) / reps;
          mae[k] += mae(f, d) / reps;
          if (r == 0) {
            firstMain[k] = fmt(d.main(), f.p());
            firstPair[k] = String.format(Locale.ROOT, "%.3f", d.pair()[kp[0]][kp[1]]);
          }
        }
      }
      String pairName = "x" + (kp[0] + 1) + "-x" + (kp[1] + 1);
      System.out.printf(
          Locale.ROOT,
          "| %s | %d | analytic | %s | %s %.3f | | |%n",
          f.name(),
          c.n(),
          fmt(f.s(), f.p()),
          pairName,
          f.s2()[kp[0]][kp[1]]);
      for (int k = 0; k < methods.length; k++) {
        System.out.printf(
            Locale.ROOT,
            "| | | %s | %s | %s | %.4f | %.2f |%n",
            methods[k].label(),
            firstMain[k],
            firstPair[k],
            mae[k],
            sec[k]);
        tot[k] += mae[k] / cases().size();
      }
    }
    System.out.printf(Locale.ROOT, "%nMean MAE over the suite:");
    for (int k = 0; k < methods.length; k++) {
      System.out.printf(Locale.ROOT, " %s %.4f", methods[k].label(), tot[k]);
    }
    System.out.println();
  }

  private static int[] keyPair(AnalyticFunction f) {
    int[] best = {0, 1};
    for (int i = 0; i < f.p(); i++) {
      for (int j = i + 1; j < f.p(); j++) {
        if (f.s2()[i][j] > f.s2()[best[0]][best[1]]) {
          best = new int[] {i, j};
        }
      }
    }
    return best;
  }

  private static String fmt(double[] v, int p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(4, p); i++) {
      sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.3f", v[i]));
    }
    return p > 4 ? sb.append(" ...").toString() : sb.toString();
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
