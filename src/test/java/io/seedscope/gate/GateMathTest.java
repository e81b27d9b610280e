package io.seedscope.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Values from src/test/resources/gate/reference/gate_reference.py (scipy 1.10.1). */
class GateMathTest {

  static final double[] C = {9, 10, 11, 12};
  static final double[] B = {11, 12.5, 13, 14, 12};

  /** Commons Statistics inverts the t CDF numerically to about 1e-10 relative. */
  static final double Q = 1e-9;

  @Test
  void tIntervalMatchesScipy() {
    GateMath.Interval i = GateMath.tInterval(new double[] {9, 10, 11}, 0.95);
    assertEquals(7.515862288156248, i.low(), Q);
    assertEquals(12.484137711843752, i.high(), Q);
    i = GateMath.tInterval(new double[] {9, 10, 11}, 0.90);
    assertEquals(8.314145539151916, i.low(), Q);
    i = GateMath.tInterval(new double[] {1, 2, 3, 4, 10}, 0.95);
    assertEquals(-0.3899451654254218, i.low(), Q);
    assertEquals(8.389945165425422, i.high(), Q);
  }

  @Test
  void welchRegressionMatchesScipyOneSided() {
    GateMath.Welch w = GateMath.welchRegression(C, B, 1, 0, 0.05);
    assertEquals(-2.449489742783178, w.t(), 1e-12);
    assertEquals(0.024755575315541, w.p(), 1e-12);
    assertEquals(6.04724409448819, w.df(), 1e-10);
    assertEquals(-2.0, w.difference(), 1e-15);
    assertEquals(-3.5843829410669414, w.interval().low(), Q);
    assertEquals(-0.4156170589330588, w.interval().high(), Q);
    w = GateMath.welchRegression(C, B, 1, 0.5, 0.05);
    assertEquals(-1.8371173070873836, w.t(), 1e-12);
    assertEquals(0.05772816365071336, w.p(), 1e-12);
    // minimize: candidate B is higher (worse) than baseline C by more than 0.5?
    w = GateMath.welchRegression(B, C, -1, 0.5, 0.05);
    assertEquals(1.8371173070873836, w.t(), 1e-12);
    assertEquals(0.05772816365071336, w.p(), 1e-12);
  }

  /**
   * Candidate s x [1, 4, 2] against baseline s x [1, 3, 2] for s = 1e80, 1e160, 1e-160: the Welch
   * df had fourth powers of the data (NaN, then "NaN is negative"). Reference: scipy ttest_ind(b,
   * a, equal_var=False, alternative='less') on the data divided by s,
   * src/test/resources/stats/reference/scale_invariance.py.
   */
  @Test
  void welchRegressionIsScaleFree() {
    for (double s : new double[] {1e80, 1e160, 1e-160}) {
      double[] a = {s, 3 * s, 2 * s};
      double[] b = {s, 4 * s, 2 * s};
      GateMath.Welch w = GateMath.welchRegression(b, a, 1, 0, 0.05);
      assertEquals(0.31622776601683805, w.t(), 1e-12, "t " + s);
      assertEquals(3.4482758620689657, w.df(), 1e-12, "df " + s);
      assertEquals(0.6149871808044118, w.p(), 1e-12, "p " + s);
      assertEquals(1.0 / 3, w.difference() / s, 1e-12, "difference " + s);
      assertTrue(w.interval().low() / s < 1.0 / 3 && w.interval().high() / s > 1.0 / 3, "ci " + s);
      assertEquals(1.0, GateMath.sd(a) / s, 1e-12, "sd " + s);
    }
  }

  @Test
  void probabilityOfImprovementMatchesMannWhitneyAndRliable() {
    assertEquals(0.1, GateMath.probabilityOfImprovement(C, B, 1), 1e-15);
    assertEquals(0.9, GateMath.probabilityOfImprovement(C, B, -1), 1e-15);
    // rliable ties example (scipy-rliable-values.md, D): task 0 of T vs U -> 1/3, task 1 -> 1/4
    assertEquals(
        1.0 / 3,
        GateMath.probabilityOfImprovement(new double[] {0, 0.5, 0.5}, new double[] {0.5, 0.5}, 1),
        1e-15);
    assertEquals(
        0.25,
        GateMath.probabilityOfImprovement(new double[] {1, 2, 0}, new double[] {1, 3}, 1),
        1e-15);
  }

  @Test
  void tIntervalCoverageIsNominal() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    int reps = 4000;
    int covered = 0;
    double[] x = new double[5];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < x.length; i++) {
        x[i] = 3 + 2 * g.sample();
      }
      GateMath.Interval ci = GateMath.tInterval(x, 0.95);
      if (ci.low() <= 3 && 3 <= ci.high()) {
        covered++;
      }
    }
    double cov = (double) covered / reps;
    // Monte Carlo se = sqrt(.95 * .05 / 4000) = 0.0034; allow 3 se.
    assertTrue(Math.abs(cov - 0.95) < 0.0105, "coverage " + cov);
  }

  @Test
  void welchFalseAlarmRateIsAlpha() {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(7L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    int reps = 4000;
    int alarms = 0;
    double[] a = new double[6];
    double[] b = new double[4];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < a.length; i++) {
        a[i] = g.sample();
      }
      for (int i = 0; i < b.length; i++) {
        b[i] = 3 * g.sample();
      }
      if (GateMath.welchRegression(a, b, 1, 0, 0.05).p() < 0.05) {
        alarms++;
      }
    }
    double rate = (double) alarms / reps;
    assertTrue(Math.abs(rate - 0.05) < 0.011, "false alarm rate " + rate);
  }

  @Test
  void poiRuleFalseAlarmRateMatchesTheExactNullDistribution() {
    // Exact P(PoI < 0.2) for 5 vs 5 from one continuous distribution = 0.047619047619047616
    // (src/test/resources/gate/reference/poi_false_alarm.py).
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    int reps = 6000;
    int alarms = 0;
    double[] a = new double[5];
    double[] b = new double[5];
    for (int r = 0; r < reps; r++) {
      for (int i = 0; i < 5; i++) {
        a[i] = g.sample();
        b[i] = g.sample();
      }
      if (GateMath.probabilityOfImprovement(a, b, 1) < GateRules.NoRegression.DEFAULT_MIN_POI) {
        alarms++;
      }
    }
    double rate = (double) alarms / reps;
    // Monte Carlo se = 0.0027; allow 3.5 se.
    assertEquals(0.047619047619047616, rate, 0.0095, "false alarm rate " + rate);
  }
}
