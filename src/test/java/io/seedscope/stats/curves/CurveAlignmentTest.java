package io.seedscope.stats.curves;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.stats.multitask.BootstrapOptions;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class CurveAlignmentTest {

  static Curve line(long... steps) {
    double[] v = new double[steps.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = 3 + 0.5 * steps[i];
    }
    return new Curve(steps, v);
  }

  @Test
  void interpolationIsExactOnLinesAndNeverExtrapolates() {
    Curve a = line(10, 20, 50);
    Curve b = line(0, 35);
    AlignedCurves al = CurveAligner.align(List.of(a, b), new long[] {0, 5, 10, 20, 35, 40, 50, 60});
    double nan = Double.NaN;
    assertArrayEquals(new double[] {nan, nan, 8, 13, 20.5, 23, 28, nan}, al.values()[0], 1e-12);
    assertArrayEquals(new double[] {3, 5.5, 8, 13, 20.5, nan, nan, nan}, al.values()[1], 1e-12);
    assertArrayEquals(new int[] {1, 1, 2, 2, 2, 1, 1, 0}, al.seeds());
    CurveBand mean = CurveBands.mean(al, 0.95);
    assertNull(mean.center().get(7));
    assertNull(mean.low().get(0), "no t interval from one run");
    assertEquals(1, mean.seeds().get(0));
  }

  @Test
  void gridIsTheUnionOfStepsWhenSmall() {
    List<Curve> cs = List.of(line(0, 10, 20), line(5, 10, 30), line(15));
    assertArrayEquals(new long[] {0, 5, 10, 15, 20, 30}, StepGrid.choose(cs));
    assertArrayEquals(
        new long[] {15, 20},
        StepGrid.choose(List.of(line(0, 10, 20), line(15, 30)), 200, StepGrid.Span.COMMON));
    assertArrayEquals(new long[] {0, 10, 20, 30}, StepGrid.choose(cs, 4, StepGrid.Span.ALL));
    assertArrayEquals(new long[] {0, 3, 7, 10}, StepGrid.evenlySpaced(0, 10, 4));
    assertArrayEquals(new long[] {4, 5, 6}, StepGrid.evenlySpaced(4, 6, 10));
    assertThrows(
        InputException.class,
        () -> StepGrid.choose(List.of(line(0, 1), line(5, 6)), 10, StepGrid.Span.COMMON));
  }

  @Test
  void badCurvesAreInputErrorsAndMissingPointsAreDropped() {
    assertThrows(InputException.class, () -> new Curve(new long[] {1, 1}, new double[] {0, 0}));
    assertThrows(
        InputException.class, () -> new Curve(new long[] {1, 2}, new double[] {0, Double.NaN}));
    Curve c = Curve.ofLogged(new long[] {1, 2, 3}, new double[] {4, ResultSet.MISSING, 6});
    assertArrayEquals(new long[] {1, 3}, c.steps());
    assertEquals(5, c.at(2), 1e-15);
  }

  @Test
  void meanBandCoversAtTheNominalRate() {
    // Normal noise: Student's t interval is exact, so coverage must be 0.95 up to binomial error.
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(31L);
    ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
    long[] grid = {0, 50, 100};
    int covered = 0;
    int total = 0;
    for (int rep = 0; rep < 1000; rep++) {
      Curve[] runs = new Curve[4];
      for (int r = 0; r < runs.length; r++) {
        runs[r] = new Curve(grid, new double[] {g.sample(), 1 + g.sample(), 2 + g.sample()});
      }
      CurveBand b = CurveBands.mean(CurveAligner.align(List.of(runs), grid), 0.95);
      for (int k = 0; k < 3; k++) {
        total++;
        covered += b.low().get(k) <= k && k <= b.high().get(k) ? 1 : 0;
      }
    }
    double rate = covered / (double) total;
    assertTrue(rate > 0.93 && rate < 0.97, "coverage " + rate);
  }

  @Test
  void iqmBandIsDeterministicAndSerializes() throws Exception {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
    Curve[] runs = new Curve[7];
    for (int r = 0; r < runs.length; r++) {
      long[] s = {r, 10 + r, 20, 30 - r};
      double[] v = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
      runs[r] = new Curve(s, v);
    }
    AlignedCurves a = CurveAligner.align(List.of(runs), StepGrid.choose(List.of(runs)));
    BootstrapOptions o = new BootstrapOptions(1234, 0.9, 8L, 1);
    CurveBand b = CurveBands.iqm(a, o);
    assertEquals(b, CurveBands.iqm(a, o.withThreads(4)));
    JsonNode json = new ObjectMapper().valueToTree(b);
    assertEquals("iqm", json.get("statistic").asText());
    assertEquals(a.points(), json.get("steps").size());
    assertEquals(1, json.get("seeds").get(0).asInt());
  }
}
