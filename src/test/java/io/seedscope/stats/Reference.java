package io.seedscope.stats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The scipy 1.10.1 reference values of src/test/resources/stats/reference/scipy_reference.json,
 * produced by scipy_reference.py beside it (run with /usr/bin/python3).
 */
final class Reference {

  static final JsonNode ROOT = load();

  private Reference() {}

  private static JsonNode load() {
    try (InputStream in =
        Reference.class.getResourceAsStream("/stats/reference/scipy_reference.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static double[] array(JsonNode node) {
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asDouble();
    }
    return out;
  }

  static JsonNode named(String section, String name) {
    for (JsonNode n : ROOT.get(section)) {
      if (n.get("name").asText().equals(name)) {
        return n;
      }
    }
    throw new IllegalArgumentException(section + "/" + name);
  }

  /** Asserts |actual - expected| <= rel * max(|expected|, 1e-300). */
  static void assertRel(double expected, double actual, double rel, String what) {
    double tol = rel * Math.max(Math.abs(expected), 1e-300);
    if (!(Math.abs(actual - expected) <= tol)) {
      throw new AssertionError(what + ": expected " + expected + " but was " + actual);
    }
  }
}
