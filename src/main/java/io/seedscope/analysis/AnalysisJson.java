package io.seedscope.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes analysis documents as JSON: two-space indent, map keys sorted, "\n" line ends on every
 * platform, so equal analyses are equal bytes. A NaN or infinite double is written as {@code null}:
 * Jackson's default ("NaN" as a string) is not a number to any reader, and every undefined value in
 * the documents is null.
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .addModule(finiteOrNull())
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  private static SimpleModule finiteOrNull() {
    JsonSerializer<Double> number =
        new JsonSerializer<>() {
          @Override
          public void serialize(Double v, JsonGenerator g, SerializerProvider p)
              throws IOException {
            if (Double.isFinite(v)) {
              g.writeNumber(v);
            } else {
              g.writeNull();
            }
          }
        };
    JsonSerializer<double[]> array =
        new JsonSerializer<>() {
          @Override
          public void serialize(double[] vs, JsonGenerator g, SerializerProvider p)
              throws IOException {
            g.writeStartArray(vs, vs.length);
            for (double v : vs) {
              number.serialize(v, g, p);
            }
            g.writeEndArray();
          }
        };
    return new SimpleModule("finite-or-null")
        .addSerializer(Double.class, number)
        .addSerializer(Double.TYPE, number)
        .addSerializer(double[].class, array);
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String toJson(Object document) {
    try {
      return MAPPER.writeValueAsString(document) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize " + document.getClass().getSimpleName(), e);
    }
  }

  public static void write(Object document, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(document), StandardCharsets.UTF_8);
  }
}
