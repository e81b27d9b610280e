package io.seedscope.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One hyperparameter configuration: parameter name to value, kept as the text the user wrote (so
 * that {@code 0.010} and {@code 0.01} stay distinguishable in ids) and sorted by name so that equal
 * configurations compare, hash and print identically.
 */
public record Config(SortedMap<String, String> values) implements Comparable<Config> {

  public static final Config EMPTY = new Config(new TreeMap<>());

  public Config {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public static Config of(Map<String, String> values) {
    return new Config(new TreeMap<>(values));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public String get(String name) {
    return values.get(name);
  }

  /** The value as a number, or NaN when it is not numeric (a categorical value). */
  public double numeric(String name) {
    String v = values.get(name);
    if (v == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A copy with one value set. */
  public Config with(String name, String value) {
    TreeMap<String, String> copy = new TreeMap<>(values);
    copy.put(name, value);
    return new Config(copy);
  }

  /** Canonical text {@code a=1,b=x}; used in run ids and as a display label. */
  public String canonical() {
    StringBuilder sb = new StringBuilder();
    values.forEach(
        (k, v) -> {
          if (sb.length() > 0) {
            sb.append(',');
          }
          sb.append(k).append('=').append(v);
        });
    return sb.toString();
  }

  @Override
  public int compareTo(Config other) {
    return canonical().compareTo(other.canonical());
  }

  @Override
  public String toString() {
    return canonical();
  }
}
