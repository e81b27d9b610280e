package io.seedscope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.seedscope.model.RunStatus;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordJsonTest {

  /** Data binding is the reference: the streaming writer must produce exactly its bytes. */
  private static String databind(RunRecord r) throws Exception {
    return JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build()
        .writeValueAsString(r);
  }

  @Test
  void streamingOutputEqualsDataBindingForAFullRecord() throws Exception {
    RunRecord r = RunStoreTest.record("abcd", Double.NEGATIVE_INFINITY);
    assertEquals(databind(r), new String(RecordJson.write(r), StandardCharsets.UTF_8));
  }

  @Test
  void streamingOutputEqualsDataBindingWithNullsAndHostileStrings() throws Exception {
    RunRecord r =
        new RunRecord(
            RunRecord.SCHEMA,
            "ffff",
            "impl \"quoted\" \\ back\nslash é",
            "task",
            Map.of("z", "1", "a", "<b>", "m", "\u0001"),
            -3,
            2,
            RunStatus.TIMEOUT,
            null,
            "timed out after 1s",
            3,
            "2026-01-01T00:00:00Z",
            1000,
            "host",
            null,
            Map.of(
                "b", Arrays.asList(1.0, null, Double.NaN),
                "a", List.of(Double.MAX_VALUE, -0.0, 1e-300)));
    assertEquals(databind(r), new String(RecordJson.write(r), StandardCharsets.UTF_8));
  }

  @Test
  void writtenRecordReadsBackEqual() throws Exception {
    RunRecord r = RunStoreTest.record("abcd", 2.5);
    RunRecord back = RecordJson.reader().readValue(RecordJson.write(r), RunRecord.class);
    assertEquals(
        new String(RecordJson.write(r), StandardCharsets.UTF_8),
        new String(RecordJson.write(back), StandardCharsets.UTF_8));
  }
}
