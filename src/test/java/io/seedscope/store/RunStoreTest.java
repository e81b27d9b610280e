package io.seedscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {
  @TempDir Path dir;

  static RunRecord record(String id, double last) {
    return new RunRecord(
        RunRecord.SCHEMA,
        id,
        "impl",
        "task",
        Map.of("lr", "0.1"),
        7,
        0,
        RunStatus.OK,
        0,
        "",
        1,
        "2026-01-01T00:00:00Z",
        12,
        "host",
        List.of(0L, 10L),
        RunRecord.toLists(
            Map.of(
                "return",
                new double[] {1.5, last},
                "loss",
                new double[] {ResultSet.MISSING, Double.NaN})));
  }

  @Test
  void roundTripKeepsValuesMissingCellsAndNaN() throws Exception {
    RunStore store = new RunStore(dir);
    store.write(record("aaaa", Double.POSITIVE_INFINITY));
    RunStore.Loaded loaded = store.load();
    assertEquals(List.of(), loaded.corrupted());
    RunLog log = loaded.records().get("aaaa").toLog();
    assertEquals(7, log.seed());
    assertEquals("0.1", log.key().config().get("lr"));
    assertTrue(Arrays.equals(new long[] {0, 10}, log.steps()));
    assertEquals(Double.POSITIVE_INFINITY, log.metrics().get("return")[1]);
    assertTrue(ResultSet.isMissing(log.metrics().get("loss")[0]));
    assertTrue(
        Double.isNaN(log.metrics().get("loss")[1])
            && !ResultSet.isMissing(log.metrics().get("loss")[1]));
  }

  @Test
  void damagedRecordIsReportedByRunIdAndNeverUsed() throws Exception {
    RunStore store = new RunStore(dir);
    store.write(record("good", 2));
    store.write(record("bad", 3));
    Path bad = dir.resolve("records/bad.json");
    String text = Files.readString(bad, StandardCharsets.UTF_8).replace("3.0", "4.0");
    Files.writeString(bad, text, StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("records/trunc.json"),
        "seedscope-record sha256=00\n{\"runId\":",
        StandardCharsets.UTF_8);
    RunStore.Loaded loaded = store.load();
    assertEquals(List.of("bad", "trunc"), loaded.corrupted());
    assertEquals(List.of("good"), List.copyOf(loaded.records().keySet()));
    Path moved = store.quarantine("bad");
    assertTrue(Files.exists(moved));
    assertEquals(List.of("trunc"), store.load().corrupted());
  }

  @Test
  void recordWithAValidChecksumButAMissingOrNullFieldIsDamaged() throws Exception {
    RunStore store = new RunStore(dir);
    store.write(record("good", 2));
    String body = new String(RecordJson.write(record("ID", 2)), StandardCharsets.UTF_8);
    Map<String, String> edits =
        Map.of(
            "noimpl", body.replace("\"implementation\":\"impl\",", ""),
            "nullimpl", body.replace("\"implementation\":\"impl\"", "\"implementation\":null"),
            "nullseed", body.replace("\"seed\":7", "\"seed\":null"),
            "noseed", body.replace("\"seed\":7,", ""),
            "halfseed", body.replace("\"seed\":7", "\"seed\":7.5"),
            "nostatus", body.replace("\"status\":\"OK\",", ""),
            "nometrics", body.replace(",\"metrics\":{", ",\"other\":{"),
            "moresteps", body.replace("\"steps\":[0,10]", "\"steps\":[0,10,20]"),
            "backsteps", body.replace("\"steps\":[0,10]", "\"steps\":[10,0]"),
            "nullstep", body.replace("\"steps\":[0,10]", "\"steps\":[0,null]"));
    for (Map.Entry<String, String> e : edits.entrySet()) {
      String json = e.getValue().replace("\"ID\"", "\"" + e.getKey() + "\"");
      assertTrue(!json.equals(body.replace("\"ID\"", "\"" + e.getKey() + "\"")), e.getKey());
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("records/" + e.getKey() + ".json"),
          "seedscope-record sha256=" + RunStore.sha256(bytes) + "\n" + json,
          StandardCharsets.UTF_8);
    }
    RunStore.Loaded loaded = store.load();
    assertEquals(edits.keySet().stream().sorted().toList(), loaded.corrupted());
    assertEquals(List.of("good"), List.copyOf(loaded.records().keySet()));
  }

  @Test
  void leftoverTemporaryFilesAreIgnored() throws Exception {
    RunStore store = new RunStore(dir);
    store.write(record("x", 1));
    Files.writeString(dir.resolve("records/.tmp-y-123-abc"), "half a rec", StandardCharsets.UTF_8);
    assertEquals(1, store.load().records().size());
    assertEquals(List.of(), store.load().corrupted());
  }
}
