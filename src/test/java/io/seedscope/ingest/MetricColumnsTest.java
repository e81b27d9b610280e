package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which columns of a long CSV are metrics ({@link MetricColumns}). */
class MetricColumnsTest {
  @TempDir Path dir;

  private ImportResult read(String text) throws IOException {
    Path p = dir.resolve("results.csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return Importers.read(p, ImportOptions.defaults().withFormat(Format.LONG_CSV));
  }

  /** An empty column is ignored beside a metric, and is the metric (no run has a value) alone. */
  @Test
  void anEmptyColumnIsAMetricOnlyWhenThereIsNoOther() throws IOException {
    ImportResult beside = read("implementation,seed,return,notes\na,0,1.5,\na,1,2.5,\n");
    assertEquals(List.of("return"), beside.metricNames());
    assertTrue(
        beside.warnings().contains("ignoring column 'notes': it has no values"),
        beside.warnings().toString());
    ImportResult alone = read("implementation,seed,return\na,0,\na,1,\n");
    assertEquals(List.of("return"), alone.metricNames());
    assertEquals(2, alone.runs().size());
    assertTrue(alone.runs().stream().allMatch(r -> r.metricNames().isEmpty()));
    // Beside a text column, an empty column is no metric: the error names the text.
    InputException e =
        assertThrows(InputException.class, () -> read("implementation,seed,r,x\na,0,,t\n"));
    assertTrue(e.getMessage().contains("column 'x' is text"), e.getMessage());
  }
}
