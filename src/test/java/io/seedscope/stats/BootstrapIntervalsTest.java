package io.seedscope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Endpoints on the deterministic "ideal bootstrap" of x = [1, 2, 3, 4, 10] (all 5^5 = 3125
 * resamples): reference values from /work/shared/reference/scipy-rliable-values.md section E (scipy
 * 1.10.1 {@code _bca_interval} and numpy 1.24 {@code percentile}).
 */
class BootstrapIntervalsTest {

  private static final double[] X = {1, 2, 3, 4, 10};

  static double[] idealReplicates(double[] x) {
    int n = x.length;
    int total = (int) Math.pow(n, n);
    double[] reps = new double[total];
    for (int r = 0; r < total; r++) {
      int code = r;
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += x[code % n];
        code /= n;
      }
      reps[r] = sum / n;
    }
    return reps;
  }

  @Test
  void accelerationMatchesJackknifeFormula() {
    assertEquals(0.0848528137423857, BootstrapIntervals.accelerationOfMean(X), 1e-15);
  }

  @Test
  void biasCorrectionUsesMidPFraction() {
    double z0 = BootstrapIntervals.biasCorrection(idealReplicates(X), 4.0);
    assertEquals(0.08110305016553883, z0, 1e-12);
  }

  @Test
  void bcaLevelsMatchScipy() {
    double[] levels = BootstrapIntervals.bcaLevels(0.08110305016553883, 0.0848528137423857, 0.95);
    assertEquals(0.0618526497, levels[0], 1e-10);
    assertEquals(0.9946093499, levels[1], 1e-10);
  }

  @Test
  void idealBootstrapBcaIsExactly2To8point2() {
    double[] reps = idealReplicates(X);
    Interval bca =
        BootstrapIntervals.bca(reps, 4.0, BootstrapIntervals.accelerationOfMean(X), 0.95);
    assertEquals(2.0, bca.low(), 1e-12);
    assertEquals(8.2, bca.high(), 1e-12);
    assertEquals("bca", bca.method());
  }

  @Test
  void idealBootstrapPercentileIs1point8To7point2() {
    Interval pct = BootstrapIntervals.percentile(idealReplicates(X), 0.95);
    assertEquals(1.8, pct.low(), 1e-12);
    assertEquals(7.2, pct.high(), 1e-12);
  }

  @Test
  void replicatesAreNotModified() {
    double[] reps = idealReplicates(X);
    double[] copy = reps.clone();
    BootstrapIntervals.percentile(reps, 0.9);
    BootstrapIntervals.bca(reps, 4.0, 0.08, 0.9);
    org.junit.jupiter.api.Assertions.assertArrayEquals(copy, reps);
  }

  @Test
  void allReplicatesBelowEstimateGiveUndefinedBca() {
    Interval bca = BootstrapIntervals.bca(new double[] {1, 2, 3}, 5.0, 0.0, 0.95);
    assertFalse(bca.defined());
  }

  @Test
  void numpyLinearPercentile() {
    // np.percentile([1, 2, 3, 4, 10], [0, 10, 50, 62.5, 100]) = [1, 1.4, 3, 3.5, 10]
    double[] q = Percentiles.linear(X, 0, 0.1, 0.5, 0.625, 1.0);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1, 1.4, 3, 3.5, 10}, q, 1e-12);
  }
}
