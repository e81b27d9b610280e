package io.seedscope.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reading analysis.json back with Jackson. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static JsonNode read(Path file) {
    try {
      return MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("not valid JSON: " + file, e);
    }
  }

  static List<JsonNode> select(JsonNode array, Predicate<JsonNode> keep) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(
        n -> {
          if (keep.test(n)) {
            out.add(n);
          }
        });
    return out;
  }
}
