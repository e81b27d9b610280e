package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The result formats seedscope reads, by their {@code --format} names. */
public enum Format {
  LONG_CSV("long-csv"),
  WIDE_CSV("wide-csv"),
  SB3("sb3"),
  SCORE_MATRIX("score-matrix"),
  DOPAMINE("dopamine"),
  JSONL("jsonl"),
  TENSORBOARD("tensorboard");

  private final String cliName;

  Format(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /** Parses a {@code --format} value such as {@code long-csv}. */
  public static Format parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Format f : values()) {
      if (f.cliName.equals(t)) {
        return f;
      }
    }
    throw new InputException(
        "--format must be one of "
            + Arrays.stream(values()).map(Format::cliName).collect(Collectors.joining(", "))
            + ", not '"
            + text
            + "'");
  }

  @Override
  public String toString() {
    return cliName;
  }
}
