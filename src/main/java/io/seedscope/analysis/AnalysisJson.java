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
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes analysis documents as JSON: two-space indent, map keys sorted, "\n" line ends on every
 * platform, so equal analyses are equal bytes.
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")))
          .addModule(finiteNumbers())
          .build();

  /**
   * Writes a non-finite double as null. JSON has no NaN or infinity and Jackson would write the
   * strings "NaN" and "Infinity", which readers take for text; the statistics box undefined values
   * as null themselves, so this is the last guard, not the rule.
   */
  private static SimpleModule finiteNumbers() {
    JsonSerializer<Double> one =
        new StdSerializer<>(Double.class) {
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
        new StdSerializer<>(double[].class) {
          @Override
          public void serialize(double[] v, JsonGenerator g, SerializerProvider p)
              throws IOException {
            g.writeStartArray(v, v.length);
            for (double d : v) {
              one.serialize(d, g, p);
            }
            g.writeEndArray();
          }
        };
    SimpleModule m = new SimpleModule("finite-numbers");
    m.addSerializer(Double.class, one);
    m.addSerializer(Double.TYPE, one);
    m.addSerializer(double[].class, array);
    return m;
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
