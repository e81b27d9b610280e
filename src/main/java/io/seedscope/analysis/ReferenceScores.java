package io.seedscope.analysis;

import io.seedscope.model.InputException;
import io.seedscope.stats.multitask.ScoreRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reference scores for normalizing tasks (rliable's min-max normalization, e.g. random = 0 and
 * human = 1 on Atari): a small CSV {@code task,low,high} with that header. Hand-parsed because it
 * is three plain columns and every error must name its line.
 */
public final class ReferenceScores {
  private ReferenceScores() {}

  public static Map<String, ScoreRange> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (lines.isEmpty() || !lines.get(0).strip().replace(" ", "").equals("task,low,high")) {
      throw InputException.at(file.toString(), 1, 1, "the header must be 'task,low,high'");
    }
    Map<String, ScoreRange> out = new LinkedHashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 3) {
        throw InputException.at(
            file.toString(), i + 1, 1, "expected 3 fields (task,low,high), found " + f.length);
      }
      double lo = number(file, i + 1, 2, f[1]);
      double hi = number(file, i + 1, 3, f[2]);
      if (!(hi > lo)) {
        throw InputException.at(
            file.toString(),
            i + 1,
            3,
            "high must be greater than low for task '" + f[0].strip() + "'");
      }
      if (out.put(f[0].strip(), new ScoreRange(lo, hi)) != null) {
        throw InputException.at(
            file.toString(), i + 1, 1, "task '" + f[0].strip() + "' is listed twice");
      }
    }
    return out;
  }

  private static double number(Path file, int line, int col, String text) {
    try {
      double v = Double.parseDouble(text.strip());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw InputException.at(
        file.toString(), line, col, "'" + text.strip() + "' is not a finite number");
  }
}
