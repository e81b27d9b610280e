package io.seedscope.analysis;

import java.util.List;

/**
 * The machine-readable result of {@code seedscope analyze}: the root of {@code analysis.json}.
 * Its schema is documented in the README ("analysis.json"); {@link #SCHEMA} changes whenever a
 * field changes meaning. Nothing here depends on the time or the machine (that goes to
 * {@code manifest.json}), so the same input and options give byte-identical JSON.
 */
public record Analysis(
    String schema,
    String metric,
    String goal,
    String aggregate,
    AnalysisSettings settings,
    Counts counts,
    List<GroupResult> groups,
    List<RunNote> divergent,
    List<RunNote> failed,
    List<String> warnings) {

  public static final String SCHEMA = "seedscope.analysis/1";

  /** How many runs the analysis saw, by fate. */
  public record Counts(int runs, int ok, int divergent, int failed) {}
}
