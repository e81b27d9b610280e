package io.seedscope.stats;

import java.util.List;

/**
 * Candidate versus baseline on one task and configuration. Differences are candidate minus
 * baseline; {@code hedgesG}/{@code cliffsDelta} are positive when the candidate's values are
 * larger, and only {@code probabilityOfImprovement} follows the goal (for minimize it is P(C &lt;
 * B) + 0.5 P(C = B)). {@code baseline}, {@code candidate} and {@code task} are labels filled by the
 * caller with {@link #withLabels}; {@code pHolm} by {@link Comparisons#adjustHolm}. Undefined
 * values (too few seeds, zero variance) are null.
 *
 * @param welch Welch's unequal-variance t-test (always computed, also in paired mode)
 * @param mannWhitney Mann-Whitney U (always computed)
 * @param permutation permutation test of the mean difference (sign-flip in paired mode)
 * @param pairedT paired t-test, only in paired mode (null otherwise)
 * @param wilcoxon Wilcoxon signed-rank test, only in paired mode (null otherwise)
 * @param pHolm Holm-adjusted {@link #primaryP()} across the comparisons of one report
 */
public record TwoSampleComparison(
    String baseline,
    String candidate,
    String task,
    boolean paired,
    String goal,
    String alternative,
    int nBaseline,
    int nCandidate,
    Double meanDifference,
    Interval meanDifferenceCi,
    TestResults.TTest welch,
    TestResults.MannWhitney mannWhitney,
    TestResults.Permutation permutation,
    TestResults.ProbabilityOfImprovement probabilityOfImprovement,
    Double hedgesG,
    Double cliffsDelta,
    TestResults.TTest pairedT,
    TestResults.Wilcoxon wilcoxon,
    Double pHolm,
    List<String> warnings) {

  public TwoSampleComparison {
    warnings = List.copyOf(warnings);
  }

  /**
   * The p-value that multiple-comparison adjustment uses: the paired t-test in paired mode, Welch's
   * t-test otherwise (the test Colas et al. 2019 found to keep its false-positive rate across RL
   * return distributions); null when undefined.
   */
  public Double primaryP() {
    TestResults.TTest t = paired ? pairedT : welch;
    return t == null ? null : t.p();
  }

  public TwoSampleComparison withLabels(
      String baselineLabel, String candidateLabel, String taskLabel) {
    return new TwoSampleComparison(
        baselineLabel,
        candidateLabel,
        taskLabel,
        paired,
        goal,
        alternative,
        nBaseline,
        nCandidate,
        meanDifference,
        meanDifferenceCi,
        welch,
        mannWhitney,
        permutation,
        probabilityOfImprovement,
        hedgesG,
        cliffsDelta,
        pairedT,
        wilcoxon,
        pHolm,
        warnings);
  }

  public TwoSampleComparison withPHolm(Double p) {
    return new TwoSampleComparison(
        baseline,
        candidate,
        task,
        paired,
        goal,
        alternative,
        nBaseline,
        nCandidate,
        meanDifference,
        meanDifferenceCi,
        welch,
        mannWhitney,
        permutation,
        probabilityOfImprovement,
        hedgesG,
        cliffsDelta,
        pairedT,
        wilcoxon,
        p,
        warnings);
  }
}
