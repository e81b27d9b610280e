package io.seedscope.report.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for the view-model records: null becomes an empty list, nulls inside stay. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(List<T> list) {
    // List.copyOf rejects null elements; NaN placeholders in List<Double> may arrive as null.
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  static <T> List<List<T>> copy2(List<List<T>> rows) {
    if (rows == null) {
      return List.of();
    }
    List<List<T>> out = new ArrayList<>(rows.size());
    for (List<T> row : rows) {
      out.add(copy(row));
    }
    return Collections.unmodifiableList(out);
  }
}
