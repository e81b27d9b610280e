package io.seedscope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ImprovementBootstrapTest {

  /** The merge over resample counts equals the plain pair loop bit for bit, ties included. */
  @Test
  void countsMergeEqualsPairLoop() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
    for (int trial = 0; trial < 500; trial++) {
      int nb = 2 + rng.nextInt(12);
      int nc = 2 + rng.nextInt(12);
      double[] b = new double[nb];
      double[] c = new double[nc];
      for (int i = 0; i < nb; i++) {
        b[i] = rng.nextInt(6);
      }
      for (int i = 0; i < nc; i++) {
        c[i] = rng.nextInt(6) + (trial % 2 == 0 ? 0 : rng.nextDouble());
      }
      double sign = trial % 3 == 0 ? -1 : 1;
      int[] ib = new int[nb];
      int[] ic = new int[nc];
      for (int i = 0; i < nb; i++) {
        ib[i] = rng.nextInt(nb);
      }
      for (int i = 0; i < nc; i++) {
        ic[i] = rng.nextInt(nc);
      }
      double expected = EffectSizes.probabilityOfImprovement(b, ib, c, ic, sign);
      double[] bs = Arrays.stream(b).map(v -> sign * v).sorted().toArray();
      double[] cs = Arrays.stream(c).map(v -> sign * v).sorted().toArray();
      int[] wb = counts(b, ib, bs, sign);
      int[] wc = counts(c, ic, cs, sign);
      assertEquals(expected, ImprovementBootstrap.fromCounts(bs, wb, cs, wc), 0.0);
    }
  }

  private static int[] counts(double[] x, int[] idx, double[] sorted, double sign) {
    int[] w = new int[x.length];
    for (int i : idx) {
      // Any position holding an equal value is equivalent.
      w[Arrays.binarySearch(sorted, sign * x[i])]++;
    }
    return w;
  }

  @Test
  void sameSeedSameReplicatesAnyThreads() {
    double[] b = {1, 2, 3, 4, 5, 6};
    double[] c = {2, 3, 3, 5, 8};
    assertEquals(
        Arrays.toString(ImprovementBootstrap.replicates(b, c, 1, false, 3000, 9, 1)),
        Arrays.toString(ImprovementBootstrap.replicates(b, c, 1, false, 3000, 9, 3)));
  }
}
