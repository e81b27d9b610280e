package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** Entry point: reads any supported result format into runs. */
public final class Importers {

  private Importers() {}

  /** Reads {@code path} (a file, or a directory of per-run logs) with the given options. */
  public static ImportResult read(Path path, ImportOptions options) {
    if (!Files.exists(path)) {
      throw InputException.at(path.toString(), 0, 0, "no such file or directory");
    }
    Format format = options.format();
    if (format == null) {
      format = options.wideLayout() != null ? Format.WIDE_CSV : detect(path);
    }
    if (format != Format.SB3
        && format != Format.TENSORBOARD
        && format != Format.JSONL
        && format != Format.DOPAMINE
        && Files.isDirectory(path)) {
      throw InputException.at(path.toString(), 0, 0, "is a directory; " + format + " reads a file");
    }
    switch (format) {
      case LONG_CSV:
        return LongCsvReader.read(path, options);
      case WIDE_CSV:
        return WideCsvReader.read(path, options);
      case SB3:
        return Sb3Reader.read(path, options);
      case SCORE_MATRIX:
        return ScoreMatrixReader.read(path, options);
      case DOPAMINE:
        return DopamineReader.read(path, options);
      case JSONL:
        return JsonLinesReader.read(path, options);
      case TENSORBOARD:
        return TensorBoardReader.read(path, options);
      default:
        throw new AssertionError(format);
    }
  }

  public static ImportResult read(Path path) {
    return read(path, ImportOptions.defaults());
  }

  /**
   * Guesses the format from names and the first bytes: directories of SB3 logs, TensorBoard
   * event files or JSON lines; {@code events.out.tfevents.*}; {@code monitor.csv} or a CSV
   * starting with {@code #{}; {@code progress.csv}; {@code .jsonl}; a {@code .json} holding a
   * list (Dopamine) or an object (score matrix); any other text is long CSV.
   */
  public static Format detect(Path path) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        boolean[] seen = new boolean[3];
        files
            .filter(Files::isRegularFile)
            .forEach(
                f -> {
                  String n = f.getFileName().toString();
                  seen[0] |=
                      n.equals("monitor.csv")
                          || n.endsWith(".monitor.csv")
                          || n.equals("progress.csv");
                  seen[1] |= n.startsWith("events.out.tfevents");
                  seen[2] |= n.endsWith(".jsonl") || n.endsWith(".ndjson");
                });
        if (seen[0]) {
          return Format.SB3;
        }
        if (seen[1]) {
          return Format.TENSORBOARD;
        }
        if (seen[2]) {
          return Format.JSONL;
        }
      } catch (IOException e) {
        throw InputException.at(path.toString(), 0, 0, "cannot list: " + e.getMessage());
      }
      throw InputException.at(
          path.toString(),
          0,
          0,
          "directory holds no monitor.csv, progress.csv, events.out.tfevents.* or .jsonl file");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith("events.out.tfevents")) {
      return Format.TENSORBOARD;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (name.endsWith("monitor.csv") || name.equals("progress.csv")) {
      return Format.SB3;
    }
    String head = head(path);
    String trimmed = head.stripLeading();
    if (name.endsWith(".json")) {
      return trimmed.startsWith("[") ? Format.DOPAMINE : Format.SCORE_MATRIX;
    }
    if (trimmed.startsWith("#{")) {
      return Format.SB3;
    }
    if (trimmed.startsWith("{")) {
      return Format.JSONL;
    }
    if (head.contains("time/total_timesteps")) {
      return Format.SB3;
    }
    if (head.startsWith("\0") || name.endsWith(".pb")) {
      return Format.TENSORBOARD;
    }
    return Format.LONG_CSV;
  }

  private static String head(Path path) {
    byte[] b = new byte[4096];
    try (InputStream in = Files.newInputStream(path)) {
      int n = in.readNBytes(b, 0, b.length);
      return new String(b, 0, n, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw InputException.at(path.toString(), 0, 0, "cannot read: " + e.getMessage());
    }
  }
}
