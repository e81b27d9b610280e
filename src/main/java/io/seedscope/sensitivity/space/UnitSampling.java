package io.seedscope.sensitivity.space;

import java.util.LinkedHashMap;
import java.util.Map;

/** Turns one point of the unit cube (one coordinate per parameter) into an assignment. */
final class UnitSampling {
  private UnitSampling() {}

  /**
   * Parameters are visited in the space's order (parents first); coordinate {@code i} belongs to
   * parameter {@code i} and is simply unused when that parameter is inactive, so every point
   * consumes the same coordinates whatever the conditions.
   */
  static Map<String, String> assign(SearchSpace space, double[] u) {
    Map<String, String> values = new LinkedHashMap<>();
    int i = 0;
    for (Param p : space.params()) {
      if (space.isActive(p, values)) {
        values.put(p.name(), p.fromUnit(u[i]));
      }
      i++;
    }
    return values;
  }
}
