package io.seedscope.claim;

import io.seedscope.model.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The raw key=value fields of one claim, each with a way to report an error at its place, and their
 * validation into a {@link Claim}. Shared by the {@code --claim} text and the claims YAML.
 */
final class ClaimFields {

  static final Set<String> KEYS =
      Set.of(
          "implementation",
          "task",
          "metric",
          "mean",
          "std",
          "se",
          "n",
          "ci",
          "level",
          "margin",
          "source");

  /** One field's text and how to blame it. */
  record Field(String text, Function<String, InputException> error) {}

  private final Map<String, Field> fields = new LinkedHashMap<>();
  private final String where;
  private final Function<String, InputException> whole;

  /**
   * @param where location of the claim as text, e.g. {@code claims.yaml:4:5}
   * @param whole how to report an error about the claim as a whole
   */
  ClaimFields(String where, Function<String, InputException> whole) {
    this.where = where;
    this.whole = whole;
  }

  void put(
      String key,
      String text,
      Function<String, InputException> keyError,
      Function<String, InputException> error) {
    if (!KEYS.contains(key)) {
      throw keyError.apply(
          "unknown claim key '"
              + key
              + "' (known: "
              + String.join(", ", new java.util.TreeSet<>(KEYS))
              + ")");
    }
    if (fields.containsKey(key)) {
      throw keyError.apply("duplicate claim key '" + key + "'");
    }
    fields.put(key, new Field(text, error));
  }

  /** Builds the claim; {@code defaults} (may be null) supplies fields this claim does not give. */
  Claim toClaim(ClaimFields defaults) {
    Map<String, Field> f = new LinkedHashMap<>();
    if (defaults != null) {
      f.putAll(defaults.fields);
    }
    f.putAll(fields);
    int given =
        (f.containsKey("std") ? 1 : 0)
            + (f.containsKey("se") ? 1 : 0)
            + (f.containsKey("ci") ? 1 : 0);
    if (given != 1) {
      throw whole.apply(
          given == 0
              ? "a claim needs its spread: std= with n=, se=, or ci=[low;high]"
              : "give only one of std=, se= and ci=");
    }
    Integer n = null;
    if (f.containsKey("n")) {
      Field nf = f.get("n");
      try {
        n = Integer.parseInt(nf.text().trim());
      } catch (NumberFormatException e) {
        throw nf.error().apply("n must be a whole number, not '" + nf.text() + "'");
      }
      if (n < 2) {
        throw nf.error().apply("n must be at least 2 (a single seed has no spread), not " + n);
      }
    }
    double df = n == null ? Double.POSITIVE_INFINITY : n - 1;
    Double mean = f.containsKey("mean") ? number(f.get("mean"), "mean") : null;
    Double std;
    double se;
    if (f.containsKey("level") && !f.containsKey("ci")) {
      throw f.get("level").error().apply("level= applies to ci= only");
    }
    if (f.containsKey("std")) {
      std = nonNegative(f.get("std"), "std");
      if (n == null) {
        throw f.get("std").error().apply("std= needs n= to give the standard error (or give se=)");
      }
      se = std / Math.sqrt(n);
    } else if (f.containsKey("se")) {
      se = nonNegative(f.get("se"), "se");
      std = n == null ? null : se * Math.sqrt(n);
    } else {
      Field cf = f.get("ci");
      double[] ci = interval(cf);
      double level = f.containsKey("level") ? level(f.get("level")) : 0.95;
      if (mean == null) {
        mean = (ci[0] + ci[1]) / 2;
      } else if (mean < ci[0] || mean > ci[1]) {
        throw cf.error()
            .apply("the interval [" + ci[0] + ", " + ci[1] + "] does not contain the mean " + mean);
      }
      se = (ci[1] - ci[0]) / 2 / ClaimMath.quantile((1 + level) / 2, df);
      std = n == null ? null : se * Math.sqrt(n);
    }
    if (mean == null) {
      throw whole.apply("a claim needs mean=");
    }
    Margin margin = null;
    if (f.containsKey("margin")) {
      Field mf = f.get("margin");
      try {
        margin = Margin.parse(mf.text());
      } catch (InputException e) {
        throw mf.error().apply(e.getMessage());
      }
    }
    return new Claim(
        text(f, "implementation"),
        text(f, "task"),
        text(f, "metric"),
        mean,
        std,
        n,
        se,
        margin,
        text(f, "source"),
        where);
  }

  private static String text(Map<String, Field> f, String key) {
    Field x = f.get(key);
    if (x == null) {
      return null;
    }
    String t = x.text().trim();
    if (t.isEmpty()) {
      throw x.error().apply(key + " must not be empty");
    }
    return t;
  }

  private static double number(Field f, String what) {
    try {
      double v = Double.parseDouble(f.text().trim());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw f.error().apply(what + " must be a finite number, not '" + f.text() + "'");
  }

  private static double nonNegative(Field f, String what) {
    double v = number(f, what);
    if (v < 0) {
      throw f.error().apply(what + " must not be negative");
    }
    return v;
  }

  /** {@code 0.95}, {@code 95%}. */
  private static double level(Field f) {
    String t = f.text().trim();
    double v;
    if (t.endsWith("%")) {
      v = number(new Field(t.substring(0, t.length() - 1), f.error()), "level") / 100;
    } else {
      v = number(f, "level");
    }
    if (!(v > 0 && v < 1)) {
      throw f.error()
          .apply("level must be strictly between 0 and 1 (or 0%..100%), not '" + t + "'");
    }
    return v;
  }

  /** {@code [low;high]} or {@code [low,high]}. */
  private static double[] interval(Field f) {
    String t = f.text().trim();
    if (!t.startsWith("[") || !t.endsWith("]")) {
      throw f.error().apply("ci must be written [low;high], not '" + f.text() + "'");
    }
    List<String> parts = List.of(t.substring(1, t.length() - 1).split("[;,]", -1));
    if (parts.size() != 2) {
      throw f.error().apply("ci must have two numbers [low;high], not '" + f.text() + "'");
    }
    double lo = number(new Field(parts.get(0), f.error()), "ci low");
    double hi = number(new Field(parts.get(1), f.error()), "ci high");
    if (!(lo < hi)) {
      throw f.error().apply("ci low must be below ci high, not '" + f.text() + "'");
    }
    return new double[] {lo, hi};
  }
}
