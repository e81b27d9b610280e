package io.seedscope.ingest;

import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads seedscope's long-format CSV: one row per run (final values) or per run and step.
 *
 * <p>Columns: {@code implementation}, {@code seed}, optional {@code task}, {@code step}, {@code
 * run}, {@code run.status}, {@code run.reason}, hyperparameters {@code param.NAME}, and metrics.
 * Roles can be mapped to other column names ({@link ImportOptions#columns()}; the roles of {@code
 * run.status} and {@code run.reason} are called {@code status} and {@code reason} there).
 *
 * <p>Every other column is a metric candidate; which are metrics is decided from the whole column,
 * not its first row ({@link MetricColumns}).
 *
 * <p>A status column (what {@link LongCsvWriter} writes) gives each run the status it had in the
 * results directory, so that failed, timed-out and cancelled runs are counted as such rather than
 * as ordinary runs with partial values. It must be constant within a run; an empty cell means
 * {@code ok} (the run is classified by its values, as without the column).
 *
 * <p>Rows of one run are those with the same run id (the {@code run} column, scoped within
 * implementation, task, configuration and seed) or, without a run column, the same implementation,
 * task, configuration and seed. They may come in any order; the run's curve is sorted by step.
 *
 * <p>Speed: consecutive rows of the same run are recognised by comparing the raw bytes of their key
 * fields with the previous row's, so the common case (a run's rows together) creates no String at
 * all; metric cells are parsed from bytes by {@link Numbers}.
 */
final class LongCsvReader {

  static ImportResult read(Path path, ImportOptions options) {
    return read(CsvTokenizer.open(path), options);
  }

  private record RowKey(
      String implementation, String task, List<String> params, long seed, String run) {}

  private final CsvTokenizer csv;
  private final ImportOptions options;
  private final String file;
  private final List<String> warnings = new ArrayList<>();
  private final long headerLine;
  private final LongCsvHeader h;
  private final int width;
  private final int m;

  /** Key fields, compared byte-wise with the previous row's to recognise the same run. */
  private final int[] keyFields;

  private final int[] prevStart;
  private final int[] prevEnd;

  /** Per candidate metric column: what its cells held, to decide whether it is a metric. */
  private final MetricColumns columns;

  private final Map<RowKey, RunRows> runs = new HashMap<>();
  private final List<RunRows> order = new ArrayList<>();
  private RunRows current;
  private int rows;

  private LongCsvReader(CsvTokenizer csv, ImportOptions options) {
    this.csv = csv;
    this.options = options;
    this.file = csv.file();
    csv.next();
    headerLine = csv.line();
    h = LongCsvHeader.parse(csv, options, warnings);
    width = h.names.length;
    m = h.metricFields.length;
    List<Integer> keyList = new ArrayList<>();
    // Status and reason are not part of a run's identity (RowKey), but a change in them starts a
    // lookup, which checks that they are constant within the run.
    for (int f : new int[] {h.impl, h.task, h.seed, h.run, h.status, h.reason}) {
      if (f >= 0) {
        keyList.add(f);
      }
    }
    for (int f : h.paramFields) {
      keyList.add(f);
    }
    keyFields = keyList.stream().mapToInt(Integer::intValue).toArray();
    prevStart = new int[keyFields.length];
    prevEnd = new int[keyFields.length];
    columns = new MetricColumns(file, h.names, h.metricFields);
  }

  static ImportResult read(CsvTokenizer csv, ImportOptions options) {
    LongCsvReader r = new LongCsvReader(csv, options);
    while (csv.next()) {
      r.row();
    }
    return r.finish();
  }

  /** The hot path: one data row. Kept small so that the JIT compiles it early. */
  private void row() {
    csv.requireFieldCount(width);
    rows++;
    boolean same = current != null;
    if (same) {
      for (int j = 0; j < keyFields.length; j++) {
        if (!csv.sameBytes(keyFields[j], prevStart[j], prevEnd[j])) {
          same = false;
          break;
        }
      }
    }
    if (!same) {
      current = lookup(csv, h, options, runs, order, m);
      for (int j = 0; j < keyFields.length; j++) {
        prevStart[j] = csv.start(keyFields[j]);
        prevEnd[j] = csv.end(keyFields[j]);
      }
    }
    long step = 0;
    boolean stepless = true;
    int stepField = h.step;
    if (stepField >= 0 && !csv.isEmpty(stepField)) {
      step = Numbers.parseInteger(csv.buffer(), csv.start(stepField), csv.end(stepField));
      if (!Numbers.isInteger(step, csv.buffer(), csv.start(stepField), csv.end(stepField))) {
        throw csv.error(
            stepField,
            "column '"
                + h.names[stepField]
                + "': '"
                + csv.text(stepField)
                + "' is not an integer step");
      }
      stepless = false;
    }
    int row = current.add(step, stepless, csv.line());
    for (int k = 0; k < m; k++) {
      double v = csv.number(h.metricFields[k]);
      if (Numbers.isNotANumber(v)) {
        columns.text(k, csv.line(), csv::text);
      } else if (!ResultSet.isMissing(v)) {
        columns.number(k);
      }
      current.set(k, row, v);
    }
  }

  private ImportResult finish() {
    if (rows == 0) {
      throw InputException.at(file, headerLine, 0, "no data rows after the header");
    }
    int stepField = h.step;

    MetricColumns.Decision d = columns.decide(headerLine, warnings);
    String[] ids = runIds(order);
    List<RunLog> logs = new ArrayList<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      logs.add(order.get(i).toLog(ids[i], file, stepField >= 0, stepField + 1, d.names()));
    }
    return ImportResult.of(file, Format.LONG_CSV, logs, warnings, d.metricNames(), d.ignored());
  }

  private static RunRows lookup(
      CsvTokenizer csv,
      LongCsvHeader h,
      ImportOptions options,
      Map<RowKey, RunRows> runs,
      List<RunRows> order,
      int metrics) {
    String impl;
    if (h.impl >= 0) {
      impl = csv.text(h.impl);
      if (impl.isEmpty()) {
        throw csv.error(h.impl, "column '" + h.names[h.impl] + "' is empty");
      }
    } else {
      impl = options.implementation();
    }
    String task = h.task >= 0 ? csv.text(h.task) : options.task();
    if (csv.isEmpty(h.seed)) {
      throw csv.error(h.seed, "column '" + h.names[h.seed] + "' (the seed) is empty");
    }
    long seed = Numbers.parseInteger(csv.buffer(), csv.start(h.seed), csv.end(h.seed));
    if (!Numbers.isInteger(seed, csv.buffer(), csv.start(h.seed), csv.end(h.seed))) {
      throw csv.error(
          h.seed,
          "column '" + h.names[h.seed] + "': seed '" + csv.text(h.seed) + "' is not an integer");
    }
    String run = null;
    if (h.run >= 0) {
      run = csv.text(h.run);
      if (run.isEmpty()) {
        throw csv.error(h.run, "column '" + h.names[h.run] + "' (the run id) is empty");
      }
    }
    List<String> params = new ArrayList<>(h.paramFields.length);
    for (int f : h.paramFields) {
      params.add(csv.text(f));
    }
    RunStatus status = status(csv, h);
    String reason = h.reason >= 0 ? csv.text(h.reason) : "";
    RowKey key = new RowKey(impl, task, params, seed, run);
    RunRows rows = runs.get(key);
    if (rows != null) {
      requireSame(csv, h, rows, status, reason);
    } else {
      Map<String, String> config = new TreeMap<>();
      for (int i = 0; i < h.paramFields.length; i++) {
        if (!params.get(i).isEmpty()) {
          config.put(h.paramNames[i], params.get(i));
        }
      }
      rows = new RunRows(RunRows.key(impl, task, config), seed, run, status, reason, metrics);
      runs.put(key, rows);
      order.add(rows);
    }
    return rows;
  }

  /** The row's status: {@link RunStatus#OK} without a status column or with an empty cell. */
  private static RunStatus status(CsvTokenizer csv, LongCsvHeader h) {
    if (h.status < 0 || csv.isEmpty(h.status)) {
      return RunStatus.OK;
    }
    String text = csv.text(h.status);
    RunStatus status = RunStatus.fromLabel(text);
    if (status == null) {
      List<String> labels = new ArrayList<>();
      for (RunStatus s : RunStatus.values()) {
        labels.add(s.label());
      }
      throw csv.error(
          h.status,
          "column '"
              + h.names[h.status]
              + "': unknown status '"
              + text
              + "' (one of "
              + String.join(", ", labels)
              + ")");
    }
    return status;
  }

  /** A run has one status and reason: every row of it must repeat its first row's. */
  private static void requireSame(
      CsvTokenizer csv, LongCsvHeader h, RunRows rows, RunStatus status, String reason) {
    if (status != rows.status) {
      throw csv.error(
          h.status,
          "column '"
              + h.names[h.status]
              + "': status '"
              + status.label()
              + "' differs from '"
              + rows.status.label()
              + "' of the same run at line "
              + rows.firstLine()
              + " (a run has one status)");
    }
    if (!reason.equals(rows.reason)) {
      throw csv.error(
          h.reason,
          "column '"
              + h.names[h.reason]
              + "': reason differs from the one of the same run at line "
              + rows.firstLine()
              + " (a run has one reason)");
    }
  }

  /**
   * The user's run ids when each names a single run; otherwise (e.g. run numbers 0..4 repeated per
   * implementation) ids derived from the whole key plus the run value. Without a run column: first
   * 12 hex digits of SHA-256 of {@code implementation|task|config|seed}.
   */
  private static String[] runIds(List<RunRows> order) {
    String[] ids = new String[order.size()];
    boolean hasRun = !order.isEmpty() && order.get(0).run != null;
    boolean unique = hasRun;
    if (hasRun) {
      Map<String, Integer> seen = new HashMap<>();
      for (RunRows r : order) {
        if (seen.merge(r.run, 1, Integer::sum) > 1) {
          unique = false;
          break;
        }
      }
    }
    for (int i = 0; i < ids.length; i++) {
      RunRows r = order.get(i);
      if (unique) {
        ids[i] = r.run;
      } else {
        List<String> parts =
            new ArrayList<>(
                List.of(
                    r.key.implementation(),
                    r.key.task(),
                    r.key.config().canonical(),
                    Long.toString(r.seed)));
        if (hasRun) {
          parts.add(r.run);
        }
        ids[i] = RunIds.derive(parts.toArray(new String[0]));
      }
    }
    return ids;
  }
}
