package io.seedscope.model;

import java.util.Locale;

/** Which direction of a metric is better. */
public enum Goal {
  MAXIMIZE,
  MINIMIZE;

  /**
   * Parses {@code maximize}/{@code minimize} (also {@code max}/{@code min}), case-insensitively.
   */
  public static Goal parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "maximize":
      case "max":
        return MAXIMIZE;
      case "minimize":
      case "min":
        return MINIMIZE;
      default:
        throw new IllegalArgumentException(
            "goal must be 'maximize' or 'minimize', not '" + text + "'");
    }
  }

  /** +1 for maximize, -1 for minimize: multiply a difference by it to make "better" positive. */
  public double sign() {
    return this == MAXIMIZE ? 1.0 : -1.0;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
