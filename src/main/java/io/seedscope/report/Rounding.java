package io.seedscope.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds numbers for display so that the digits shown match the uncertainty. An estimate with an
 * interval is rounded to the decimal place of the second significant digit of the interval's
 * half-width, and so are the interval's ends (the "two significant digits of the uncertainty"
 * convention of the GUM / JCGM 100:2008 §7.2.6 and of the Particle Data Group). Values without an
 * interval get a fixed number of significant digits. Rounding is half-up on the shortest decimal
 * representation of the double ({@link Double#toString}), so 2.675 shows as 2.68 as a reader
 * expects. Output never uses exponent notation and never shows "-0".
 */
public final class Rounding {
  /** Shown for NaN: "not available". */
  public static final String MISSING = "\u2013";

  private Rounding() {}

  /**
   * Number of decimals that keeps the second significant digit of {@code halfWidth}; negative means
   * rounding to tens, hundreds, .... Returns {@code Integer.MIN_VALUE} when the half-width is not a
   * positive finite number (no interval to follow).
   */
  public static int decimalsFor(double halfWidth) {
    if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) {
      return Integer.MIN_VALUE;
    }
    return 1 - exponent(halfWidth);
  }

  /** {@code value} rounded to {@code decimals} places (negative: to 10^-decimals). */
  public static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return MISSING;
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "\u221e" : "\u2212\u221e";
    }
    BigDecimal r = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (r.signum() == 0) {
      r = r.abs();
    }
    if (decimals < 0) {
      return r.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }
    return r.toPlainString();
  }

  /** {@code value} with {@code digits} significant digits, e.g. sig(0.012345, 2) = "0.012". */
  public static String sig(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value) || value == 0) {
      return fixed(value, Math.max(0, digits - 1));
    }
    int decimals = digits - 1 - exponent(value);
    BigDecimal r = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    // Compared as decimals: 1.7954e308 rounds to 1.80e308, beyond the largest double.
    if (r.signum() != 0 && exponent(r) > exponent(value)) {
      // 9.996 -> 10.00 gained a digit; drop one so "digits" stays true.
      decimals--;
    }
    return fixed(value, decimals);
  }

  /** {@code value} rounded like an interval of this half-width (3 significant digits if none). */
  public static String withHalfWidth(double value, double halfWidth) {
    int d = decimalsFor(halfWidth);
    return d == Integer.MIN_VALUE ? sig(value, 3) : fixed(value, d);
  }

  /** The three parts of a rounded estimate with interval. */
  public record Interval(String point, String low, String high) {
    /** As {@code "12.3 [11.2, 13.5]"}. */
    @Override
    public String toString() {
      return point + " [" + low + ", " + high + "]";
    }

    /** As {@code "[11.2, 13.5]"}. */
    public String bracket() {
      return "[" + low + ", " + high + "]";
    }
  }

  /** Rounds estimate and interval ends to the half-width's second significant digit. */
  public static Interval interval(double point, double low, double high) {
    int d = decimalsFor((high - low) / 2);
    if (d == Integer.MIN_VALUE) {
      return new Interval(sig(point, 3), sig(low, 3), sig(high, 3));
    }
    return new Interval(fixed(point, d), fixed(low, d), fixed(high, d));
  }

  /** Whole numbers (counts such as seeds) as integers, anything else to {@code digits}. */
  public static String sigOrInteger(double value, int digits) {
    return value == Math.rint(value) && Math.abs(value) < 1e9
        ? Long.toString((long) value)
        : sig(value, digits);
  }

  /** A fraction 0..1 as a percentage with two significant digits, e.g. 0.0123 -> "1.2%". */
  public static String percent(double fraction) {
    if (Double.isNaN(fraction)) {
      return MISSING;
    }
    double p = fraction * 100;
    if (Math.abs(p) >= 10) {
      return fixed(p, 0) + "%";
    }
    return sig(p, 2) + "%";
  }

  /**
   * A number as the user would write it: at most {@code 6} significant digits, no trailing zeros
   * (0.02 -> "0.02", 50.0 -> "50"). For thresholds and settings, which are not estimates.
   */
  public static String plain(double value) {
    if (!Double.isFinite(value)) {
      return fixed(value, 0);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(value).round(new java.math.MathContext(6, RoundingMode.HALF_UP));
    return b.stripTrailingZeros().toPlainString();
  }

  /** Decimal exponent of |x|: 1.15 -> 0, 0.0123 -> -2, 950 -> 2 (x finite and non-zero). */
  static int exponent(double x) {
    return exponent(BigDecimal.valueOf(x));
  }

  private static int exponent(BigDecimal x) {
    BigDecimal b = x.abs().stripTrailingZeros();
    return b.precision() - b.scale() - 1;
  }
}
