package io.seedscope.sensitivity.space;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Canonical text of sampled values. Sampled values become part of run ids, so the text must be
 * short and identical on every JVM: floats are rounded half-even to {@link #SIGNIFICANT_DIGITS}
 * significant digits from their exact binary value (via {@link BigDecimal}, not {@code
 * Double.toString}, whose output changed in JDK 19), trailing zeros are removed, and the number is
 * written in plain notation when its decimal exponent is in [-4, 6] ({@code 0.0003}, {@code 12.5},
 * {@code 1}) and as {@code 1.5e-5} / {@code 2e7} otherwise. Integers are written as {@link
 * Long#toString(long)}.
 */
public final class ValueFormat {

  /** Significant digits kept in sampled float values. */
  public static final int SIGNIFICANT_DIGITS = 6;

  private static final MathContext ROUND =
      new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);

  private ValueFormat() {}

  /** A float rounded to {@link #SIGNIFICANT_DIGITS} significant digits, as a double. */
  public static double round(double x) {
    if (x == 0 || !Double.isFinite(x)) {
      return x == 0 ? 0.0 : x;
    }
    return new BigDecimal(x).round(ROUND).doubleValue();
  }

  /** Canonical text of a float: rounded to {@link #SIGNIFICANT_DIGITS} significant digits. */
  public static String formatFloat(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("not a finite number: " + x);
    }
    if (x == 0) {
      return "0";
    }
    return layout(new BigDecimal(x).round(ROUND));
  }

  /**
   * Canonical text of a number the user wrote (a category value, a default): the shortest decimal
   * that reads back as the same double, laid out like {@link #formatFloat}.
   */
  public static String formatExact(double x) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("not a finite number: " + x);
    }
    if (x == 0) {
      return "0";
    }
    return layout(new BigDecimal(Double.toString(x)));
  }

  public static String formatInt(long x) {
    return Long.toString(x);
  }

  private static String layout(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.signum() == 0) {
      return "0";
    }
    int exponent = v.precision() - v.scale() - 1;
    if (exponent >= -4 && exponent <= 6) {
      return v.toPlainString();
    }
    String digits = v.unscaledValue().abs().toString();
    StringBuilder sb = new StringBuilder();
    if (v.signum() < 0) {
      sb.append('-');
    }
    sb.append(digits.charAt(0));
    if (digits.length() > 1) {
      sb.append('.').append(digits, 1, digits.length());
    }
    return sb.append('e').append(exponent).toString();
  }
}
