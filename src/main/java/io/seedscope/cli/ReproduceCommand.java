package io.seedscope.cli;

import io.seedscope.analysis.AnalysisJson;
import io.seedscope.claim.Claim;
import io.seedscope.claim.ClaimChecker;
import io.seedscope.claim.ClaimParser;
import io.seedscope.claim.ClaimReport;
import io.seedscope.claim.ClaimResult;
import io.seedscope.claim.ClaimsReader;
import io.seedscope.claim.Margin;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seedscope reproduce RESULTS --claim ...}: do reproduced runs agree with a paper's claimed
 * mean and spread? Exit 0 all reproduced, 1 any not reproduced, 3 inconclusive.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Test published claims (mean, std/se/ci, n) against reproduced runs.")
public final class ReproduceCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file.")
  Path results;

  @Option(
      names = "--claim",
      paramLabel = "CLAIM",
      description = "e.g. \"mean=1500,std=200,n=5,implementation=ppo\" (repeatable).")
  List<String> claimTexts = new ArrayList<>();

  @Option(
      names = "--claims",
      paramLabel = "FILE",
      description = "A YAML file of claims (rows of a paper's table).")
  Path claimsFile;

  @Option(
      names = "--margin",
      paramLabel = "M",
      defaultValue = "10%",
      description =
          "Equivalence margin: absolute (25), relative to |claimed mean| (10%%, default) or in claimed SDs (0.5sd).")
  String margin;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the verdicts as JSON.")
  Path json;

  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;

  @Override
  public Integer call() throws Exception {
    List<Claim> claims = new ArrayList<>();
    for (String text : claimTexts) {
      claims.add(ClaimParser.parse(text));
    }
    if (claimsFile != null) {
      claims.addAll(ClaimsReader.read(claimsFile));
    }
    if (claims.isEmpty()) {
      throw new InputException("give at least one --claim or a --claims FILE");
    }
    Margin m = Margin.parse(margin);
    // Claims may name different metrics: load the results once per metric.
    Map<String, List<Claim>> byMetric = new LinkedHashMap<>();
    for (Claim c : claims) {
      byMetric.computeIfAbsent(c.metric() == null ? "" : c.metric(), k -> new ArrayList<>()).add(c);
    }
    List<ClaimResult> all = new ArrayList<>();
    java.util.Set<String> printed = new java.util.HashSet<>();
    for (Map.Entry<String, List<Claim>> e : byMetric.entrySet()) {
      String saved = analysis.metric;
      if (!e.getKey().isEmpty()) {
        analysis.metric = e.getKey();
      }
      ResultSet loaded = input.load(results, analysis);
      analysis.metric = saved;
      List<String> outlierWarnings = new ArrayList<>();
      ResultSet set =
          loaded.without(
              io.seedscope.analysis.Analyzer.outlyingRuns(
                  loaded, analysis.settings(), outlierWarnings));
      Reporting.warn(outlierWarnings, System.err);
      // Loaded once per metric: the same damaged record is reported once.
      Reporting.warn(loaded.warnings().stream().filter(printed::add).toList(), System.err);
      all.addAll(ClaimChecker.checkAll(e.getValue(), set, m).claims());
    }
    ClaimReport report = ClaimReport.of(all);
    for (ClaimResult r : report.claims()) {
      System.out.println(
          r.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + "  "
              + r.implementation()
              + (r.task() == null ? "" : " / " + r.task())
              + ": "
              + r.message());
    }
    if (json != null) {
      AnalysisJson.write(report, json);
    }
    return report.exitCode();
  }
}
