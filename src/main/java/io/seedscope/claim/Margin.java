package io.seedscope.claim;

import io.seedscope.model.InputException;
import java.util.Locale;

/**
 * The equivalence margin δ: a claim is reproduced when the difference of means is shown to lie in
 * [−δ, δ]. Given as an absolute number ({@code 25}), a percentage of the claimed |mean| ({@code
 * 10%}, the default) or a multiple of the claimed standard deviation ({@code 0.5sd}).
 *
 * @param kind how {@code value} is read
 * @param value the number as written (a fraction for RELATIVE: 10% is 0.1)
 */
public record Margin(Kind kind, double value) {

  /** How a margin is expressed. */
  public enum Kind {
    ABSOLUTE,
    RELATIVE,
    SD
  }

  /** 10% of the claimed |mean|. */
  public static final Margin DEFAULT = new Margin(Kind.RELATIVE, 0.10);

  /** Below this |mean| a relative margin is refused even when the claim's standard error is 0. */
  public static final double TINY = 1e-12;

  public Margin {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new InputException("the margin must be a positive number, not " + value);
    }
  }

  /** Parses {@code 25}, {@code 10%} or {@code 0.5sd}. */
  public static Margin parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Kind kind = Kind.ABSOLUTE;
    double scale = 1;
    if (t.endsWith("%")) {
      kind = Kind.RELATIVE;
      scale = 0.01;
      t = t.substring(0, t.length() - 1).trim();
    } else if (t.endsWith("sd")) {
      kind = Kind.SD;
      t = t.substring(0, t.length() - 2).trim();
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new InputException(
          "the margin must be a number, a percentage (10%) or a multiple of the claimed sd"
              + " (0.5sd), not '"
              + text
              + "'");
    }
    if (!(Double.isFinite(v) && v > 0)) {
      throw new InputException("the margin must be positive, not '" + text + "'");
    }
    return new Margin(kind, v * scale);
  }

  /**
   * The absolute margin for a claim.
   *
   * @throws InputException for a relative margin when |mean| &lt; max(1e-12, claimed se): a
   *     percentage of a mean that is not distinguishable from zero is no tolerance at all; and for
   *     an sd margin when the claim gives no standard deviation
   */
  public double resolve(Claim c) {
    switch (kind) {
      case RELATIVE:
        {
          double a = Math.abs(c.mean());
          if (a < Math.max(TINY, c.se())) {
            throw new InputException(
                c.where()
                    + ": a relative margin ("
                    + this
                    + ") needs a claimed mean clearly away"
                    + " from zero, but |mean| "
                    + a
                    + " is below "
                    + (c.se() > TINY ? "its standard error " + c.se() : "1e-12")
                    + "; give --margin as an absolute number or in sd (e.g. 0.5sd)");
          }
          return value * a;
        }
      case SD:
        if (c.std() == null) {
          throw new InputException(
              c.where()
                  + ": a margin in claimed standard deviations ("
                  + this
                  + ") needs the"
                  + " claim's std (give std= or n=)");
        }
        if (c.std() == 0) {
          throw new InputException(c.where() + ": the claimed std is 0, so " + this + " is 0");
        }
        return value * c.std();
      default:
        return value;
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case RELATIVE:
        return stripZeros(value * 100) + "%";
      case SD:
        return stripZeros(value) + "sd";
      default:
        return stripZeros(value);
    }
  }

  private static String stripZeros(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
