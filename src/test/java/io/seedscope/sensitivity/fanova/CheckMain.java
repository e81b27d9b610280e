package io.seedscope.sensitivity.fanova;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Brute-force check of the forest decomposition by nested Monte Carlo. Not a test. */
public final class CheckMain {
  public static void main(String[] args) {
    AnalyticFunction f = AnalyticFunction.gFunction("g0000", 0, 0, 0, 0);
    Object[] xy = f.sample(2000, 1);
    FanovaOptions o = FanovaOptions.defaults().withThreads(2);
    Surrogate s = Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
    ForestDecomposition.Raw raw = s.raw(o);
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
    int outer = 256;
    int inner = 1000;
    double[] m = new double[outer];
    double tot = 0;
    double tot2 = 0;
    int nTot = 0;
    for (int a = 0; a < outer; a++) {
      double x1 = (a + 0.5) / outer;
      double sum = 0;
      for (int k = 0; k < inner; k++) {
        double[] x = {x1, rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
        double v = s.forest().predict(x);
        sum += v;
        tot += v;
        tot2 += v * v;
        nTot++;
      }
      m[a] = sum / inner;
    }
    double mu = tot / nTot;
    double vTot = tot2 / nTot - mu * mu;
    double mm = 0;
    for (double v : m) {
      mm += v / outer;
    }
    double v1 = 0;
    for (double v : m) {
      v1 += (v - mm) * (v - mm) / outer;
    }
    double noise = vTot / inner; // nested-MC bias of the outer variance
    System.out.printf(Locale.ROOT, "MC: V(F)=%.5f V1(F)=%.5f (bias-corrected %.5f)%n", vTot, v1,
        v1 - noise);
    System.out.printf(Locale.ROOT, "raw: V(F)=%.5f V1(F)=%.5f mean tree V=%.5f%n", raw.totalF(),
        raw.mainF()[0], raw.totalT());
    double sum = 0;
    for (int i = 0; i < 4; i++) {
      sum += raw.mainF()[i];
      for (int j = i + 1; j < 4; j++) {
        sum += raw.pairF()[i][j];
      }
    }
    System.out.printf(Locale.ROOT, "sum of mains+pairs / V(F) = %.4f%n", sum / raw.totalF());
  }
}
