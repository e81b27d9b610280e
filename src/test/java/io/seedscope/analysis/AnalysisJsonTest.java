package io.seedscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {
  record Values(
      double nan, Double boxed, double inf, List<Double> list, double[] array, double finite) {}

  /** Jackson's default writes "NaN" / "Infinity" strings; the documents promise null instead. */
  @Test
  void nonFiniteDoublesAreNullEverywhere() {
    String json =
        AnalysisJson.toJson(
                new Values(
                    Double.NaN,
                    Double.NaN,
                    Double.POSITIVE_INFINITY,
                    Arrays.asList(1.5, Double.NaN, null),
                    new double[] {Double.NEGATIVE_INFINITY, 0.25},
                    2.5))
            .replaceAll("\\s+", "");
    assertEquals(
        "{\"nan\":null,\"boxed\":null,\"inf\":null,\"list\":[1.5,null,null],"
            + "\"array\":[null,0.25],\"finite\":2.5}",
        json);
  }
}
