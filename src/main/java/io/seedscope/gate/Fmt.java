package io.seedscope.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Short, locale-independent number text for messages and tables: four significant digits. */
final class Fmt {

  private Fmt() {}

  static String num(Double v) {
    if (v == null) {
      return "";
    }
    double d = v;
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return "0";
    }
    double a = Math.abs(d);
    if (a >= 1e-4 && a < 1e7) {
      return new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", d);
  }

  static String interval(Double low, Double high) {
    return low == null || high == null ? "" : "[" + num(low) + ", " + num(high) + "]";
  }

  static String percent(double level) {
    return num(level * 100) + "%";
  }
}
