package io.seedscope.sensitivity.fanova;

import java.util.Locale;

/** QMC error of the forest variance versus the number of points. Not a test. */
public final class QmcMain {
  public static void main(String[] args) {
    AnalyticFunction[] fs = {
      AnalyticFunction.ishigami(),
      AnalyticFunction.gFunction("g", 0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99)
    };
    for (AnalyticFunction f : fs) {
      Object[] xy = f.sample(2000, 3);
      FanovaOptions o = FanovaOptions.defaults().withThreads(1);
      Surrogate s = Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
      Model m = Model.of(f.domains());
      double ref = ForestDecomposition.forestVariance(s.forest().trees(), m, -1e300, 1e300, 2, 99,
          1 << 18);
      for (int n : new int[] {1024, 4096, 8192, 16384}) {
        double se = 0;
        for (int seed = 0; seed < 10; seed++) {
          double v = ForestDecomposition.forestVariance(s.forest().trees(), m, -1e300, 1e300, 2,
              seed, n);
          se += Math.pow(v / ref - 1, 2) / 10;
        }
        System.out.printf(Locale.ROOT, "%s n=%d rms rel err %.5f%n", f.name(), n, Math.sqrt(se));
      }
    }
  }
}
