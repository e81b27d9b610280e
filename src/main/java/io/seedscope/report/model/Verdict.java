package io.seedscope.report.model;

/**
 * Section 1: whether one implementation on one task is stable across seeds, and the one number that
 * decided it. The rule is written by the analysis (the report does not judge).
 *
 * @param implementation implementation label
 * @param task task label ({@code "default"} when the data names none)
 * @param outcome stable, unstable or inconclusive
 * @param rule the rule in words, e.g. {@code "stable if the 95% CI half-width of the IQM is <= 5%
 *     of |IQM|"}
 * @param decidingName the name of the deciding number, e.g. {@code "relative CI half-width"}
 * @param decidingValue the deciding number
 * @param threshold the threshold it was compared with (NaN when the rule has none)
 */
public record Verdict(
    String implementation,
    String task,
    Outcome outcome,
    String rule,
    String decidingName,
    double decidingValue,
    double threshold) {

  /** The three possible verdicts. */
  public enum Outcome {
    STABLE,
    UNSTABLE,
    /** Too few usable runs to decide. */
    INCONCLUSIVE
  }
}
