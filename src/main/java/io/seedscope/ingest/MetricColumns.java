package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides which of a long CSV's candidate columns are metrics, from counts kept while the rows are
 * read (one pass, two counters and the first text cell per column).
 *
 * <p>A column is numeric when strictly more of its cells are numbers than text (NaN and infinity
 * spellings are numbers, missing-value spellings are neither); a numeric column is a metric, and a
 * text cell in it is an error at the column's first text cell, whichever row it is in. A column
 * that is not numeric (a tie included) is ignored with a warning naming it, so that e.g. a column
 * of git hashes one of which is all digits stays text. A column with no value at all is ignored
 * beside metrics and is the metric when it is the only candidate (the export of a results directory
 * none of whose runs logged its metric: its runs then count as failed rather than the file being
 * refused). If that leaves no metric, the error names the column and its first text cell.
 */
final class MetricColumns {

  /** A text cell of a metric column, kept until the column turns out to be text or numeric. */
  private record TextCell(long line, int field, String text) {}

  /**
   * @param names per candidate column, its metric name, or null when it is not a metric
   * @param metricNames the metrics in column order
   * @param ignored text columns left out, by name, with where their first text is
   */
  record Decision(String[] names, List<String> metricNames, Map<String, String> ignored) {}

  private final String file;
  private final String[] header;
  private final int[] fields;
  private final long[] numbers;
  private final long[] texts;
  private final TextCell[] firstText;

  /**
   * @param header every column name of the file
   * @param fields the field index of each candidate column
   */
  MetricColumns(String file, String[] header, int[] fields) {
    this.file = file;
    this.header = header;
    this.fields = fields;
    numbers = new long[fields.length];
    texts = new long[fields.length];
    firstText = new TextCell[fields.length];
  }

  /** Candidate {@code k} held a number. */
  void number(int k) {
    numbers[k]++;
  }

  /** Candidate {@code k} held text at {@code line}; the first one is kept for messages. */
  void text(int k, long line, java.util.function.IntFunction<String> cellText) {
    if (texts[k]++ == 0) {
      firstText[k] = new TextCell(line, fields[k], cellText.apply(fields[k]));
    }
  }

  /** The decision, its warnings added to {@code warnings}; an error when no metric is left. */
  Decision decide(long headerLine, List<String> warnings) {
    int m = fields.length;
    String[] names = new String[m];
    List<String> metricNames = new ArrayList<>();
    Map<String, String> ignored = new TreeMap<>();
    TextCell bad = null;
    int mostlyText = -1;
    List<Integer> empty = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      String name = header[fields[k]];
      TextCell t = firstText[k];
      if (numbers[k] > texts[k]) {
        names[k] = name;
        metricNames.add(name);
        if (t != null && (bad == null || t.line() < bad.line())) {
          bad = t;
        }
      } else if (t != null) {
        if (mostlyText < 0 || numbers[k] > 0 && numbers[mostlyText] == 0) {
          mostlyText = k;
        }
        String where = file + ":" + t.line() + ":" + (t.field() + 1) + ": '" + t.text() + "'";
        ignored.put(name, where);
        warnings.add("ignoring non-numeric column '" + name + "' (" + where + ")");
      } else {
        empty.add(k);
      }
    }
    if (bad != null) {
      throw InputException.at(
          file,
          bad.line(),
          bad.field() + 1,
          "column '" + header[bad.field()] + "': '" + bad.text() + "' is not a number");
    }
    boolean emptyAreMetrics = metricNames.isEmpty() && mostlyText < 0;
    for (int k : empty) {
      String name = header[fields[k]];
      if (emptyAreMetrics) {
        names[k] = name;
        metricNames.add(name);
        warnings.add("column '" + name + "' has no values: no run logged it");
      } else {
        warnings.add("ignoring column '" + name + "': it has no values");
      }
    }
    if (metricNames.isEmpty()) {
      throw noMetric(headerLine, mostlyText);
    }
    return new Decision(names, metricNames, ignored);
  }

  private InputException noMetric(long headerLine, int mostlyText) {
    String columns = "; columns: " + String.join(", ", header);
    if (mostlyText < 0) {
      return InputException.at(file, headerLine, 0, "no numeric metric column" + columns);
    }
    // Name the text that made the column text, e.g. a metric with as much text as numbers.
    TextCell t = firstText[mostlyText];
    return InputException.at(
        file,
        t.line(),
        t.field() + 1,
        "no numeric metric column: column '"
            + header[t.field()]
            + "' is text ('"
            + t.text()
            + "' here; "
            + numbers[mostlyText]
            + " number cells, "
            + texts[mostlyText]
            + " text cells; a metric column needs more numbers than text)"
            + columns);
  }
}
