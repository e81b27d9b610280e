package io.seedscope.ingest;

import io.seedscope.model.ResultSet;
import java.nio.charset.StandardCharsets;

/**
 * Number parsing straight from the bytes of a file, without a String per cell.
 *
 * <p>Decimal text with at most 18 significant digits whose value is {@code m * 10^e} with {@code m
 * < 2^53} and {@code |e| <= 22} is converted by Clinger's fast path (W. D. Clinger, "How to read
 * floating point numbers accurately", PLDI 1990): both {@code m} and {@code 10^|e|} are exact
 * doubles, so one multiplication or division rounds correctly. Everything else that is
 * syntactically a decimal number goes to {@link Double#parseDouble}, which is also correctly
 * rounded, so the result always equals {@code Double.parseDouble(text)}. The syntax is checked here
 * first because {@code parseDouble} alone would accept Java-only forms such as {@code 1d} or hex
 * floats.
 *
 * <p>Accepted non-finite spellings (any case, optional sign): {@code nan}, {@code inf}, {@code
 * infinity}. Missing-value spellings (return {@link ResultSet#MISSING}): the empty cell, {@code
 * NA}, {@code N/A}, {@code null}, {@code None}.
 */
final class Numbers {

  /** Returned by {@link #parse} for text that is not a number (a NaN payload of its own). */
  static final double NOT_A_NUMBER = Double.longBitsToDouble(0x7ff8bad0bad00000L);

  /** Returned by {@link #parseInteger} for text that is not an integer. */
  static final long NOT_AN_INTEGER = Long.MIN_VALUE;

  private static final double[] POW10 = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private Numbers() {}

  static boolean isNotANumber(double v) {
    return Double.doubleToRawLongBits(v) == 0x7ff8bad0bad00000L;
  }

  /** Parses {@code text}; see the class comment for what is accepted. */
  static double parse(String text) {
    byte[] b = text.strip().getBytes(StandardCharsets.UTF_8);
    return parse(b, 0, b.length);
  }

  /**
   * Parses the bytes {@code [from, to)} (already trimmed): a double, {@link ResultSet#MISSING} or
   * {@link #NOT_A_NUMBER}.
   */
  static double parse(byte[] b, int from, int to) {
    if (from >= to) {
      return ResultSet.MISSING;
    }
    int i = from;
    boolean negative = false;
    byte c = b[i];
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0; // significant digits kept in mantissa
    int dropped = 0; // integer digits beyond 19 (scale the result up)
    int seen = 0; // all digits, to reject "." and "-"
    boolean truncated = false;
    int scale = 0;
    while (i < to && (c = b[i]) >= '0' && c <= '9') {
      seen++;
      if (digits < 18) {
        if (mantissa != 0 || c != '0') {
          mantissa = mantissa * 10 + (c - '0');
          if (mantissa != 0) {
            digits++;
          }
        }
      } else {
        dropped++;
        truncated |= c != '0';
      }
      i++;
    }
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && (c = b[i]) >= '0' && c <= '9') {
        seen++;
        if (digits < 18) {
          mantissa = mantissa * 10 + (c - '0');
          if (mantissa != 0) {
            digits++;
          }
          scale--;
        } else {
          truncated |= c != '0';
        }
        i++;
      }
    }
    if (seen == 0) {
      return words(b, from, to);
    }
    int exponent = 0;
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negExp = false;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        negExp = b[i] == '-';
        i++;
      }
      int expDigits = 0;
      while (i < to && (c = b[i]) >= '0' && c <= '9') {
        if (exponent < 100_000) {
          exponent = exponent * 10 + (c - '0');
        }
        expDigits++;
        i++;
      }
      if (expDigits == 0) {
        return NOT_A_NUMBER;
      }
      exponent = negExp ? -exponent : exponent;
    }
    if (i != to) {
      return NOT_A_NUMBER;
    }
    int e = exponent + scale + dropped;
    if (!truncated && mantissa < (1L << 53)) {
      double m = mantissa;
      if (e == 0) {
        return negative ? -m : m;
      }
      if (e > 0 && e <= 22) {
        return negative ? -(m * POW10[e]) : m * POW10[e];
      }
      if (e < 0 && e >= -22) {
        return negative ? -(m / POW10[-e]) : m / POW10[-e];
      }
    }
    return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
  }

  private static double words(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (b[i] == '-' || b[i] == '+') {
      negative = b[i] == '-';
      i++;
    }
    if (matches(b, i, to, "nan")) {
      return Double.NaN;
    }
    if (matches(b, i, to, "inf") || matches(b, i, to, "infinity")) {
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (i == from
        && (matches(b, i, to, "na")
            || matches(b, i, to, "n/a")
            || matches(b, i, to, "null")
            || matches(b, i, to, "none"))) {
      return ResultSet.MISSING;
    }
    return NOT_A_NUMBER;
  }

  /** Case-insensitive comparison of ASCII bytes with a lower-case word. */
  private static boolean matches(byte[] b, int from, int to, String word) {
    if (to - from != word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if ((b[from + k] | 0x20) != word.charAt(k) && b[from + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An integer such as a seed or a step: digits with an optional sign, anywhere in the range of a
   * {@code long}; also {@code 3.0} or {@code 1e6} when the value is integral and at most 2^53
   * (where a double still holds it exactly). Returns {@link #NOT_AN_INTEGER} when the text is not
   * an integer (a sentinel rather than a boxed null: this runs once per row); {@link #isInteger}
   * tells that from {@code Long.MIN_VALUE} written out.
   */
  static long parseInteger(byte[] b, int from, int to) {
    // Fast path: plain digits with an optional minus sign.
    int i = from;
    boolean negative = false;
    if (i < to && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    if (i < to && to - i <= 18) {
      long v = 0;
      int k = i;
      while (k < to && b[k] >= '0' && b[k] <= '9') {
        v = v * 10 + (b[k] - '0');
        k++;
      }
      if (k == to) {
        return negative ? -v : v;
      }
    }
    if (isDigits(b, i, to)) {
      // 19 digits and more (seeds drawn from the whole long range, leading zeros): exact, which
      // the double below is not beyond 2^53.
      try {
        return Long.parseLong(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
      } catch (NumberFormatException e) {
        return NOT_AN_INTEGER; // outside the long range
      }
    }
    return exactLong(parse(b, from, to));
  }

  /**
   * A whole double as a long when it stands for exactly one (at most 2^53 in magnitude: beyond that
   * a double such as "1e17" is the rounding of many integers), else {@link #NOT_AN_INTEGER}.
   */
  static long exactLong(double d) {
    if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) <= 9.007199254740992E15) {
      return (long) d;
    }
    return NOT_AN_INTEGER;
  }

  /**
   * Whether {@code parsed}, what {@link #parseInteger} returned for these bytes, is an integer:
   * {@code Long.MIN_VALUE} is both the sentinel and a valid value, told apart here, off the per-row
   * path, by the text.
   */
  static boolean isInteger(long parsed, byte[] b, int from, int to) {
    if (parsed != NOT_AN_INTEGER) {
      return true;
    }
    if (from >= to || b[from] != '-' || !isDigits(b, from + 1, to)) {
      return false;
    }
    try {
      return Long.parseLong(new String(b, from, to - from, StandardCharsets.ISO_8859_1))
          == Long.MIN_VALUE;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDigits(byte[] b, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (b[k] < '0' || b[k] > '9') {
        return false;
      }
    }
    return true;
  }
}
