package io.seedscope.cli;

import io.seedscope.analysis.Analysis;
import io.seedscope.analysis.Manifest;
import io.seedscope.model.ResultSet;
import io.seedscope.report.HtmlReport;
import io.seedscope.report.MarkdownSummary;
import io.seedscope.report.ReportBuilder;
import io.seedscope.report.model.ReportModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the HTML report and the Markdown summary of an analysis. */
final class ReportWriter {
  private ReportWriter() {}

  static void write(
      ResultSet results, Analysis analysis, Manifest manifest, Reporting.Targets targets)
      throws IOException {
    if (targets.html() == null && targets.markdown() == null) {
      return;
    }
    Path runs = targets.experimentDir() == null ? null : targets.experimentDir().resolve("runs");
    ReportModel model =
        new ReportBuilder(id -> stderrTail(runs, id))
            .build(results, analysis, manifest, gateReport(results, analysis, targets));
    if (targets.html() != null) {
      HtmlReport.write(model, targets.html());
    }
    if (targets.markdown() != null) {
      // Its directory was made when StagedFiles staged it.
      Files.writeString(targets.markdown(), MarkdownSummary.render(model), StandardCharsets.UTF_8);
    }
  }

  /** Gate results for the verdicts: from --rules, else the spec's gate section, else none. */
  static io.seedscope.gate.GateReport gateReport(
      ResultSet results, Analysis analysis, Reporting.Targets targets) {
    io.seedscope.gate.GateRules rules = null;
    if (targets.rules() != null) {
      rules = io.seedscope.gate.GateRulesReader.read(targets.rules());
    } else if (targets.spec() != null && Files.isRegularFile(targets.spec())) {
      rules = io.seedscope.gate.GateRulesReader.fromSpecIfPresent(targets.spec()).orElse(null);
    }
    if (rules == null || rules.none()) {
      return null;
    }
    // The seeds the analysis left out (--exclude-outliers) leave the value rules, as in 'gate'.
    java.util.Set<String> outlying =
        analysis.settings().excludeOutliers()
            ? io.seedscope.stats.Reproducibility.runIdsOf(analysis.reproducibility().outliers())
            : java.util.Set.of();
    return io.seedscope.gate.Gate.evaluateExcluding(results, rules, outlying);
  }

  /** The last 20 lines of a run's stderr.log, when the results directory has it. */
  static String stderrTail(Path runs, String runId) {
    if (runs == null) {
      return "";
    }
    Path f = runs.resolve(runId).resolve("stderr.log");
    try {
      if (!Files.isRegularFile(f)) {
        return "";
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException | java.io.UncheckedIOException e) {
      return "";
    }
  }
}
