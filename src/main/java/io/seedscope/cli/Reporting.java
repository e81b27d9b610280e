package io.seedscope.cli;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.AnalysisJson;
import io.seedscope.analysis.Analyzer;
import io.seedscope.analysis.Manifest;
import io.seedscope.model.ResultSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The analyze-and-write step shared by {@code run}, {@code analyze}, {@code report}, {@code demo}.
 */
final class Reporting {
  private Reporting() {}

  /** Where things were written, and the analysis itself. */
  record Outputs(Path json, Path html, Path markdown, Analysis analysis) {}

  /**
   * Where to write (any may be null) and what to record in {@code manifest.json}, which goes beside
   * the JSON (or the HTML) when there is one.
   */
  record Targets(
      Path json,
      Path html,
      Path markdown,
      List<String> args,
      Path experimentDir,
      Path spec,
      Path rules) {
    Targets(Path json, Path html, Path markdown) {
      this(json, html, markdown, List.of(), null, null, null);
    }

    Targets withContext(List<String> a, Path dir, Path specFile) {
      return new Targets(json, html, markdown, a, dir, specFile, rules);
    }

    /** Gate rules that decide the report's verdicts. */
    Targets withRules(Path gateRules) {
      return new Targets(json, html, markdown, args, experimentDir, spec, gateRules);
    }

    /**
     * {@code manifest.json} beside {@code analysis.json} (or {@code index.html}); beside any other
     * name, {@code <name>.manifest.json}, so that two analyses written to one directory (say {@code
     * ppo.json} and {@code sac.json}) each keep their own.
     */
    Path manifest() {
      Path anchor = json != null ? json : html;
      if (anchor == null) {
        return null;
      }
      String name = anchor.getFileName().toString();
      if (name.equals("analysis.json") || name.equals("index.html")) {
        return anchor.toAbsolutePath().resolveSibling("manifest.json");
      }
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      return anchor.toAbsolutePath().resolveSibling(stem + ".manifest.json");
    }
  }

  /**
   * Prints what loading the results left out or guessed (damaged records, skipped files, names
   * taken from directories): every command that reads results says so, or a verdict would rest on
   * fewer runs than the user thinks without a word.
   */
  static void warn(Collection<String> warnings, PrintStream err) {
    for (String w : warnings) {
      warn(w, err);
    }
  }

  /** One warning, one line: user text quoted in it (a file name, a CSV cell) is escaped. */
  static void warn(String warning, PrintStream err) {
    err.println("warning: " + Main.oneLine(warning));
  }

  static Outputs analyzeRunDir(
      Path dir,
      Collection<String> onlyIds,
      AnalysisOptions opts,
      CompareOptions compare,
      Targets targets,
      PrintStream err)
      throws IOException {
    ResultsInput.Loaded loaded = ResultsInput.runDirectory(dir, onlyIds);
    ResultSet results = ResultsInput.resultSet(loaded, opts, dir.toString());
    return write(
        new InputOptions.Prepared(results, loaded.implementationParams()),
        opts,
        compare,
        null,
        targets,
        err);
  }

  static Outputs write(
      InputOptions.Prepared prepared,
      AnalysisOptions opts,
      CompareOptions compare,
      Targets targets,
      PrintStream err)
      throws IOException {
    return write(prepared, opts, compare, null, targets, err);
  }

  static Outputs write(
      InputOptions.Prepared prepared,
      AnalysisOptions opts,
      CompareOptions compare,
      io.seedscope.analysis.ImportanceSection.Options importance,
      Targets targets,
      PrintStream err)
      throws IOException {
    // Every output is staged before the analysis: a path that cannot be written fails before the
    // work, and a failure on the last output leaves none of the others behind.
    try (StagedFiles files = new StagedFiles()) {
      Targets into =
          new Targets(
              files.stage(targets.json()),
              files.stage(targets.html()),
              files.stage(targets.markdown()),
              targets.args(),
              targets.experimentDir(),
              targets.spec(),
              targets.rules());
      Path manifestInto = files.stage(targets.manifest());
      Analysis analysis = write(prepared, opts, compare, importance, into, manifestInto, err);
      files.commit();
      return new Outputs(targets.json(), targets.html(), targets.markdown(), analysis);
    }
  }

  /** Analyzes and writes to {@code into}, the staged temporaries of the targets. */
  private static Analysis write(
      InputOptions.Prepared prepared,
      AnalysisOptions opts,
      CompareOptions compare,
      io.seedscope.analysis.ImportanceSection.Options importance,
      Targets into,
      Path manifestInto,
      PrintStream err)
      throws IOException {
    long t0 = System.nanoTime();
    ResultSet results = prepared.results();
    warn(results.warnings(), err);
    Set<String> implParams = prepared.implementationParams();
    Analysis analysis =
        new Analyzer(
                opts.settings(),
                (compare == null ? new CompareOptions() : compare).settings(implParams),
                opts.threads(),
                List.of(
                    new io.seedscope.analysis.MultitaskSection(
                        opts.reference == null
                            ? null
                            : io.seedscope.analysis.ReferenceScores.read(opts.reference)),
                    new io.seedscope.analysis.ImportanceSection(
                        importance != null
                            ? importance
                            : io.seedscope.analysis.ImportanceSection.Options.defaults()
                                .withSeed(opts.seed))))
            .analyze(results);
    long t1 = System.nanoTime();
    // The analysis adds warnings of its own (divergent runs left out, repeats of a seed that
    // disagree, ...): a person at the terminal must see them too, not only analysis.json.
    Set<String> printed = new HashSet<>(results.warnings());
    for (String w : analysis.warnings()) {
      if (printed.add(w)) {
        warn(w, err);
      }
    }
    if (into.json() != null) {
      AnalysisJson.write(analysis, into.json());
    }
    Map<String, Double> timings = new LinkedHashMap<>();
    timings.put("analysisSeconds", (t1 - t0) / 1e9);
    Manifest manifest =
        Manifest.collect(into.args(), Main.version(), into.experimentDir(), into.spec(), timings);
    ReportWriter.write(results, analysis, manifest, into);
    timings.put("reportSeconds", (System.nanoTime() - t1) / 1e9);
    if (manifestInto != null) {
      AnalysisJson.write(manifest.withTimings(timings), manifestInto);
    }
    return analysis;
  }
}
