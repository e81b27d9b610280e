package io.seedscope.sensitivity.fanova;

import java.util.Arrays;
import java.util.Locale;

/** Rough timing of analyze() (the JMH benchmark is the reference). Not a test. */
public final class SpeedMain {
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    FanovaMethod m = FanovaMethod.parse(args[1]);
    int reps = Integer.parseInt(args[2]);
    AnalyticFunction f =
        AnalyticFunction.gFunction("g", 0, 1, 4.5, 9, 99, 99, 99, 99, 99, 99);
    Object[] xy = f.sample(n, 7);
    FanovaOptions o = FanovaOptions.defaults().withMethod(m);
    double[] fit = new double[reps];
    double[] an = new double[reps];
    for (int r = 0; r < reps; r++) {
      long a = System.nanoTime();
      Surrogate s = Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
      long b = System.nanoTime();
      s.analyze(o);
      long c = System.nanoTime();
      fit[r] = (b - a) / 1e9;
      an[r] = (c - b) / 1e9;
    }
    Arrays.sort(fit);
    Arrays.sort(an);
    System.out.printf(Locale.ROOT, "n=%d %s fit median %.3fs analyze median %.3fs heap %dMB%n", n,
        m.label(), fit[reps / 2], an[reps / 2],
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
  }
}
