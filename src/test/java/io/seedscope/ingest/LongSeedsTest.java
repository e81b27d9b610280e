package io.seedscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.seedscope.model.InputException;
import io.seedscope.model.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeds drawn from the whole 64-bit range (19 digits) are read exactly by every reader that parses
 * integers; beyond the range they are an error, never a rounded seed or a skipped line.
 */
class LongSeedsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static List<Long> seeds(ImportResult r) {
    return r.runs().stream().map(RunLog::seed).sorted().toList();
  }

  private String error(Path p) {
    return assertThrows(InputException.class, () -> Importers.read(p))
        .getMessage()
        .replace(dir.toString(), "DIR");
  }

  @Test
  void longCsv() throws IOException {
    ImportResult r =
        Importers.read(
            write(
                "s.csv",
                "implementation,seed,return\n"
                    + "a,9223372036854775807,1\n"
                    + "a,-9223372036854775808,2\n"
                    + "a,1700000000000000001,3\n"
                    + "a,1700000000000000002,4\n"));
    assertEquals(
        List.of(Long.MIN_VALUE, 1700000000000000001L, 1700000000000000002L, Long.MAX_VALUE),
        seeds(r));
    assertEquals(
        "DIR/big.csv:3:2: column 'seed': seed '9223372036854775808' is not an integer",
        error(write("big.csv", "implementation,seed,return\na,1,1\na,9223372036854775808,2\n")));
  }

  @Test
  void longCsvSteps() throws IOException {
    ImportResult r =
        Importers.read(
            write(
                "steps.csv",
                "implementation,seed,step,return\n"
                    + "a,1,1700000000000000001,1\n"
                    + "a,1,9223372036854775807,2\n"));
    assertEquals(Long.MAX_VALUE, r.runs().get(0).steps()[1]);
  }

  @Test
  void jsonLines() throws IOException {
    ImportResult r =
        Importers.read(
            write(
                "out.jsonl",
                "{\"implementation\": \"a\", \"seed\": 9223372036854775807, \"return\": 5}\n"
                    + "{\"implementation\": \"a\", \"seed\": \"1700000000000000001\", \"return\": 6}\n"));
    assertEquals(List.of(1700000000000000001L, Long.MAX_VALUE), seeds(r));
    // Before, a seed beyond the range made the line "not JSON": skipped with a warning.
    assertEquals(
        "DIR/big.jsonl:2:33: seed: 9223372036854775808 is not an integer",
        error(
            write(
                "big.jsonl",
                "{\"implementation\": \"a\", \"seed\": 1, \"return\": 5}\n"
                    + "{\"implementation\": \"a\", \"seed\": 9223372036854775808, \"return\": 6}\n")));
  }
}
