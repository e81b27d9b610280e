package io.seedscope.execute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a process's stdout file is split into lines and which lines reach the collector. */
class ReadMetricsTest {
  @TempDir Path dir;

  private MetricsCollector read(byte[] stdout) throws Exception {
    Path file = dir.resolve("stdout.log");
    Files.write(file, stdout);
    MetricsCollector c = new MetricsCollector();
    ProcessLauncher.readMetrics(file, c);
    return c;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void linesEndAtNewlineOrCarriageReturnAndTheLastNeedsNeither() throws Exception {
    MetricsCollector c =
        read(
            ascii(
                "epoch 1 [=====>   ] 50%\r{\"step\": 1, \"return\": 2}\r\n"
                    + " \f\u000b{\"step\": 2, \"return\": 3}\n"
                    + "plain text {\"step\": 9, \"return\": 9}\n"
                    + "{\"step\": 3, \"return\": 4}"));
    assertArrayEquals(new long[] {1, 2, 3}, c.steps());
    assertArrayEquals(new double[] {2, 3, 4}, c.metrics().get("return"));
  }

  @Test
  void aLineAcrossReadBuffersIsWholeAndMalformedUtf8IsReplaced() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ascii("x".repeat(8190) + "\n")); // the next line starts 2 bytes before a buffer end
    out.write(ascii("{\"step\": 5, \"return\": 6, \"note\": \""));
    out.write(new byte[] {(byte) 0xC3, (byte) 0x28}); // invalid UTF-8, inside a string
    out.write(ascii("\", \"pad\": \"" + "p".repeat(20_000) + "\"}\n"));
    MetricsCollector c = read(out.toByteArray());
    assertArrayEquals(new long[] {5}, c.steps());
    assertArrayEquals(new double[] {6}, c.metrics().get("return"));
  }

  /** A line over 1 MiB is not buffered whole: it is skipped, and the lines after it are read. */
  @Test
  void anOverlongLineIsSkippedAndReadingGoesOn() throws Exception {
    String huge = "{\"step\": 1, \"return\": 1, \"blob\": \"" + "b".repeat(2 << 20) + "\"}\n";
    MetricsCollector c = read(ascii(huge + "{\"step\": 2, \"return\": 7}\n"));
    assertArrayEquals(new long[] {2}, c.steps());
    assertEquals(7.0, c.metrics().get("return")[0]);
  }

  @Test
  void aMissingFileGivesNoMetrics() {
    MetricsCollector c = new MetricsCollector();
    ProcessLauncher.readMetrics(dir.resolve("absent.log"), c);
    assertTrue(c.isEmpty());
  }
}
