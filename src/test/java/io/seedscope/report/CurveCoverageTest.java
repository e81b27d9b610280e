package io.seedscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where runs end at different steps, the mean and band stop where half of the seeds stopped. */
class CurveCoverageTest {
  @Test
  void meanAndBandAreDrawnWhereHalfOfTheSeedsReachedTheStep() {
    List<Double> v = List.of(1.0, 2.0, 3.0, 4.0, 5.0);
    assertEquals(
        List.of(1.0, 2.0, 3.0, Double.NaN, Double.NaN),
        ReportBuilder.covered(v, List.of(10, 10, 5, 4, 1)));
    // Odd counts round up: 9 seeds need 5.
    assertEquals(
        List.of(1.0, 2.0, Double.NaN, Double.NaN, Double.NaN),
        ReportBuilder.covered(v, List.of(9, 5, 4, 2, 1)));
    // One seed: its curve is the mean.
    assertEquals(v, ReportBuilder.covered(v, List.of(1, 1, 1, 1, 1)));
  }
}
