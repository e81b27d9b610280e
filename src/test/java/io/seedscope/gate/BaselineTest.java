package io.seedscope.gate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

  @Test
  void roundTripsOneValuePerSeed(@TempDir Path dir) throws Exception {
    ResultSet rs =
        new Runs()
            .okValues(Runs.key("a"), 1, 2, 3)
            .ok(Runs.key("a"), 0, 2) // repeat of seed 0: averaged to 1.5
            .status(Runs.key("a"), 7, RunStatus.FAILED)
            .okValues(Runs.key("b"), 0.1)
            .build();
    Path f = dir.resolve("sub/baseline.json");
    Baseline.save(rs, f);
    String json = Files.readString(f);
    assertTrue(json.contains("\"schema\" : \"seedscope-baseline/1\""), json);
    Baseline b = Baseline.load(f);
    assertEquals(Baseline.of(rs), b);
    assertEquals("maximize", b.goal());
    assertEquals("last", b.aggregate());
    Baseline.Group a = b.find(Runs.key("a"));
    assertEquals(List.of(0L, 1L, 2L), a.seeds());
    assertArrayEquals(new double[] {1.5, 2, 3}, a.valueArray());
    // saving twice gives the same bytes
    Path g = dir.resolve("again.json");
    Baseline.save(rs, g);
    assertEquals(json, Files.readString(g));
  }

  @Test
  void repeatsThatAgreeAreExactlyTheirValueAsInTheAnalysis() {
    // (0.1 + 0.1 + 0.1) / 3 would be 0.10000000000000002; analysis.json says 0.1
    ResultSet rs =
        new Runs()
            .ok(Runs.key("a"), 0, 0.1)
            .ok(Runs.key("a"), 0, 0.1)
            .ok(Runs.key("a"), 0, 0.1)
            .build();
    assertArrayEquals(new double[] {0.1}, Baseline.of(rs).find(Runs.key("a")).valueArray(), 0);
  }

  @Test
  void loadErrorsHaveLocations(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("b.json");
    Files.writeString(
        f,
        "{\"schema\": \"seedscope-baseline/1\", \"metric\": \"return\", \"goal\": \"maximize\",\n"
            + " \"groups\": [{\"implementation\": \"a\", \"values\": [1, \"x\"]}]}");
    String msg = assertThrows(InputException.class, () -> Baseline.load(f)).getMessage();
    assertEquals(f + ":2:51: a baseline value must be a finite number, not 'x'", msg);
    Files.writeString(f, "{\"schema\": \"other\"}");
    msg = assertThrows(InputException.class, () -> Baseline.load(f)).getMessage();
    assertEquals(f + ":1:12: schema must be 'seedscope-baseline/1', not 'other'", msg);
    Files.writeString(f, "{\"schema\": \"seedscope-baseline/1\", \"colour\": 1}");
    msg = assertThrows(InputException.class, () -> Baseline.load(f)).getMessage();
    assertTrue(msg.startsWith(f + ":1:36: unknown key 'colour'"), msg);
  }
}
