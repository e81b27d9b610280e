package io.seedscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.RunStatus;
import io.seedscope.store.RunRecord;
import io.seedscope.store.RunStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reproduce says about runs it could not use, as analyze and gate do. */
class ReproduceCommandTest {
  @TempDir Path dir;

  private static RunRecord record(String id, long seed, double value) {
    return new RunRecord(
        RunRecord.SCHEMA,
        id,
        "a",
        null,
        Map.of(),
        seed,
        0,
        RunStatus.OK,
        0,
        "",
        1,
        "2026-01-01T00:00:00Z",
        5,
        "host",
        List.of(0L),
        Map.of("return", List.of(value)));
  }

  @Test
  void damagedRecordsAreReportedAsAnalyzeReportsThem() throws Exception {
    RunStore store = new RunStore(dir);
    store.write(record("r0", 0, 1));
    store.write(record("r1", 1, 2));
    store.write(record("r2", 2, 3));
    Files.writeString(dir.resolve("records/r3.json"), "damaged", StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run("reproduce", dir.toString(), "--claim", "mean=2,std=1,n=3,implementation=a");
    assertTrue(
        r.err().contains("warning: run r3: its record in " + dir.resolve("records")), r.err());
    assertTrue(r.out().contains("(3 seeds)"), r.out());
  }

  @Test
  void everyRunDivergedIsInconclusiveNotBadInput() throws Exception {
    Path csv = dir.resolve("nan.csv");
    Files.writeString(
        csv,
        "implementation,seed,return\na,0,NaN\na,1,inf\nb,0,1\nb,1,2\n",
        StandardCharsets.UTF_8);
    CliTest.Result r =
        CliTest.run("reproduce", csv.toString(), "--claim", "mean=2,std=1,n=6,implementation=a");
    assertEquals(3, r.code(), r.err());
    assertEquals(
        "inconclusive  a: all 2 runs diverged (NaN or infinite return): no reproduced value to"
            + " compare with the claim",
        r.out().strip());
  }
}
