package io.seedscope.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;

/** Values from src/test/resources/claim/reference/claim_reference.py (scipy 1.10.1). */
class ClaimMathTest {

  /** Commons Statistics inverts the t CDF numerically to about 1e-10 relative. */
  static final double Q = 1e-9;

  static ClaimMath.Welch welch(double m1, double s1, int n1, double m2, double s2, int n2) {
    return ClaimMath.welch(m1, s1 / Math.sqrt(n1), n1 - 1, m2, s2 / Math.sqrt(n2), n2 - 1);
  }

  @Test
  void welchFromSummaryMatchesScipyTtestIndFromStats() {
    ClaimMath.Welch w = welch(1420, 180, 10, 1500, 200, 5);
    assertEquals(-0.754582677904545, w.t(), 1e-13);
    assertEquals(0.4739491920395792, w.p(), 1e-13);
    assertEquals(7.359586168328828, w.df(), 1e-12);
    // Dopamine pong DQN vs Rainbow (also in /work/shared/reference/scipy-rliable-values.md)
    w = welch(16.609718258565177, 2.2085582005102404, 5, 20.179506650803557, 0.2906794380221398, 5);
    assertEquals(-3.5833505721730474, w.t(), 1e-12);
    assertEquals(0.02180915294990705, w.p(), 1e-12);
    assertEquals(4.1385385427238575, w.df(), 1e-12);
    w = welch(3, 1, 3, 2.5, 4, 40);
    assertEquals(0.5838742081211422, w.t(), 1e-13);
    assertEquals(0.5736228829368366, w.p(), 1e-13);
  }

  @Test
  void welchAgreesWithCommonsTTest() {
    TTest.Result r =
        TTest.withDefaults()
            .with(DataDispersion.HETEROSCEDASTIC)
            .test(1420, 180 * 180, 10, 1500, 200 * 200, 5);
    ClaimMath.Welch w = welch(1420, 180, 10, 1500, 200, 5);
    assertEquals(r.getStatistic(), w.t(), 1e-13);
    assertEquals(r.getDegreesOfFreedom(), w.df(), 1e-12);
    assertEquals(r.getPValue(), w.p(), 1e-13);
  }

  @Test
  void welchWithAKnownStandardErrorDropsItsDfTerm() {
    ClaimMath.Welch w =
        ClaimMath.welch(1420, 180 / Math.sqrt(10), 9, 1500, 40, Double.POSITIVE_INFINITY);
    assertEquals(-1.1499191491521379, w.t(), 1e-13);
    assertEquals(20.083676268861453, w.df(), 1e-11);
    assertEquals(0.2636865511755574, w.p(), 1e-12);
  }

  @Test
  void intervalsMatchScipy() {
    ClaimMath.Welch w = welch(1420, 180, 10, 1500, 200, 5);
    ClaimMath.Interval ci90 = ClaimMath.interval(w, 0.90);
    ClaimMath.Interval ci95 = ClaimMath.interval(w, 0.95);
    assertEquals(-279.3943472470316, ci90.low(), 1e-9 * 300);
    assertEquals(119.3943472470315, ci90.high(), 1e-9 * 300);
    assertEquals(-328.2329634162903, ci95.low(), 1e-9 * 300);
    assertEquals(168.2329634162903, ci95.high(), 1e-9 * 300);
    w = welch(16.609718258565177, 2.2085582005102404, 5, 20.179506650803557, 0.2906794380221398, 5);
    ci90 = ClaimMath.interval(w, 0.90);
    assertEquals(-5.673303550000377, ci90.low(), Q * 6);
    assertEquals(-1.4662732344763834, ci90.high(), Q * 6);
  }

  @Test
  void tostMatchesTwoOneSidedScipyTests() {
    ClaimMath.Welch w = welch(1420, 180, 10, 1500, 200, 5);
    assertEquals(0.264601998347589, ClaimMath.tost(w, 150), 1e-12);
    assertEquals(0.42773386087430965, ClaimMath.tost(w, 100), 1e-12);
    w = welch(16.609718258565177, 2.2085582005102404, 5, 20.179506650803557, 0.2906794380221398, 5);
    assertEquals(3.744627112220983e-09, ClaimMath.tost(w, 150), 1e-18);
    assertEquals(0.9040330256544673, ClaimMath.tost(w, 2.0179506650803556), 1e-12);
    w = welch(3, 1, 3, 2.5, 4, 40);
    assertEquals(0.6115290440032859, ClaimMath.tost(w, 0.25), 1e-12);
    assertEquals(0.056849765210159525, ClaimMath.tost(w, 2.0), 1e-12);
  }

  @Test
  void tostAtFivePercentIsTheNinetyPercentIntervalRule() {
    ClaimMath.Welch w = welch(3, 1, 3, 2.5, 4, 40);
    // the 90% interval's far end is 2.069500131063644: a margin just above it gives p < 0.05
    assertEquals(true, ClaimMath.tost(w, 2.0695002) < 0.05);
    assertEquals(true, ClaimMath.tost(w, 2.0695000) > 0.05);
  }

  @Test
  void exactlyKnownMeans() {
    ClaimMath.Welch w = ClaimMath.welch(2, 0, 4, 1, 0, 4);
    assertEquals(0.0, w.p());
    assertEquals(0.0, ClaimMath.tost(w, 1.5));
    assertEquals(1.0, ClaimMath.tost(w, 0.5));
  }

  /**
   * Reproduced values 1e80 x [1, 3, 2] against 'mean = 3e80, std = 1e80, n = 3' (and at 1e160,
   * 1e-160): the Welch df had (v1 + v2)^2 = 1e319. Reference: scipy ttest_ind_from_stats on the
   * data divided by its scale, src/test/resources/stats/reference/scale_invariance.py (t =
   * -1.224744871391589, p = 0.2878641347266908, df = 4.0).
   */
  @Test
  void hugeAndTinyValuesGiveScaleFreeTests() {
    for (double s : new double[] {1e80, 1e160, 1e-160}) {
      Claim claim = ClaimParser.parse("mean=" + 3 * s + ",std=" + s + ",n=3");
      ClaimResult r =
          ClaimChecker.check(claim, new double[] {s, 3 * s, 2 * s}, Margin.parse("0.5sd"));
      assertEquals(-1.224744871391589, r.welch().t(), 1e-12, "t " + s);
      assertEquals(4.0, r.welch().df(), 1e-12, "df " + s);
      assertEquals(0.2878641347266908, r.welch().p(), 1e-12, "p " + s);
      assertEquals(1.0, r.observed().std() / s, 1e-12, "sd " + s);
    }
  }
}
