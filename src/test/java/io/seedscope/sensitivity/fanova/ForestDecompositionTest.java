package io.seedscope.sensitivity.fanova;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** The forest decomposition against brute force on the same fitted forest. */
class ForestDecompositionTest {

  /**
   * Nested Monte Carlo of the forest's prediction F: V(F) from 40,000 uniform points and V_1(F) as
   * the variance over 128 midpoints x1 of F averaged over 400 random (x2, x3, x4), minus the
   * inner-sampling bias V(F)/400. The grid/QMC decomposition must agree within the Monte Carlo
   * error (about 1% for V(F), about 0.008 for V_1).
   */
  @Test
  void matchesNestedMonteCarlo() {
    AnalyticFunction f = AnalyticFunction.gFunction("g0000", 0, 0, 0, 0);
    Object[] xy = f.sample(500, 1);
    FanovaOptions o = FanovaOptions.defaults().withTrees(16);
    Surrogate s = Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
    ForestDecomposition.Raw raw = s.raw(o);
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(5);
    double t = 0;
    double t2 = 0;
    int big = 40000;
    for (int k = 0; k < big; k++) {
      double v =
          s.forest()
              .predict(
                  new double[] {
                    rng.nextDouble(), rng.nextDouble(), rng.nextDouble(), rng.nextDouble()
                  });
      t += v;
      t2 += v * v;
    }
    double vTot = t2 / big - (t / big) * (t / big);
    assertEquals(vTot, raw.totalF(), 0.03 * vTot);
    int outer = 128;
    int inner = 400;
    double[] m = new double[outer];
    for (int a = 0; a < outer; a++) {
      double x1 = (a + 0.5) / outer;
      double sum = 0;
      for (int k = 0; k < inner; k++) {
        sum +=
            s.forest()
                .predict(new double[] {x1, rng.nextDouble(), rng.nextDouble(), rng.nextDouble()});
      }
      m[a] = sum / inner;
    }
    double mm = 0;
    for (double v : m) {
      mm += v / outer;
    }
    double v1 = 0;
    for (double v : m) {
      v1 += (v - mm) * (v - mm) / outer;
    }
    v1 -= vTot / inner;
    assertEquals(v1, raw.mainF()[0], 0.03);
  }

  /**
   * With weight 1 on the trees the grid-evaluated decomposition must approach the exact per-tree
   * one (ratio of means versus mean of ratios and the grid are the only differences).
   */
  @Test
  void gridOfTreesApproachesExactPerTree() {
    AnalyticFunction f = AnalyticFunction.ishigami();
    Object[] xy = f.sample(1000, 2);
    FanovaOptions o = FanovaOptions.defaults().withTrees(16);
    Surrogate s = Surrogate.fit((double[][]) xy[0], (double[]) xy[1], f.domains(), o);
    Decomposition exact = s.decompose(o.withMethod(FanovaMethod.PER_TREE));
    Decomposition grid = s.raw(o).mix(1.0);
    for (int i = 0; i < 3; i++) {
      assertEquals(exact.main()[i], grid.main()[i], 0.01, "main " + i);
      for (int j = i + 1; j < 3; j++) {
        assertEquals(exact.pair()[i][j], grid.pair()[i][j], 0.01, "pair " + i + j);
      }
    }
  }
}
