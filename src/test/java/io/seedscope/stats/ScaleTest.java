package io.seedscope.stats;

import static io.seedscope.stats.Reference.assertRel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Goal;
import org.junit.jupiter.api.Test;

/**
 * Finite data far from 1: values near 1e80 overflowed the Welch df, near 1e160 the variance, near
 * 1e-160 underflowed it, and near 1e308 the sums. Reference: scale_invariance.py (scipy 1.10.1) in
 * src/test/resources/stats/reference/, computed on the data divided by its scale; its output is
 * scale_invariance.txt beside it.
 */
class ScaleTest {

  private static final double[] SCALES = {1e80, 1e160, 1e-160};

  private static double[] times(double s, double... x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] * s;
    }
    return out;
  }

  @Test
  void groupStatisticsAreScaleFree() {
    for (double s : SCALES) {
      GroupStatistics g = GroupStatistics.of(times(s, 1, 3, 2), StatsOptions.defaults(1));
      assertRel(0.5, g.cv(), 1e-12, "cv " + s);
      assertRel(1.0, g.std() / s, 1e-12, "std " + s);
      // scipy 1.10's t quantile is off by ~1e-9 relative (docs/stats.md): 1e-8 here.
      assertRel(-0.48413771184375287, g.intervals().t().low() / s, 1e-8, "t low " + s);
      assertRel(4.484137711843752, g.intervals().t().high() / s, 1e-8, "t high " + s);
      assertTrue(g.intervals().bca().defined(), "bca " + s);
      assertFalse(String.join(" ", g.warnings()).contains("largest double"), "" + s);
    }
  }

  @Test
  void comparisonTestsAreScaleFree() {
    for (double s : SCALES) {
      TwoSampleComparison c =
          Comparisons.compare(
              times(s, 1, 3, 2),
              times(s, 1, 4, 2),
              Goal.MAXIMIZE,
              ComparisonOptions.defaults(1).withResamples(1000));
      assertRel(0.31622776601683805, c.welch().t(), 1e-12, "t " + s);
      assertRel(3.4482758620689657, c.welch().df(), 1e-12, "df " + s);
      assertRel(0.7700256383911763, c.welch().p(), 1e-12, "p " + s);
      assertEquals(1.0, c.mannWhitney().p(), "mwu " + s);
      assertNotNull(c.hedgesG(), "g " + s);
      assertTrue(c.meanDifferenceCi().defined(), "ci " + s);
      assertRel(1.0 / 3, c.meanDifference() / s, 1e-12, "difference " + s);
    }
  }

  @Test
  void seedPlanningIsScaleFree() {
    for (double s : SCALES) {
      SeedPower.SeedsNeeded n =
          SeedPower.forComparison(
              times(s, 1, 3, 2), times(s, 1, 4, 2), null, 0.05, 0.8, Alternative.TWO_SIDED);
      assertRel(0.033424889646211375, n.powerAtCurrentSeeds(), 1e-8, "power " + s);
      assertEquals(
          SeedPower.forComparison(
                  new double[] {1, 3, 2},
                  new double[] {1, 4, 2},
                  null,
                  0.05,
                  0.8,
                  Alternative.TWO_SIDED)
              .seedsPerImplementation(),
          n.seedsPerImplementation());
      SeedPower.CiPrecision p = SeedPower.precision(times(s, 1, 3, 2), 0.95, 0.05);
      assertRel((4.484137711843752 - 2) / 2, p.shareOfMean(), 1e-8, "share " + s);
      assertTrue(
          SeedPower.widthCurve(times(s, 1, 3, 2), 0.95, 50, 1).stream()
              .allMatch(w -> w.median() != null),
          "widths " + s);
    }
  }

  /** Values near the largest double: sums overflowed (iqm "Infinity", permutation p = 0). */
  @Test
  void valuesNearTheLargestDouble() {
    double[] a = {1e308, 1.7e308, 1.5e308};
    double[] b = {-1.7e308, 1e308, 1.7e308};
    GroupStatistics g = GroupStatistics.of(a, StatsOptions.defaults(1));
    assertRel(1.4000000000000001e308, g.iqm(), 1e-15, "iqm");
    assertRel(1.4000000000000001e308, g.mean(), 1e-15, "mean");
    // mean + t_{0.975,2} sem = 2.3e308: beyond the largest double
    assertFalse(g.intervals().t().defined());
    assertTrue(
        g.warnings()
            .contains(
                "|values| up to 1.7E308: the t interval is beyond the largest double and"
                    + " reported as null"),
        String.join("\n", g.warnings()));
    TwoSampleComparison c =
        Comparisons.compare(a, b, Goal.MAXIMIZE, ComparisonOptions.defaults(1).withResamples(1000));
    assertRel(-1.008906657791091, c.welch().t(), 1e-12, "t");
    assertRel(0.41239303694248713, c.welch().p(), 1e-12, "p");
    assertEquals(0.7, c.permutation().p(), 1e-12);
    assertRel(-1.0666666666666668e308, c.meanDifference(), 1e-15, "difference");
  }
}
