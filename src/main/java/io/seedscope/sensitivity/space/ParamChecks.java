package io.seedscope.sensitivity.space;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Validation and value helpers shared by the parameter records. */
final class ParamChecks {
  private ParamChecks() {}

  static void name(String name) {
    if (name == null || name.isBlank()) {
      throw new SpaceException("", "a parameter needs a non-empty name");
    }
    if (name.contains(",") || name.contains("=")) {
      throw new SpaceException(name, "a parameter name must not contain ',' or '='");
    }
  }

  static void levels(String name, Integer levels) {
    if (levels != null && levels < 2) {
      throw new SpaceException(name + ".levels", "levels must be >= 2 (got " + levels + ")");
    }
  }

  static List<String> choices(String name, List<String> values) {
    if (values == null || values.isEmpty()) {
      throw new SpaceException(name + ".values", "the list of values must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      if (v == null || v.isEmpty()) {
        throw new SpaceException(name + ".values", "values must be non-empty text");
      }
      if (v.contains(",") || v.contains("=")) {
        throw new SpaceException(name + ".values", "value '" + v + "' must not contain ',' or '='");
      }
      if (!seen.add(v)) {
        throw new SpaceException(name + ".values", "value '" + v + "' is listed twice");
      }
    }
    return List.copyOf(values);
  }

  static String choiceAt(List<String> values, double u) {
    int k = (int) Math.floor(u * values.size());
    return values.get(Math.max(0, Math.min(values.size() - 1, k)));
  }

  static String listed(String name, List<String> values, String text) {
    if (!values.contains(text)) {
      throw new SpaceException(name, "'" + text + "' is not one of " + values);
    }
    return text;
  }

  static double parseNumber(String name, String text) {
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException | NullPointerException e) {
      // reported below
    }
    throw new SpaceException(name, "'" + text + "' is not a finite number");
  }
}
