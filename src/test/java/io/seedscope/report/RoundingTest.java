package io.seedscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundingTest {

  @Test
  void decimalsFollowSecondSignificantDigitOfHalfWidth() {
    assertEquals(1, Rounding.decimalsFor(1.15)); // 1.2
    assertEquals(3, Rounding.decimalsFor(0.0123)); // 0.012
    assertEquals(-1, Rounding.decimalsFor(950)); // 950 -> tens
    assertEquals(0, Rounding.decimalsFor(10)); // exactly 10 -> "10"
    assertEquals(1, Rounding.decimalsFor(9.99)); // 9.99 -> "10.0" still 1 decimal
    assertEquals(Integer.MIN_VALUE, Rounding.decimalsFor(0));
    assertEquals(Integer.MIN_VALUE, Rounding.decimalsFor(Double.NaN));
    assertEquals(Integer.MIN_VALUE, Rounding.decimalsFor(Double.POSITIVE_INFINITY));
  }

  @Test
  void intervalRoundsAllThreeToTheSamePlace() {
    // half-width (13.49 - 11.21) / 2 = 1.14 -> one decimal
    assertEquals("12.3 [11.2, 13.5]", Rounding.interval(12.3456, 11.21, 13.49).toString());
    // half-width 0.00615 -> 0.0062 -> four decimals
    assertEquals(
        "0.5012 [0.4950, 0.5073]", Rounding.interval(0.50123, 0.49503, 0.50733).toString());
    // half-width 1234 -> hundreds, no exponent notation
    assertEquals("12300 [11100, 13600]", Rounding.interval(12345.6, 11111.1, 13579.0).toString());
    // degenerate interval: three significant digits each
    assertEquals("3.14 [3.14, 3.14]", Rounding.interval(Math.PI, Math.PI, Math.PI).toString());
  }

  @Test
  void halfUpOnTheDecimalRepresentationAndNoNegativeZero() {
    assertEquals("2.68", Rounding.fixed(2.675, 2)); // binary 2.67499.. but reads as 2.675
    assertEquals("0.00", Rounding.fixed(-0.004, 2));
    assertEquals("0", Rounding.fixed(-0.0, 0));
    assertEquals("-1.0", Rounding.fixed(-0.95, 1));
    assertEquals("1200", Rounding.fixed(1234.5, -2));
    assertEquals("\u2013", Rounding.fixed(Double.NaN, 2));
    assertEquals("\u221e", Rounding.fixed(Double.POSITIVE_INFINITY, 2));
  }

  @Test
  void significantDigits() {
    assertEquals("0.012", Rounding.sig(0.012345, 2));
    assertEquals("1.00", Rounding.sig(1.0, 3));
    assertEquals("10.0", Rounding.sig(9.996, 3));
    assertEquals("123000", Rounding.sig(123456, 3));
    assertEquals("-0.0457", Rounding.sig(-0.045678, 3));
    assertEquals("0.00", Rounding.sig(0, 3));
    // rounds up past the largest double (threw NumberFormatException on "Infinity")
    assertEquals("180" + "0".repeat(306), Rounding.sig(1.7953644012660309e308, 3));
  }

  @Test
  void percentages() {
    assertEquals("35%", Rounding.percent(0.3456));
    assertEquals("1.2%", Rounding.percent(0.0123));
    assertEquals("100%", Rounding.percent(1.0));
    assertEquals("0.0%", Rounding.percent(0));
  }

  @Test
  void withHalfWidthUsesTheIntervalPlace() {
    assertEquals("3.14", Rounding.withHalfWidth(3.14159, 0.52));
    assertEquals("3.1", Rounding.withHalfWidth(3.14159, 5.2));
    assertEquals("3.14", Rounding.withHalfWidth(3.14159, Double.NaN));
  }
}
