package io.seedscope.ingest;

import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.RunLog;
import io.seedscope.model.RunStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a wide CSV: one value column per seed ({@link WideLayout#SEEDS}, the default) or per
 * implementation ({@link WideLayout#IMPLEMENTATIONS}), with an optional {@code step} column (one
 * row per step) and, for the implementations layout, an optional {@code seed} column.
 *
 * <ul>
 *   <li>Seeds layout: the seed of a column is the last integer in its name ({@code seed_3}, {@code
 *       run3}, {@code 3}); columns without one are ignored with a warning. The implementation is
 *       {@code --implementation}, else the file name without extension.
 *   <li>Implementations layout: the column name is the implementation; the seed is the {@code seed}
 *       column, else (no step column) the row number 0, 1, ..., else 0.
 *   <li>Without a step column, a single row (seeds layout) or one row per seed (implementations
 *       layout) holds final values; several rows in the seeds layout are numbered 0, 1, ... as
 *       steps.
 * </ul>
 *
 * The metric is called {@code value}; the task is {@code --task} or {@code default}.
 */
final class WideCsvReader {
  static final String METRIC = "value";
  private static final Pattern LAST_INT = Pattern.compile("(-?\\d+)(?!.*\\d)");

  private WideCsvReader() {}

  private record RunId(String implementation, long seed) {}

  static ImportResult read(Path path, ImportOptions options) {
    WideLayout layout = options.wideLayout() == null ? WideLayout.SEEDS : options.wideLayout();
    CsvTokenizer csv = CsvTokenizer.open(path);
    String file = csv.file();
    csv.next();
    long headerLine = csv.line();
    int width = csv.count();
    String[] names = new String[width];
    for (int i = 0; i < width; i++) {
      names[i] = csv.text(i).strip();
    }
    int step = find(names, options.columns().getOrDefault("step", "step"));
    int seedCol =
        layout == WideLayout.IMPLEMENTATIONS
            ? find(names, options.columns().getOrDefault("seed", "seed"))
            : -1;
    for (String role : List.of("step", "seed")) {
      String mapped = options.columns().get(role);
      if (mapped != null && find(names, mapped) < 0) {
        throw InputException.at(
            file,
            headerLine,
            0,
            "--columns maps "
                + role
                + " to '"
                + mapped
                + "' but there is no such column; columns: "
                + String.join(", ", names));
      }
    }
    List<String> warnings = new ArrayList<>();
    String stem = path.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String implementation = options.implementation() != null ? options.implementation() : stem;
    List<Integer> valueCols = new ArrayList<>();
    Map<Integer, Long> seedOf = new HashMap<>();
    Map<Long, Integer> columnOfSeed = new HashMap<>();
    for (int i = 0; i < width; i++) {
      if (i == step || i == seedCol) {
        continue;
      }
      if (names[i].isEmpty()) {
        warnings.add("ignoring unnamed column " + (i + 1));
        continue;
      }
      if (layout == WideLayout.SEEDS) {
        Matcher m = LAST_INT.matcher(names[i]);
        if (!m.find()) {
          warnings.add("ignoring column '" + names[i] + "': no seed number in its name");
          continue;
        }
        long seed = Long.parseLong(m.group(1));
        Integer prev = columnOfSeed.put(seed, i);
        if (prev != null) {
          throw InputException.at(
              file,
              headerLine,
              i + 1,
              "columns '" + names[prev] + "' and '" + names[i] + "' are both seed " + seed);
        }
        seedOf.put(i, seed);
      }
      valueCols.add(i);
    }
    if (valueCols.isEmpty()) {
      throw InputException.at(
          file, headerLine, 0, "no value column; columns: " + String.join(", ", names));
    }
    boolean[] text = new boolean[width];
    boolean[] numeric = new boolean[width];
    Map<String, String> ignored = new TreeMap<>();
    Map<RunId, CurveBuilder> curves = new LinkedHashMap<>();
    Map<RunId, double[]> finals = new LinkedHashMap<>();
    Map<RunId, Long> finalLines = new HashMap<>();
    long row = -1;
    List<Long> rowLines = new ArrayList<>();
    List<double[]> pending = new ArrayList<>();
    while (csv.next()) {
      csv.requireFieldCount(width);
      row++;
      rowLines.add(csv.line());
      Long stepValue = null;
      if (step >= 0) {
        if (csv.isEmpty(step)) {
          throw csv.error(step, "column '" + names[step] + "' (the step) is empty");
        }
        long s = Numbers.parseInteger(csv.buffer(), csv.start(step), csv.end(step));
        if (!Numbers.isInteger(s, csv.buffer(), csv.start(step), csv.end(step))) {
          throw csv.error(
              step,
              "column '" + names[step] + "': '" + csv.text(step) + "' is not an integer step");
        }
        stepValue = s;
      }
      long rowSeed = row;
      if (seedCol >= 0) {
        rowSeed = Numbers.parseInteger(csv.buffer(), csv.start(seedCol), csv.end(seedCol));
        if (!Numbers.isInteger(rowSeed, csv.buffer(), csv.start(seedCol), csv.end(seedCol))) {
          throw csv.error(
              seedCol,
              "column '"
                  + names[seedCol]
                  + "': seed '"
                  + csv.text(seedCol)
                  + "' is not an integer");
        }
      } else if (step >= 0) {
        rowSeed = 0;
      }
      double[] values = new double[width];
      for (int i : valueCols) {
        values[i] = ResultSet.MISSING;
        if (text[i]) {
          continue;
        }
        double v = csv.number(i);
        if (Numbers.isNotANumber(v)) {
          if (!numeric[i]) {
            text[i] = true;
            ignored.put(
                names[i], file + ":" + csv.line() + ":" + (i + 1) + ": '" + csv.text(i) + "'");
            continue;
          }
          throw csv.error(i, "column '" + names[i] + "': '" + csv.text(i) + "' is not a number");
        }
        numeric[i] |= !ResultSet.isMissing(v);
        values[i] = v;
      }
      values = java.util.Arrays.copyOf(values, width + 2);
      values[width] = stepValue == null ? Double.NaN : stepValue;
      values[width + 1] = rowSeed;
      pending.add(values);
    }
    if (pending.isEmpty()) {
      throw InputException.at(file, headerLine, 0, "no data rows after the header");
    }
    boolean implicitSteps = step < 0 && layout == WideLayout.SEEDS && pending.size() > 1;
    if (implicitSteps) {
      warnings.add("no step column: rows are numbered 0, 1, ... as steps");
    }
    for (int r = 0; r < pending.size(); r++) {
      double[] values = pending.get(r);
      long line = rowLines.get(r);
      for (int i : valueCols) {
        if (text[i] || ResultSet.isMissing(values[i])) {
          continue;
        }
        RunId id =
            layout == WideLayout.SEEDS
                ? new RunId(implementation, seedOf.get(i))
                : new RunId(names[i], (long) values[width + 1]);
        if (step >= 0 || implicitSteps) {
          long s = step >= 0 ? (long) values[width] : r;
          curves.computeIfAbsent(id, k -> new CurveBuilder()).add(s, METRIC, values[i], line);
        } else {
          Long prev = finalLines.put(id, line);
          if (prev != null) {
            throw InputException.at(
                file,
                line,
                i + 1,
                "second final value for implementation '"
                    + id.implementation()
                    + "', seed "
                    + id.seed()
                    + " (also at line "
                    + prev
                    + ")");
          }
          finals.put(id, new double[] {values[i]});
        }
      }
    }
    ignored.forEach((k, v) -> warnings.add("ignoring non-numeric column '" + k + "' (" + v + ")"));
    List<RunLog> logs = new ArrayList<>();
    CurveBuilder.Locator loc = CurveBuilder.of(List.of(file), false);
    curves.forEach(
        (id, c) -> {
          GroupKey key = new GroupKey(id.implementation(), options.task(), null);
          logs.add(
              c.build(
                  RunIds.derive(id.implementation(), key.task(), "", Long.toString(id.seed())),
                  key,
                  id.seed(),
                  CurveBuilder.Duplicates.ERROR,
                  "implementation '" + id.implementation() + "', seed " + id.seed(),
                  loc));
        });
    finals.forEach(
        (id, v) -> {
          GroupKey key = new GroupKey(id.implementation(), options.task(), null);
          logs.add(
              new RunLog(
                  RunIds.derive(id.implementation(), key.task(), "", Long.toString(id.seed())),
                  key,
                  id.seed(),
                  RunStatus.OK,
                  "",
                  null,
                  Map.of(METRIC, v)));
        });
    if (logs.isEmpty()) {
      throw InputException.at(file, headerLine, 0, "no numeric value in any value column");
    }
    return ImportResult.of(file, Format.WIDE_CSV, logs, warnings, List.of(METRIC), ignored);
  }

  private static int find(String[] names, String wanted) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(wanted)) {
        return i;
      }
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i].toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }
}
