package io.seedscope.cli;

import io.seedscope.analysis.AnalysisJson;
import io.seedscope.gate.Baseline;
import io.seedscope.gate.Gate;
import io.seedscope.gate.GateReport;
import io.seedscope.gate.GateRules;
import io.seedscope.gate.GateRulesReader;
import io.seedscope.gate.JUnitXmlWriter;
import io.seedscope.gate.MarkdownWriter;
import io.seedscope.gate.RuleResult;
import io.seedscope.gate.RuleStatus;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code seedscope gate RESULTS}: pass/fail rules for CI, with JUnit XML, Markdown and JSON. */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    description = "Check results against stability and regression rules; exit 1 when a rule fails.")
public final class GateCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file.")
  Path results;

  @Option(names = "--rules", paramLabel = "FILE", description = "Gate rules (YAML).")
  Path rulesFile;

  @Option(
      names = "--spec",
      paramLabel = "FILE",
      description = "Take the rules from this spec's 'gate' section.")
  Path specFile;

  @Option(names = "--min-seeds", paramLabel = "N")
  Integer minSeeds;

  @Option(names = "--max-cv", paramLabel = "X")
  Double maxCv;

  @Option(names = "--max-ci-rel", paramLabel = "X", description = "Largest CI half-width / |mean|.")
  Double maxCiRel;

  @Option(
      names = "--min-lower-bound",
      paramLabel = "B",
      description =
          "Lowest acceptable lower confidence bound (maximize; upper bound for minimize).")
  Double minLowerBound;

  @Option(names = "--max-failed-share", paramLabel = "X")
  Double maxFailedShare;

  @Option(
      names = "--determinism",
      paramLabel = "TOL",
      description = "Repeats of a seed must agree within TOL.")
  Double determinism;

  @Option(
      names = "--baseline-results",
      paramLabel = "FILE",
      description = "A baseline saved with --save-baseline: fail on a regression against it.")
  Path baseline;

  @Option(names = "--regression-method", paramLabel = "welch|poi", defaultValue = "welch")
  String regressionMethod;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05")
  double alpha;

  @Option(
      names = "--min-poi",
      paramLabel = "P",
      defaultValue = "0.2",
      description =
          "Smallest acceptable probability of improvement over the baseline (method poi).")
  double minPoi;

  @Option(
      names = "--tolerance",
      paramLabel = "D",
      defaultValue = "0",
      description = "Allowed worsening before it counts as a regression.")
  double tolerance;

  @Option(
      names = "--junit",
      paramLabel = "FILE",
      description = "Write JUnit XML (one test case per rule per group).")
  Path junit;

  @Option(
      names = {"--md", "--markdown"},
      paramLabel = "FILE",
      description = "Write a Markdown summary.")
  Path markdown;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
  Path json;

  @Option(
      names = "--save-baseline",
      paramLabel = "FILE",
      description = "Record these results as the baseline for later runs.")
  Path saveBaseline;

  @Option(
      names = "--all-configs",
      description =
          "Gate every configuration of a sweep too (default: only each implementation's main"
              + " configuration, the one with the most runs).")
  boolean allConfigs;

  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;

  /**
   * Keeps each implementation and task's main configuration (the one with the most runs): a sweep's
   * other configurations have few seeds by design and are not what a gate is about.
   */
  static ResultSet mainConfigurations(ResultSet set) {
    java.util.Set<io.seedscope.model.GroupKey> main =
        new java.util.HashSet<>(io.seedscope.report.ReportBuilder.mainGroups(set).values());
    if (main.size() == set.byGroup().size()) {
      return set;
    }
    java.util.List<io.seedscope.model.Run> kept =
        set.runs().stream().filter(r -> main.contains(r.key())).toList();
    java.util.List<String> warnings = new java.util.ArrayList<>(set.warnings());
    warnings.add(
        "gating the main configuration of each implementation; "
            + (set.byGroup().size() - main.size())
            + " sweep configuration(s) left out (--all-configs gates them too)");
    return new ResultSet(set.metric(), set.goal(), set.aggregate(), kept, warnings);
  }

  @Override
  public Integer call() throws Exception {
    // All outputs or none: a gate that stops on bad input leaves no baseline or report behind.
    try (StagedFiles files = new StagedFiles()) {
      int code =
          gate(
              files.stage(junit),
              files.stage(markdown),
              files.stage(json),
              files.stage(saveBaseline));
      files.commit();
      return code;
    }
  }

  /** The gate, writing its outputs to the staged temporaries given. */
  private int gate(Path junitInto, Path markdownInto, Path jsonInto, Path baselineInto)
      throws java.io.IOException {
    ResultSet set = input.load(results, analysis);
    if (!allConfigs) {
      set = mainConfigurations(set);
    }
    java.util.List<String> outlierWarnings = new java.util.ArrayList<>();
    java.util.Set<String> outlying =
        io.seedscope.analysis.Analyzer.outlyingRuns(set, analysis.settings(), outlierWarnings);
    Reporting.warn(outlierWarnings, System.err);
    Reporting.warn(set.warnings(), System.err);
    if (saveBaseline != null) {
      Baseline.save(set, baselineInto);
      System.out.println("baseline: " + saveBaseline);
    }
    GateRules.Builder b = GateRules.builder();
    if (rulesFile != null && specFile != null) {
      throw new InputException("give --rules or --spec, not both");
    }
    if (rulesFile != null) {
      b.from(GateRulesReader.read(rulesFile));
    } else if (specFile != null) {
      b.from(GateRulesReader.fromSpec(specFile));
    }
    b.level(analysis.level);
    if (minSeeds != null) b.minSeeds(minSeeds);
    if (maxCv != null) b.maxCv(maxCv);
    if (maxCiRel != null) b.maxCiRel(maxCiRel);
    if (minLowerBound != null) b.minLowerBound(minLowerBound);
    if (maxFailedShare != null) b.maxFailedShare(maxFailedShare);
    if (determinism != null) b.determinism(determinism);
    if (baseline != null) {
      b.noRegression(
          new GateRules.NoRegression(
              baseline, GateRules.Method.parse(regressionMethod), alpha, minPoi, tolerance));
    }
    GateRules rules;
    try {
      rules = b.build();
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
    if (rules.none()) {
      if (saveBaseline != null) {
        return Main.OK;
      }
      throw new InputException(
          "no gate rules: give --rules FILE, --spec FILE or rule flags such as --min-seeds 10");
    }
    GateReport report = Gate.evaluateExcluding(set, rules, outlying);
    for (RuleResult r : report.results()) {
      if (r.status() != RuleStatus.PASS) {
        System.out.println(
            r.status().name().toLowerCase(Locale.ROOT)
                + "  "
                + r.rule()
                + "  "
                + r.group().label()
                + ": "
                + r.message());
      }
    }
    System.out.printf(
        "gate %s: %d passed, %d failed, %d skipped%n",
        report.passed() ? "passed" : "FAILED",
        report.counts().pass(),
        report.counts().fail(),
        report.counts().skipped());
    if (junit != null) {
      JUnitXmlWriter.write(report, junitInto);
    }
    if (markdown != null) {
      Files.writeString(markdownInto, MarkdownWriter.toMarkdown(report), StandardCharsets.UTF_8);
    }
    if (json != null) {
      AnalysisJson.write(report, jsonInto);
    }
    return report.exitCode();
  }
}
