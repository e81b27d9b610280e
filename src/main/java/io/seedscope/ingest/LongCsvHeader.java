package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The header of a long-format CSV: which field plays which role (implementation, seed, task, step,
 * run, status, reason, parameters, metrics), after the user's {@code --columns} mapping.
 *
 * <p>The {@code status} and {@code reason} roles are roles rather than columns left to the metric
 * rule because they carry how a run ended: as a metric or an ignored text column, a failed run's
 * partial values would count as an ordinary run's. They are found only under the exact names {@link
 * #STATUS_COLUMN} and {@link #REASON_COLUMN} (what {@code seedscope export} writes) or through
 * {@code --columns status=COL,reason=COL}: a plain {@code status} or {@code reason} column is an
 * ordinary column (a metric if numeric, else ignored), as files from other tools use them.
 */
final class LongCsvHeader {
  /** The column name that takes the status role without {@code --columns} (case-sensitive). */
  static final String STATUS_COLUMN = "run.status";

  /** The column name that takes the reason role without {@code --columns} (case-sensitive). */
  static final String REASON_COLUMN = "run.reason";

  String[] names;
  int impl = -1;
  int seed = -1;
  int task = -1;
  int step = -1;
  int run = -1;
  int status = -1;
  int reason = -1;
  int[] paramFields;
  String[] paramNames;
  int[] metricFields;

  static LongCsvHeader parse(CsvTokenizer csv, ImportOptions options, List<String> warnings) {
    String file = csv.file();
    long line = csv.line();
    LongCsvHeader h = new LongCsvHeader();
    int width = csv.count();
    h.names = new String[width];
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < width; i++) {
      h.names[i] = csv.text(i).strip();
      if (h.names[i].isEmpty()) {
        continue;
      }
      Integer prev = index.putIfAbsent(h.names[i], i);
      if (prev != null) {
        throw csv.error(
            i,
            "column '"
                + h.names[i]
                + "' appears twice (fields "
                + (prev + 1)
                + " and "
                + (i + 1)
                + ")");
      }
    }
    boolean[] used = new boolean[width];
    Map<String, Integer> roles = new LinkedHashMap<>();
    // Mapped roles first, so that e.g. seed=run takes the column named "run" away from the
    // run role.
    options
        .columns()
        .forEach(
            (role, column) -> {
              Integer i = index.get(column);
              if (i == null) {
                throw InputException.at(
                    file,
                    line,
                    0,
                    "--columns maps "
                        + role
                        + " to '"
                        + column
                        + "' but there is no such column; columns: "
                        + h.columnList());
              }
              if (used[i]) {
                throw InputException.at(
                    file, line, i + 1, "--columns maps two roles to column '" + column + "'");
              }
              used[i] = true;
              roles.put(role, i);
            });
    for (String role : List.of("implementation", "seed", "task", "step", "run")) {
      if (roles.containsKey(role)) {
        continue;
      }
      int found = -1;
      for (int i = 0; i < width && found < 0; i++) {
        if (!used[i] && h.names[i].equals(role)) {
          found = i;
        }
      }
      for (int i = 0; i < width && found < 0; i++) {
        if (!used[i] && h.names[i].toLowerCase(Locale.ROOT).equals(role)) {
          found = i;
        }
      }
      if (found >= 0) {
        used[found] = true;
        roles.put(role, found);
      }
    }
    // Exact names only: "status"/"Status" columns of other tools stay ordinary columns.
    for (String[] role : new String[][] {{"status", STATUS_COLUMN}, {"reason", REASON_COLUMN}}) {
      Integer i = index.get(role[1]);
      if (!roles.containsKey(role[0]) && i != null && !used[i]) {
        used[i] = true;
        roles.put(role[0], i);
      }
    }
    h.impl = roles.getOrDefault("implementation", -1);
    h.seed = roles.getOrDefault("seed", -1);
    h.task = roles.getOrDefault("task", -1);
    h.step = roles.getOrDefault("step", -1);
    h.run = roles.getOrDefault("run", -1);
    h.status = roles.getOrDefault("status", -1);
    h.reason = roles.getOrDefault("reason", -1);
    if (h.impl < 0 && options.implementation() == null) {
      throw InputException.at(
          file,
          line,
          0,
          "no 'implementation' column; columns: "
              + h.columnList()
              + " (name one with --columns implementation=COLUMN)");
    }
    if (h.seed < 0) {
      throw InputException.at(
          file,
          line,
          0,
          "no 'seed' column; columns: "
              + h.columnList()
              + " (name one with --columns seed=COLUMN)");
    }
    TreeMap<String, Integer> params = new TreeMap<>();
    roles.forEach(
        (role, i) -> {
          if (role.startsWith("param.")) {
            params.put(role.substring(6), i);
          }
        });
    List<Integer> metrics = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (used[i]) {
        continue;
      }
      String name = h.names[i];
      if (name.startsWith("param.") && name.length() > 6) {
        if (params.putIfAbsent(name.substring(6), i) != null) {
          throw csv.error(i, "parameter '" + name.substring(6) + "' is given twice");
        }
      } else if (name.isEmpty()) {
        warnings.add("ignoring unnamed column " + (i + 1) + " (an index column?)");
      } else {
        metrics.add(i);
      }
    }
    h.paramNames = params.keySet().toArray(new String[0]);
    h.paramFields = params.values().stream().mapToInt(Integer::intValue).toArray();
    h.metricFields = metrics.stream().mapToInt(Integer::intValue).toArray();
    if (h.metricFields.length == 0) {
      throw InputException.at(file, line, 0, "no metric column; columns: " + h.columnList());
    }
    return h;
  }

  String columnList() {
    return String.join(
        ", ", Arrays.stream(names).map(n -> n.isEmpty() ? "(unnamed)" : n).toArray(String[]::new));
  }
}
