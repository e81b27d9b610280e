package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.ResultSet;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumbersTest {

  /** The fast path must agree bit for bit with the JDK's correctly rounded parser. */
  @Test
  void agreesWithDoubleParseDouble() {
    SplittableRandom rnd = new SplittableRandom(20240601L);
    for (int i = 0; i < 100_000; i++) {
      String text;
      switch (i % 4) {
        case 0:
          text = Double.toString(Double.longBitsToDouble(rnd.nextLong()));
          break;
        case 1:
          text = Double.toString(rnd.nextDouble() * 1000 - 500);
          break;
        case 2:
          {
            StringBuilder sb = new StringBuilder();
            if (rnd.nextBoolean()) {
              sb.append('-');
            }
            int digits = 1 + rnd.nextInt(22);
            int point = rnd.nextInt(digits + 1);
            for (int d = 0; d < digits; d++) {
              if (d == point && d > 0) {
                sb.append('.');
              }
              sb.append((char) ('0' + rnd.nextInt(10)));
            }
            if (rnd.nextInt(3) == 0) {
              sb.append('e').append(rnd.nextInt(60) - 30);
            }
            text = sb.toString();
            break;
          }
        default:
          text = String.format("%." + rnd.nextInt(17) + "f", rnd.nextDouble() * 1e6);
      }
      if (text.contains("Infinity") || text.contains("NaN")) {
        continue;
      }
      double expected = Double.parseDouble(text);
      double actual = Numbers.parse(text);
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
    }
  }

  @Test
  void wordsAndRejections() {
    assertTrue(Double.isNaN(Numbers.parse("NaN")) && !Numbers.isNotANumber(Numbers.parse("nan")));
    assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("inf"));
    assertEquals(Double.POSITIVE_INFINITY, Numbers.parse("+Infinity"));
    assertEquals(Double.NEGATIVE_INFINITY, Numbers.parse("-inf"));
    assertTrue(ResultSet.isMissing(Numbers.parse("")));
    assertTrue(ResultSet.isMissing(Numbers.parse("NA")));
    assertTrue(ResultSet.isMissing(Numbers.parse("None")));
    for (String bad :
        new String[] {
          "abc", "1d", "1f", "0x10", "1e", ".", "-", "1.2.3", "1e5x", "infinit", "--1", "1,5",
          "0x1p3"
        }) {
      assertTrue(Numbers.isNotANumber(Numbers.parse(bad)), bad);
    }
    assertEquals(0.5, Numbers.parse(".5"));
    assertEquals(5.0, Numbers.parse("5."));
    assertEquals(-0.0, Numbers.parse("-0"));
    assertEquals(1e300, Numbers.parse("1e300"));
  }

  @Test
  void integers() {
    byte[] b = "12 3.0 -4 1e6 2.5 x 99999999999999999999".getBytes();
    assertEquals(12L, Numbers.parseInteger(b, 0, 2));
    assertEquals(3L, Numbers.parseInteger(b, 3, 6));
    assertEquals(-4L, Numbers.parseInteger(b, 7, 9));
    assertEquals(1_000_000L, Numbers.parseInteger(b, 10, 13));
    assertEquals(Numbers.NOT_AN_INTEGER, Numbers.parseInteger(b, 14, 17));
    assertEquals(Numbers.NOT_AN_INTEGER, Numbers.parseInteger(b, 18, 19));
    assertEquals(Numbers.NOT_AN_INTEGER, Numbers.parseInteger(b, 20, b.length));
  }

  private static long integer(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    long v = Numbers.parseInteger(b, 0, b.length);
    return Numbers.isInteger(v, b, 0, b.length) ? v : Numbers.NOT_AN_INTEGER;
  }

  private static void assertNotInteger(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    assertFalse(Numbers.isInteger(Numbers.parseInteger(b, 0, b.length), b, 0, b.length), text);
  }

  /** Seeds are often drawn from the whole long range: every long is read exactly. */
  @Test
  void integersOfNineteenDigitsAndTheLongRange() {
    assertEquals(1700000000000000001L, integer("1700000000000000001"));
    assertEquals(Long.MAX_VALUE, integer("9223372036854775807"));
    assertEquals(Long.MAX_VALUE, integer("+9223372036854775807"));
    assertEquals(-1700000000000000001L, integer("-1700000000000000001"));
    assertEquals(Long.MIN_VALUE, integer("-9223372036854775808"));
    assertEquals(Long.MIN_VALUE, integer("-0009223372036854775808"));
    assertEquals(7L, integer("0000000000000000000007"));
    assertEquals(9007199254740993L, integer("9007199254740993"));
    assertNotInteger("9223372036854775808");
    assertNotInteger("-9223372036854775809");
    assertNotInteger("99999999999999999999");
    // Forms with a point or an exponent keep their old rule: integral and at most 2^53.
    assertEquals(3L, integer("3.0"));
    assertNotInteger("1700000000000000001.0");
    assertNotInteger("1e18");
    assertNotInteger("-");
    assertNotInteger("");
  }
}
