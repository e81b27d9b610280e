package io.seedscope.claim;

/**
 * One claim tested against the reproduced runs. Numbers that do not exist (a standard deviation of
 * one run, a t of two exact means) are null.
 *
 * @param source the user's label of the claim, or where it was written
 * @param claimed what the paper says
 * @param observed what the reproduction gave (one value per seed); null when no run has a value
 * @param difference observed mean − claimed mean; null when no run has a value
 * @param ci90 90% Welch interval of the difference (the REPRODUCED test)
 * @param ci95 95% Welch interval of the difference (the NOT_REPRODUCED test)
 * @param welch Welch's two-sided test of no difference
 * @param tost two one-sided tests of equivalence within the margin
 * @param seedsToSettle more reproduction seeds that would settle an INCONCLUSIVE verdict if the
 *     observed mean and sd held; 0 when settled, null when more seeds cannot settle it
 * @param message one sentence explaining the verdict
 */
public record ClaimResult(
    String implementation,
    String task,
    String metric,
    String source,
    Summary claimed,
    Summary observed,
    Double difference,
    Range ci90,
    Range ci95,
    Test welch,
    Tost tost,
    Verdict verdict,
    Integer seedsToSettle,
    String message) {

  /** Mean, standard deviation, seed count and standard error of one side. */
  public record Summary(double mean, Double std, Integer n, Double se) {}

  /** A closed interval. */
  public record Range(double low, double high) {}

  /** Welch t, degrees of freedom (null when infinite or undefined) and p. */
  public record Test(Double t, Double df, double p) {}

  /** TOST p and the absolute margin it used, with the margin as written. */
  public record Tost(double p, double margin, String marginSpec) {}

  static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
