package io.seedscope.stats;

/**
 * A confidence interval. {@code low}/{@code high} are {@code null} when the interval is undefined
 * (fewer than two values, or a bootstrap whose BCa levels cannot be computed), never NaN, so that
 * the record always serializes to valid JSON.
 *
 * @param method {@code t}, {@code percentile} or {@code bca}
 * @param level confidence level, e.g. 0.95
 */
public record Interval(Double low, Double high, String method, double level) {

  /** An interval with no endpoints. */
  public static Interval undefined(String method, double level) {
    return new Interval(null, null, method, level);
  }

  /** Endpoints that are not both finite become an undefined interval. */
  public static Interval of(double low, double high, String method, double level) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return undefined(method, level);
    }
    return new Interval(low, high, method, level);
  }

  /** True when both endpoints exist. */
  public boolean defined() {
    return low != null && high != null;
  }

  /** {@code high - low}, or NaN when undefined. */
  public double width() {
    return defined() ? high - low : Double.NaN;
  }

  /** True when {@code value} lies in the closed interval. */
  public boolean contains(double value) {
    return defined() && low <= value && value <= high;
  }
}
