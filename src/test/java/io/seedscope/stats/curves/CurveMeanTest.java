package io.seedscope.stats.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurveMeanTest {
  @Test
  void repeatsAreAveragedAtEveryLoggedStepOverTheRepeatsThatCoverIt() {
    Curve a = new Curve(new long[] {0, 10, 20}, new double[] {1, 2, 3});
    Curve b = new Curve(new long[] {0, 20, 30}, new double[] {3, 5, 7});
    Curve m = Curve.mean(List.of(a, b));
    assertArrayEquals(new long[] {0, 10, 20, 30}, m.steps());
    // step 10: b interpolated to 4; step 30: only b reaches it (no extrapolation of a)
    assertArrayEquals(new double[] {2, 3, 4, 7}, m.values(), 0);
  }

  @Test
  void repeatsThatAgreeGiveExactlyTheirCurve() {
    Curve a = new Curve(new long[] {0, 10}, new double[] {0.1, 0.7});
    Curve m = Curve.mean(List.of(a, a, a));
    assertArrayEquals(a.values(), m.values(), 0); // a plain (0.1 + 0.1 + 0.1) / 3 is not 0.1
  }

  @Test
  void oneCurveIsItsOwnMean() {
    Curve a = new Curve(new long[] {0, 10}, new double[] {1, 2});
    assertSame(a, Curve.mean(List.of(a)));
  }
}
