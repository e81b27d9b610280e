package io.seedscope.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link RunRecord}.
 *
 * <p>Written with Jackson's streaming generator rather than data binding: the harness writes one
 * record per run from its worker threads, and data binding's first use (introspecting the record
 * and building serializers) costs about a tenth of a second on the path of the first runs, which is
 * a hundred trivial runs' worth of overhead. The output is the same bytes data binding writes (a
 * test pins that), so records read back with data binding.
 */
final class RecordJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  /** The mapper that reads records; built on first use, which a run on an empty store never has. */
  static ObjectMapper reader() {
    return Reader.MAPPER;
  }

  private static final class Reader {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Every field is always written, so a missing one means a damaged record; without
            // these a missing or null seed would silently read as seed 0 and 3.5 as seed 3.
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();
  }

  /** UTF-8 JSON of the record, fields in declaration order, map entries sorted by key. */
  static byte[] write(RunRecord r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("schema", r.schema());
      g.writeStringField("runId", r.runId());
      g.writeStringField("implementation", r.implementation());
      g.writeStringField("task", r.task());
      g.writeObjectFieldStart("config");
      for (Map.Entry<String, String> e : r.config().entrySet()) { // a TreeMap: sorted
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("seed", r.seed());
      g.writeNumberField("repeat", r.repeat());
      g.writeStringField("status", r.status() == null ? null : r.status().name());
      g.writeFieldName("exitCode");
      if (r.exitCode() == null) {
        g.writeNull();
      } else {
        g.writeNumber(r.exitCode());
      }
      g.writeStringField("reason", r.reason());
      g.writeNumberField("attempts", r.attempts());
      g.writeStringField("startedAt", r.startedAt());
      g.writeNumberField("durationMillis", r.durationMillis());
      g.writeStringField("host", r.host());
      g.writeFieldName("steps");
      if (r.steps() == null) {
        g.writeNull();
      } else {
        g.writeStartArray();
        for (Long s : r.steps()) {
          g.writeNumber(s);
        }
        g.writeEndArray();
      }
      g.writeObjectFieldStart("metrics");
      for (Map.Entry<String, List<Double>> e : r.metrics().entrySet()) { // a TreeMap: sorted
        g.writeArrayFieldStart(e.getKey());
        for (Double v : e.getValue()) {
          if (v == null) {
            g.writeNull();
          } else {
            g.writeNumber(v); // NaN and the infinities as strings, as data binding writes them
          }
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }
}
