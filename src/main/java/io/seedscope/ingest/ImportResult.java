package io.seedscope.ingest;

import io.seedscope.model.InputException;
import io.seedscope.model.RunLog;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The runs read from one source, with what the reader noticed.
 *
 * @param source the file or directory as the user named it (used in messages)
 * @param format the format it was read as
 * @param runs the runs, in the order they first appear
 * @param warnings one line each: ignored columns, skipped lines, ...
 * @param summary runs, seeds and points per implementation
 * @param metricNames metrics found, in the order of the file where it has one
 * @param ignoredColumns non-numeric columns that were skipped: name to where its first non-numeric
 *     value is ({@code file:line:column: 'text'})
 */
public record ImportResult(
    String source,
    Format format,
    List<RunLog> runs,
    List<String> warnings,
    ImportSummary summary,
    List<String> metricNames,
    Map<String, String> ignoredColumns) {

  public ImportResult {
    runs = List.copyOf(runs);
    warnings = List.copyOf(warnings);
    metricNames = List.copyOf(metricNames);
    ignoredColumns = ignoredColumns == null ? Map.of() : Map.copyOf(new TreeMap<>(ignoredColumns));
  }

  static ImportResult of(
      String source,
      Format format,
      List<RunLog> runs,
      List<String> warnings,
      List<String> metricNames,
      Map<String, String> ignoredColumns) {
    return new ImportResult(
        source, format, runs, warnings, ImportSummary.of(runs), metricNames, ignoredColumns);
  }

  /**
   * The metric to analyse: {@code requested} when it exists; the only metric when none is
   * requested; otherwise an {@link InputException} listing the available metrics.
   */
  public String selectMetric(String requested) {
    if (requested != null && !requested.isEmpty()) {
      if (metricNames.contains(requested)) {
        return requested;
      }
      String why = ignoredColumns.get(requested);
      if (why != null) {
        throw new InputException(
            source
                + ": metric '"
                + requested
                + "' is not numeric (first non-numeric value at "
                + why
                + ")");
      }
      throw new InputException(
          source
              + ": no metric '"
              + requested
              + "'; available: "
              + (metricNames.isEmpty() ? "(none)" : String.join(", ", metricNames)));
    }
    if (metricNames.size() == 1) {
      return metricNames.get(0);
    }
    if (metricNames.isEmpty()) {
      throw new InputException(source + ": no metric found");
    }
    throw new InputException(
        source
            + ": "
            + metricNames.size()
            + " metrics ("
            + String.join(", ", metricNames)
            + "); choose one with --metric");
  }
}
