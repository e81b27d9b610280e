package io.seedscope.sensitivity.space;

import java.util.List;

/**
 * A parameter is active only when {@code parent} is active and takes one of {@code values}
 * (compared as canonical text of the parent's type). Inactive parameters are absent from a
 * configuration.
 */
public record Condition(String parent, List<String> values) {
  public Condition {
    if (parent == null || parent.isEmpty()) {
      throw new SpaceException("", "a condition must name its parent parameter");
    }
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new SpaceException("", "condition on '" + parent + "' lists no values");
    }
  }
}
