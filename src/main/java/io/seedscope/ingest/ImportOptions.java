package io.seedscope.ingest;

import io.seedscope.model.InputException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How to read a result file or directory. Every field is optional.
 *
 * @param format the format, or null to detect it ({@link Importers#detect})
 * @param columns role to column name, e.g. {@code implementation -> agent}; roles are {@code
 *     implementation}, {@code seed}, {@code task}, {@code step}, {@code run}, {@code status},
 *     {@code reason} (long CSV only; found without a mapping only as the columns {@code run.status}
 *     and {@code run.reason}) and {@code param.NAME}
 * @param pathPattern where seed, implementation and task sit in a directory layout, e.g. {@code
 *     logs/{implementation}/seed_{seed}/}
 * @param wideLayout what the value columns of a wide CSV are (default {@link WideLayout#SEEDS})
 * @param implementation implementation name for files that carry none
 * @param task task name for files that carry none
 */
public record ImportOptions(
    Format format,
    Map<String, String> columns,
    String pathPattern,
    WideLayout wideLayout,
    String implementation,
    String task) {

  static final Set<String> ROLES =
      Set.of("implementation", "seed", "task", "step", "run", "status", "reason");

  public ImportOptions {
    columns =
        columns == null
            ? Collections.emptySortedMap()
            : Collections.unmodifiableSortedMap(new TreeMap<>(columns));
  }

  public static ImportOptions defaults() {
    return new ImportOptions(null, null, null, null, null, null);
  }

  public ImportOptions withFormat(Format f) {
    return new ImportOptions(f, columns, pathPattern, wideLayout, implementation, task);
  }

  public ImportOptions withColumns(Map<String, String> c) {
    return new ImportOptions(format, c, pathPattern, wideLayout, implementation, task);
  }

  /** Same as {@link #withColumns} with the text of {@code --columns}. */
  public ImportOptions withColumns(String spec) {
    return withColumns(parseColumns(spec));
  }

  public ImportOptions withPathPattern(String p) {
    return new ImportOptions(format, columns, p, wideLayout, implementation, task);
  }

  public ImportOptions withWideLayout(WideLayout w) {
    return new ImportOptions(format, columns, pathPattern, w, implementation, task);
  }

  public ImportOptions withImplementation(String i) {
    return new ImportOptions(format, columns, pathPattern, wideLayout, i, task);
  }

  public ImportOptions withTask(String t) {
    return new ImportOptions(format, columns, pathPattern, wideLayout, implementation, t);
  }

  /**
   * Parses {@code implementation=agent,seed=run,task=game} (role=column pairs, comma separated).
   */
  public static SortedMap<String, String> parseColumns(String spec) {
    SortedMap<String, String> out = new TreeMap<>();
    if (spec == null || spec.isBlank()) {
      return out;
    }
    for (String part : spec.split(",")) {
      int eq = part.indexOf('=');
      String role = eq < 0 ? "" : part.substring(0, eq).trim();
      String column = eq < 0 ? "" : part.substring(eq + 1).trim();
      if (role.isEmpty() || column.isEmpty()) {
        throw new InputException(
            "--columns: '" + part.trim() + "' is not ROLE=COLUMN (e.g. implementation=agent)");
      }
      if (!ROLES.contains(role) && !(role.startsWith("param.") && role.length() > 6)) {
        throw new InputException(
            "--columns: unknown role '"
                + role
                + "'; roles are implementation, seed, task, step, run, status, reason,"
                + " param.NAME");
      }
      if (out.put(role, column) != null) {
        throw new InputException("--columns: role '" + role + "' is given twice");
      }
    }
    return out;
  }
}
