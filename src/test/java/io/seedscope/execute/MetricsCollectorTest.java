package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.ResultSet;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {
  @Test
  void readsJsonLinesAndIgnoresEverythingElse() {
    MetricsCollector c = new MetricsCollector();
    assertTrue(c.acceptLine("{\"step\": 1000, \"return\": 87.5}"));
    assertFalse(c.acceptLine("Episode 3 finished"));
    assertFalse(c.acceptLine("{\"msg\": \"hello\"}"));
    assertFalse(c.acceptLine("{\"step\": 5, \"return\": 1} trailing"));
    assertTrue(c.acceptLine("  {\"step\": 0, \"return\": 1.5, \"loss\": 2, \"info\": {\"a\": 1}}"));
    assertTrue(c.acceptLine("{\"step\": 2000, \"loss\": NaN}"));
    assertArrayEquals(new long[] {0, 1000, 2000}, c.steps());
    double[] ret = c.metrics().get("return");
    assertEquals(1.5, ret[0]);
    assertEquals(87.5, ret[1]);
    assertTrue(ResultSet.isMissing(ret[2]));
    double[] loss = c.metrics().get("loss");
    assertTrue(ResultSet.isMissing(loss[1]));
    assertTrue(Double.isNaN(loss[2]) && !ResultSet.isMissing(loss[2]));
  }

  @Test
  void aStepMustBeAWholeNumber() {
    MetricsCollector c = new MetricsCollector();
    assertTrue(c.acceptLine("{\"step\": 1000.0, \"return\": 1}"), "numpy prints 1000.0");
    assertFalse(c.acceptLine("{\"step\": 1.5, \"return\": 2}"));
    assertFalse(c.acceptLine("{\"step\": \"abc\", \"return\": 3}"));
    assertFalse(c.acceptLine("{\"step\": NaN, \"return\": 4}"));
    assertFalse(c.acceptLine("{\"step\": 1e300, \"return\": 5}"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(new long[] {1000}, c.steps());
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {1}, c.metrics().get("return"));
  }

  @Test
  void linesWithoutStepAreNumberedInOrder() {
    MetricsCollector c = new MetricsCollector();
    c.acceptLine("{\"return\": 3}");
    c.acceptLine("{\"return\": 4}");
    assertArrayEquals(new long[] {0, 1}, c.steps());
    assertFalse(c.hasExplicitSteps());
  }

  /** A final summary printed without a step, after stepped lines, is the last point. */
  @Test
  void aLineWithoutStepComesAfterThePreviousLine() {
    MetricsCollector c = new MetricsCollector();
    c.acceptLine("{\"step\": 0, \"return\": 1}");
    c.acceptLine("{\"step\": 1000, \"return\": 5}");
    c.acceptLine("{\"return\": 7, \"length\": 200}");
    assertArrayEquals(new long[] {0, 1000, 1001}, c.steps());
    assertArrayEquals(new double[] {1, 5, 7}, c.metrics().get("return"));
    // Before: numbered 0 on its own, it overwrote the first point and "last" read 5.
    assertEquals(7.0, c.metrics().get("return")[2]);
  }
}
