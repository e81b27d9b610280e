package io.seedscope.stats;

import java.util.Arrays;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Rank tests with scipy 1.10's default method choices. Commons Statistics computes them, but its
 * {@code AUTO} method picks exact/asymptotic by a different rule, so the method is chosen here.
 */
final class RankTests {

  private RankTests() {}

  /**
   * Mann-Whitney U as {@code scipy.stats.mannwhitneyu(candidate, baseline, method='auto')}: exact
   * when one sample has at most 8 values and no value is tied, otherwise the normal approximation
   * with tie correction and continuity correction. U is the candidate's. When every value is equal
   * p is 1, as scipy's.
   */
  static TestResults.MannWhitney mannWhitney(
      double[] baseline, double[] candidate, Alternative alt) {
    if (Summary.constant(candidate) && Summary.constant(baseline) && candidate[0] == baseline[0]) {
      // The tie-corrected variance is 0 and scipy's continuity correction puts z at -infinity, so
      // scipy gives p = 1 for every alternative (Commons gives NaN): equal values show no shift.
      return new TestResults.MannWhitney(
          (double) candidate.length * baseline.length / 2, 1.0, "asymptotic");
    }
    boolean exact =
        (candidate.length <= 8 || baseline.length <= 8) && !hasTies(candidate, baseline);
    MannWhitneyUTest test =
        MannWhitneyUTest.withDefaults()
            .with(alt.commons())
            .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
            .with(ContinuityCorrection.ENABLED);
    MannWhitneyUTest.Result r = test.test(candidate, baseline);
    return new TestResults.MannWhitney(
        r.getStatistic(), Summary.box(r.getPValue()), exact ? "exact" : "asymptotic");
  }

  /**
   * Wilcoxon signed-rank test of {@code candidate - baseline} with scipy's defaults
   * (zero_method='wilcox': zero differences dropped; no continuity correction): exact when there
   * are at most 50 pairs and no zero difference, normal approximation with tie correction
   * otherwise. Unlike scipy 1.10, tied |differences| also switch to the normal approximation (scipy
   * 1.10 truncates the tied rank sum and uses the untied exact distribution; later scipy versions
   * stop doing that).
   */
  static TestResults.Wilcoxon wilcoxon(double[] baseline, double[] candidate, Alternative alt) {
    int n = candidate.length;
    double[] d = new double[n];
    boolean zeros = false;
    for (int i = 0; i < n; i++) {
      d[i] = candidate[i] - baseline[i];
      zeros |= d[i] == 0;
    }
    // scipy's zero_method='wilcox' ranks only the non-zero differences.
    double[] nonZero = Arrays.stream(d).filter(v -> v != 0).toArray();
    double[] abs = Arrays.stream(nonZero).map(Math::abs).toArray();
    if (abs.length == 0) {
      return new TestResults.Wilcoxon(null, null, "undefined");
    }
    boolean exact = n <= 50 && !zeros && !hasTies(abs);
    WilcoxonSignedRankTest test =
        WilcoxonSignedRankTest.withDefaults()
            .with(alt.commons())
            .with(exact ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
            .with(ContinuityCorrection.DISABLED);
    WilcoxonSignedRankTest.Result r = test.test(nonZero);
    double wPlus = r.getStatistic();
    int m = abs.length;
    double w = alt == Alternative.TWO_SIDED ? Math.min(wPlus, m * (m + 1) / 2.0 - wPlus) : wPlus;
    return new TestResults.Wilcoxon(w, Summary.box(r.getPValue()), exact ? "exact" : "asymptotic");
  }

  static boolean hasTies(double[]... samples) {
    int n = 0;
    for (double[] s : samples) {
      n += s.length;
    }
    double[] all = new double[n];
    int k = 0;
    for (double[] s : samples) {
      System.arraycopy(s, 0, all, k, s.length);
      k += s.length;
    }
    Arrays.sort(all);
    for (int i = 1; i < n; i++) {
      if (all[i] == all[i - 1]) {
        return true;
      }
    }
    return false;
  }
}
