package io.seedscope.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.Goal;
import org.junit.jupiter.api.Test;

/**
 * Warnings about p-values a test cannot reach, and Mann-Whitney on all-equal values. Reference
 * values from scipy 1.10.1: {@code mannwhitneyu([6,6,6], [5,5,5]).pvalue = 0.04685417760387376}
 * ('greater': 0.02342708880193688); {@code mannwhitneyu([2,2], [2,2,2])} U = 3, p = 1.0 for every
 * alternative; {@code permutation_test} of the mean difference of [6,6,6] vs [5,5,5]: p = 0.1.
 */
class ComparisonWarningsTest {

  private static TwoSampleComparison run(double[] b, double[] c, Alternative alt, boolean paired) {
    return Comparisons.compare(
        b,
        c,
        Goal.MAXIMIZE,
        ComparisonOptions.defaults(5).withAlternative(alt).withPaired(paired).withResamples(500));
  }

  private static String warnings(TwoSampleComparison r) {
    return String.join("\n", r.warnings());
  }

  @Test
  void threeAgainstThreeCannotBeSignificantAndAlphaIsRounded() {
    TwoSampleComparison r =
        run(new double[] {1, 2, 3}, new double[] {4, 5, 6}, Alternative.TWO_SIDED, false);
    assertEquals(0.1, r.mannWhitney().p(), 1e-12);
    assertTrue(
        r.warnings()
            .contains(
                "Mann-Whitney (smallest possible two-sided p = 0.1) and the permutation test"
                    + " (smallest possible two-sided p = 0.1) cannot reach p < 0.05 with 3 and 3"
                    + " seeds: a non-significant result from them means nothing"),
        warnings(r));
    TwoSampleComparison greater =
        run(new double[] {1, 2, 3}, new double[] {4, 5, 6}, Alternative.GREATER, false);
    assertTrue(warnings(greater).contains("one-sided p = 0.05)"), warnings(greater));
  }

  @Test
  void tiedValuesLetTheAsymptoticMannWhitneyGoBelowTheExactBound() {
    TwoSampleComparison r =
        run(new double[] {5, 5, 5}, new double[] {6, 6, 6}, Alternative.TWO_SIDED, false);
    assertEquals(0.04685417760387376, r.mannWhitney().p(), 1e-12);
    assertEquals("asymptotic", r.mannWhitney().method());
    assertEquals(0.1, r.permutation().p(), 1e-12);
    String all = warnings(r);
    assertFalse(all.contains("Mann-Whitney"), all);
    assertTrue(
        all.contains(
            "the permutation test (smallest possible two-sided p = 0.1) cannot reach p < 0.05"
                + " with 3 and 3 seeds: a non-significant result from it means nothing"),
        all);
    TwoSampleComparison greater =
        run(new double[] {5, 5, 5}, new double[] {6, 6, 6}, Alternative.GREATER, false);
    assertEquals(0.02342708880193688, greater.mannWhitney().p(), 1e-12);
  }

  @Test
  void allEqualValuesGiveMannWhitneyPOne() {
    for (Alternative alt : Alternative.values()) {
      TwoSampleComparison r = run(new double[] {2, 2, 2}, new double[] {2, 2}, alt, false);
      assertEquals(3.0, r.mannWhitney().u());
      assertEquals(1.0, r.mannWhitney().p(), alt.label());
      assertTrue(warnings(r).contains("Mann-Whitney (smallest possible"), warnings(r));
    }
  }

  @Test
  void wilcoxonBoundFollowsItsMethod() {
    // Distinct |differences|: exact, 2 / 2^4 = 0.125 (scipy wilcoxon([1,2,3,4]) p = 0.125).
    TwoSampleComparison exact =
        run(new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 4}, Alternative.TWO_SIDED, true);
    assertTrue(
        warnings(exact)
            .contains("the Wilcoxon signed-rank test (smallest possible two-sided p" + " = 0.125)"),
        warnings(exact));
    // Equal |differences|: normal approximation with tie correction, z = 5 / 2.5 = 2, p =
    // 2 * norm.sf(2) = 0.0455 < 0.05, so no Wilcoxon warning.
    TwoSampleComparison tied =
        run(new double[] {0, 0, 0, 0}, new double[] {1, 1, 1, 1}, Alternative.TWO_SIDED, true);
    assertEquals(0.04550026389635839, tied.wilcoxon().p(), 1e-12);
    assertFalse(warnings(tied).contains("Wilcoxon"), warnings(tied));
  }
}
