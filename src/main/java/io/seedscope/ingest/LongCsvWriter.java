package io.seedscope.ingest;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes runs as seedscope's long-format CSV, which {@link LongCsvReader} reads back to equal runs:
 * columns {@code implementation, task, seed, run, run.status, run.reason}, {@code step} (when any
 * run has steps), {@code param.NAME} for every parameter of any run (sorted), then every metric
 * (sorted). A metric named like one of the fixed columns (e.g. {@code run.status}, {@code seed}) is
 * an error: the file could not be read back.
 *
 * <p>Status and reason are written so that the CSV analyzes like the results directory it came
 * from: without them a failed run's partial values would count as an ordinary run's. A run with no
 * rows of values (one that failed or logged nothing) is written as one row with empty step and
 * metric cells, so that it is still counted.
 *
 * <p>Deterministic: runs in (task, config, implementation, seed, run id) order, rows by step,
 * numbers by {@link Double#toString} (which reads back to the same double), NaN as {@code NaN},
 * infinities as {@code inf}/{@code -inf} (what numpy and pandas read), a missing value as an empty
 * cell, {@code \n} line ends. Fields are quoted (RFC 4180) only when they must be. A hand writer
 * rather than Tablesaw's: a Table would need one column per metric with its own missing marker, and
 * could not keep MISSING and NaN apart.
 */
public final class LongCsvWriter {

  private LongCsvWriter() {}

  /** The columns the runs need: their parameters and metrics, sorted, and whether any has steps. */
  private record Columns(TreeSet<String> params, TreeSet<String> metrics, boolean steps) {
    /** The columns, checked: a metric named like another column is an error. */
    static Columns of(List<RunLog> runs, Set<String> alsoMetrics) {
      TreeSet<String> params = new TreeSet<>();
      TreeSet<String> metrics = new TreeSet<>(alsoMetrics);
      boolean steps = false;
      for (RunLog r : runs) {
        params.addAll(r.key().config().values().keySet());
        metrics.addAll(r.metrics().keySet());
        steps |= r.steps() != null;
      }
      checkMetricNames(header(params, steps), metrics);
      return new Columns(params, metrics, steps);
    }
  }

  public static void write(List<RunLog> runs, Path file) {
    write(runs, file, Set.of());
  }

  /**
   * @param alsoMetrics metric columns to write even if no run logged them (the spec's metric), so
   *     that a results directory whose runs all failed still exports a file {@code analyze} reads
   */
  public static void write(List<RunLog> runs, Path file, Set<String> alsoMetrics) {
    // Checked before the file is opened, so that a bad metric name leaves no empty file behind.
    Columns columns = Columns.of(runs, alsoMetrics);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      write(runs, w, columns);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static void write(List<RunLog> runs, Writer out) throws IOException {
    write(runs, out, Columns.of(runs, Set.of()));
  }

  private static void write(List<RunLog> runs, Writer out, Columns columns) throws IOException {
    List<RunLog> sorted = new ArrayList<>(runs);
    sorted.sort(
        Comparator.comparing(RunLog::key)
            .thenComparingLong(RunLog::seed)
            .thenComparing(RunLog::runId));
    TreeSet<String> params = columns.params();
    TreeSet<String> metrics = columns.metrics();
    boolean steps = columns.steps();
    List<String> header = header(params, steps);
    header.addAll(metrics);
    StringBuilder sb = new StringBuilder(256);
    for (int i = 0; i < header.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      field(sb, header.get(i));
    }
    out.write(sb.append('\n').toString());
    String[] metricNames = metrics.toArray(new String[0]);
    for (RunLog r : sorted) {
      StringBuilder prefix = new StringBuilder();
      field(prefix, r.key().implementation());
      prefix.append(',');
      field(prefix, r.key().task());
      prefix.append(',').append(r.seed()).append(',');
      field(prefix, r.runId());
      prefix.append(',').append(r.status().label()).append(',');
      field(prefix, r.reason());
      // A run with steps but none logged still gets one row (empty step): it must not vanish.
      int n = r.steps() != null ? Math.max(1, r.steps().length) : 1;
      double[][] cols = new double[metricNames.length][];
      for (int m = 0; m < metricNames.length; m++) {
        cols[m] = r.metrics().get(metricNames[m]);
      }
      StringBuilder paramText = new StringBuilder();
      for (String p : params) {
        paramText.append(',');
        String v = r.key().config().get(p);
        if (v != null) {
          field(paramText, v);
        }
      }
      for (int i = 0; i < n; i++) {
        sb.setLength(0);
        sb.append(prefix);
        if (steps) {
          sb.append(',');
          if (r.steps() != null && i < r.steps().length) {
            sb.append(r.steps()[i]);
          }
        }
        sb.append(paramText);
        for (double[] col : cols) {
          sb.append(',');
          if (col != null && i < col.length) {
            number(sb, col[i]);
          }
        }
        out.write(sb.append('\n').toString());
      }
    }
  }

  /** The columns before the metrics. */
  private static List<String> header(TreeSet<String> params, boolean steps) {
    List<String> header =
        new ArrayList<>(
            List.of(
                "implementation",
                "task",
                "seed",
                "run",
                LongCsvHeader.STATUS_COLUMN,
                LongCsvHeader.REASON_COLUMN));
    if (steps) {
      header.add("step");
    }
    for (String p : params) {
      header.add("param." + p);
    }
    return header;
  }

  /** A metric named like another column would give a header that cannot be read back. */
  private static void checkMetricNames(List<String> header, TreeSet<String> metrics) {
    for (String name : header) {
      if (metrics.contains(name)) {
        throw new InputException(
            "cannot export metric '"
                + name
                + "': the long CSV has a column of that name for another purpose"
                + " (rename the metric)");
      }
    }
  }

  private static void number(StringBuilder sb, double v) {
    if (ResultSet.isMissing(v)) {
      return;
    }
    if (Double.isNaN(v)) {
      sb.append("NaN");
    } else if (v == Double.POSITIVE_INFINITY) {
      sb.append("inf");
    } else if (v == Double.NEGATIVE_INFINITY) {
      sb.append("-inf");
    } else {
      sb.append(v);
    }
  }

  /** Appends a field, quoted when it holds a separator, quote, line break or edge space. */
  static void field(StringBuilder sb, String text) {
    boolean quote =
        !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(text.length() - 1) == ' ');
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';' || c == '\t';
    }
    if (!quote) {
      sb.append(text);
      return;
    }
    sb.append('"').append(text.replace("\"", "\"\"")).append('"');
  }
}
