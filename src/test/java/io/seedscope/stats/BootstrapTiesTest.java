package io.seedscope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * BCa bias correction on the ideal bootstrap (all resamples) where rounding decides ties.
 * Reference: src/test/resources/stats/reference/bca_ties.py (scipy 1.10.1, numpy 1.24.2), which
 * classifies each resample against the estimate in exact rational arithmetic (fractions.Fraction)
 * and otherwise follows scipy's {@code _bca_interval}; its output is bca_ties.txt beside it.
 */
class BootstrapTiesTest {

  /** The reviewer's sample: exact ties move z0 (0.069 by float comparison, 0.088 exact). */
  private static final double[] X1 = {
    101.13638390967068, 108.49138512283936, 104.49886776140588, 133.1536811039586
  };

  /** A sample where the float comparison also moves the endpoints (by 1.6% of the width). */
  private static final double[] X2 = {
    112.39174371780504, 111.60049525590325, 116.55761960405877, 99.03234867517625
  };

  /** With X2 as the candidate, the float comparison moves the high end by 0.6% of the width. */
  private static final double[] B = {91.5617118591662, 94.8754561794046, 97.1320621842471};

  @Test
  void permutationsOfTheDataAreTiesForTheMean() {
    // bca_ties.py: 125 of 256 below and 24 equal -> z0 0.08823801944992446
    assertEquals(
        0.08823801944992446,
        BootstrapIntervals.biasCorrection(
            BootstrapIntervalsTest.idealReplicates(X1),
            MeanBootstrap.mean(X1),
            BootstrapIntervals.TIE_TOLERANCE * MeanBootstrap.mean(X1)),
        1e-14);
    Interval bca1 =
        BootstrapIntervals.bcaOfMean(X1, BootstrapIntervalsTest.idealReplicates(X1), 0.95);
    Reference.assertRel(103.65824679847208, bca1.low(), 1e-12, "low");
    Reference.assertRel(126.98810710867879, bca1.high(), 1e-12, "high");
    // bca_ties.py: 111 below, 24 equal (12 by float comparison)
    Interval bca2 =
        BootstrapIntervals.bcaOfMean(X2, BootstrapIntervalsTest.idealReplicates(X2), 0.95);
    Reference.assertRel(102.174385320358, bca2.low(), 1e-12, "low");
    Reference.assertRel(114.4746816609319, bca2.high(), 1e-12, "high");
  }

  @Test
  void permutationsOfBothSamplesAreTiesForTheDifference() {
    // bca_ties.py: 3246 of 6912 below, 144 equal (24 x 6 permutations; 48 by float comparison)
    Interval bca =
        BootstrapIntervals.bcaOfMeanDifference(B, X2, idealDifferenceReplicates(B, X2), 0.95);
    Reference.assertRel(6.546727139339239, bca.low(), 1e-12, "low");
    Reference.assertRel(20.795261776080594, bca.high(), 1e-12, "high");
    assertEquals("bca", bca.method());
  }

  /** Every pair of resamples, each mean a running sum in draw order as MeanBootstrap does. */
  private static double[] idealDifferenceReplicates(double[] baseline, double[] candidate) {
    double[] c = BootstrapIntervalsTest.idealReplicates(candidate);
    double[] b = BootstrapIntervalsTest.idealReplicates(baseline);
    double[] reps = new double[c.length * b.length];
    int k = 0;
    for (double vc : c) {
      for (double vb : b) {
        reps[k++] = vc - vb;
      }
    }
    return reps;
  }
}
