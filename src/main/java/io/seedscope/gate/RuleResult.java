package io.seedscope.gate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One rule checked on one group.
 *
 * @param rule the rule name as in gate.yaml ({@code minSeeds}, {@code maxCv}, ...)
 * @param status pass, fail or skipped
 * @param value what was measured (null when it could not be)
 * @param threshold the limit it was compared with
 * @param low low end of the interval behind the value, where the rule has one
 * @param high high end of that interval
 * @param message one human sentence: the numbers and, for skipped rules, why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleResult(
    String rule,
    GroupRef group,
    RuleStatus status,
    Double value,
    Double threshold,
    Double low,
    Double high,
    String message) {

  public RuleResult {
    value = finiteOrNull(value);
    low = finiteOrNull(low);
    high = finiteOrNull(high);
  }

  /** JSON has no NaN or infinity: such values become null and the message explains them. */
  private static Double finiteOrNull(Double v) {
    return v == null || !Double.isFinite(v) ? null : v;
  }
}
