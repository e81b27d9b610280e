package io.seedscope.sensitivity.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void floatsAreRoundedToSixSignificantDigitsAndLaidOutStably() {
    assertEquals("0.0003", ValueFormat.formatFloat(3e-4));
    assertEquals("0.3", ValueFormat.formatFloat(0.1 + 0.2)); // 0.30000000000000004
    assertEquals("1", ValueFormat.formatFloat(1.0));
    assertEquals("-2.5", ValueFormat.formatFloat(-2.5));
    assertEquals("0", ValueFormat.formatFloat(-0.0));
    assertEquals("1e-5", ValueFormat.formatFloat(1e-5));
    assertEquals("1.5e-7", ValueFormat.formatFloat(1.5e-7));
    assertEquals("0.000123457", ValueFormat.formatFloat(1.234567e-4));
    assertEquals("1234570", ValueFormat.formatFloat(1234567.0));
    assertEquals("1.23457e7", ValueFormat.formatFloat(12345678.0));
    assertEquals("0.0316228", ValueFormat.formatFloat(Math.pow(10, -1.5)));
    // Half-even on the exact binary value: 0.125 is exact, so the tie goes to even.
    assertEquals("0.125", ValueFormat.formatFloat(0.125));
    assertEquals("1", ValueFormat.formatFloat(0.9999999));
  }

  @Test
  void exactFormattingKeepsAllDigitsTheUserWrote() {
    assertEquals("0.1", ValueFormat.formatExact(0.1));
    assertEquals("0.1234567", ValueFormat.formatExact(0.1234567));
    assertEquals("1e-5", ValueFormat.formatExact(1e-5));
    assertEquals("64", ValueFormat.formatExact(64.0));
  }

  @Test
  void roundingIsIdempotentThroughText() {
    for (double x : new double[] {Math.PI, 1.0 / 3, 2.0 / 3e-5, 123456.789, 7.77777777e12}) {
      String t = ValueFormat.formatFloat(x);
      assertEquals(t, ValueFormat.formatFloat(Double.parseDouble(t)));
      assertEquals(ValueFormat.round(x), Double.parseDouble(t));
    }
  }
}
