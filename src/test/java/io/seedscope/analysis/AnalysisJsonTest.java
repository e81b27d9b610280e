package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

  record Values(double primitive, Double boxed, double[] array, List<Double> list) {}

  /** JSON has no NaN: Jackson's default wrote the strings "NaN" and "Infinity". */
  @Test
  void nonFiniteNumbersAreNull() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(
        "v",
        new Values(
            Double.NaN,
            Double.POSITIVE_INFINITY,
            new double[] {1.5, Double.NEGATIVE_INFINITY},
            java.util.Arrays.asList(Double.NaN, 2.0)));
    assertEquals(
        "{\n  \"v\" : {\n    \"primitive\" : null,\n    \"boxed\" : null,\n    \"array\" : [\n"
            + "      1.5,\n      null\n    ],\n    \"list\" : [\n      null,\n      2.0\n    ]\n"
            + "  }\n}\n",
        AnalysisJson.toJson(doc));
  }
}
