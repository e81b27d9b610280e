package io.seedscope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class UniformIndexTest {

  /** Counts over 7 cells pass a chi-square goodness-of-fit test (fixed seed: deterministic). */
  @Test
  void smallRangeIsUniform() {
    UniformIndex idx = new UniformIndex(RandomSource.XO_RO_SHI_RO_128_PP.create(1L), 7);
    long[] counts = new long[7];
    for (int i = 0; i < 700_000; i++) {
      counts[idx.next()]++;
    }
    double p = ChiSquareTest.withDefaults().test(counts).getPValue();
    assertTrue(p > 1e-3, "chi-square p = " + p);
  }

  /**
   * A range where Lemire's rejection fires for about 30% of the draws: values stay in range, their
   * mean is (n - 1) / 2 within 5 standard errors, and the upper quarter is not starved.
   */
  @Test
  void largeRangeWithFrequentRejection() {
    int n = 1_500_000_001;
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(2L);
    UniformIndex idx = new UniformIndex(rng, n);
    int draws = 200_000;
    double sum = 0;
    int upper = 0;
    for (int i = 0; i < draws; i++) {
      int v = idx.next();
      assertTrue(v >= 0 && v < n);
      sum += v;
      upper += v >= 0.75 * n ? 1 : 0;
    }
    double sd = n / Math.sqrt(12.0 * draws);
    assertEquals((n - 1) / 2.0, sum / draws, 5 * sd);
    assertEquals(0.25, upper / (double) draws, 5 * Math.sqrt(0.25 * 0.75 / draws));
  }
}
