package io.seedscope.sensitivity.anova;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedNoiseTest {

  @Test
  void withinOverTotalByHand() {
    // Groups {1,3}, {5}, {2,4,6}: grand mean 3.5; within SS = 2 + 0 + 8 = 10;
    // total SS = 6.25 + 0.25 + 2.25 + 2.25 + 0.25 + 6.25 = 17.5; share = 10 / 17.5 = 4/7.
    SeedNoise s =
        SeedNoise.of(List.of(new double[] {1, 3}, new double[] {5}, new double[] {2, 4, 6}));
    assertEquals(4.0 / 7, s.fraction(), 1e-15);
    assertEquals(10, s.withinSumSq(), 1e-15);
    assertEquals(17.5, s.totalSumSq(), 1e-15);
    assertEquals(3, s.withinDf());
    assertEquals(3, s.configurations());
    assertEquals(2, s.replicatedConfigurations());
    assertEquals(6, s.observations());
  }

  @Test
  void edgeCases() {
    assertNull(SeedNoise.of(List.of(new double[] {2, 2}, new double[] {2})).fraction());
    assertEquals(
        1.0, SeedNoise.of(List.of(new double[] {1, 3}, new double[] {3, 1})).fraction(), 1e-15);
    assertEquals(
        0.0, SeedNoise.of(List.of(new double[] {1, 1}, new double[] {3, 3})).fraction(), 1e-15);
    assertThrows(
        IllegalArgumentException.class,
        () -> SeedNoise.of(List.of(new double[] {1}, new double[] {2})));
    assertThrows(
        IllegalArgumentException.class, () -> SeedNoise.of(List.of(new double[] {1, Double.NaN})));
  }
}
