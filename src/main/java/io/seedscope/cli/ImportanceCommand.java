package io.seedscope.cli;

import io.seedscope.analysis.AnalysisJson;
import io.seedscope.analysis.ImportanceSection;
import io.seedscope.analysis.ImportanceShares;
import io.seedscope.model.InputException;
import io.seedscope.sensitivity.fanova.FanovaMethod;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code seedscope importance RESULTS}: which hyperparameters matter, and how much of the spread is
 * only the seed.
 */
@Command(
    name = "importance",
    mixinStandardHelpOptions = true,
    description =
        "Hyperparameter importance: fANOVA main effects and interactions, exact ANOVA on full grids, seed-noise share, tunability.")
public final class ImportanceCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "RESULTS",
      description = "A results directory or a result file with several configurations.")
  Path results;

  @Option(
      names = "--params",
      paramLabel = "a,b,...",
      split = ",",
      description =
          "Parameters to analyze (default: every param. column or swept parameter that varies).")
  List<String> params;

  @Option(
      names = "--method",
      paramLabel = "fanova|anova",
      defaultValue = "fanova",
      description =
          "fanova (random-forest surrogate, default) or anova (exact, full grids with replicated seeds).")
  String method;

  @Option(
      names = "--combine",
      paramLabel = "blend|per-tree|forest",
      defaultValue = "blend",
      description =
          "How fANOVA combines trees: blend (default), per-tree (fanova/Optuna), forest (the forest's mean).")
  String combine;

  @Option(
      names = "--trees",
      paramLabel = "N",
      defaultValue = "64",
      description = "Trees of the random forest (default 64).")
  int trees;

  @Option(
      names = "--min-samples-leaf",
      paramLabel = "N",
      defaultValue = "1",
      description = "Smallest leaf of the forest's trees (default 1).")
  int minSamplesLeaf;

  @Option(
      names = "--max-features",
      paramLabel = "F",
      defaultValue = "1.0",
      description = "Share of the parameters each split may consider, in (0, 1] (default 1).")
  double maxFeatures;

  @Option(
      names = "--no-bootstrap",
      description = "Fit every tree on all runs (default: bootstrap samples).")
  boolean noBootstrap;

  @Option(
      names = "--cutoff",
      paramLabel = "Q",
      description =
          "Only configurations better than the Q-quantile of the metric (fanova's cutoffs; 0.75 keeps"
              + " the best quarter).")
  Double cutoff;

  @Option(
      names = "--of",
      paramLabel = "IMPL",
      description =
          "Which implementation's sweep the JSON describes when several ran one (default: the one with most configurations).")
  String of;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the importance as JSON.")
  Path json;

  @Mixin AnalysisOptions analysis;
  @Mixin InputOptions input;

  @Override
  public Integer call() throws Exception {
    String m = method.toLowerCase(Locale.ROOT);
    if (!m.equals("fanova") && !m.equals("anova")) {
      throw new InputException("--method must be fanova or anova, not '" + method + "'");
    }
    if (trees < 1 || trees > 10_000) {
      throw new InputException("--trees must be between 1 and 10000, not " + trees);
    }
    FanovaMethod combineMethod;
    try {
      combineMethod = FanovaMethod.parse(combine);
    } catch (RuntimeException e) {
      throw new InputException(
          "--combine must be blend, per-tree or forest, not '" + combine + "'");
    }
    InputOptions.Prepared prepared = input.prepare(results, analysis);
    if (minSamplesLeaf < 1) {
      throw new InputException("--min-samples-leaf must be at least 1, not " + minSamplesLeaf);
    }
    if (!(maxFeatures > 0 && maxFeatures <= 1)) {
      throw new InputException("--max-features must be in (0, 1], not " + maxFeatures);
    }
    if (cutoff != null && !(cutoff > 0 && cutoff < 1)) {
      throw new InputException("--cutoff must be between 0 and 1 (exclusive), not " + cutoff);
    }
    ImportanceSection.Options opts =
        new ImportanceSection.Options(
            m,
            trees,
            analysis.seed,
            params,
            combineMethod,
            minSamplesLeaf,
            maxFeatures,
            !noBootstrap,
            cutoff);
    ImportanceSection.checkParams(prepared.results(), params);
    List<String> warnings = new ArrayList<>();
    ImportanceSection.Outcome outcome =
        new ImportanceSection(opts).analyze(prepared.results(), analysis.threads(), warnings);
    ImportanceSection.GroupImportance chosen = null;
    for (ImportanceSection.GroupImportance g : outcome.groups()) {
      if (of == null
          ? chosen == null || g.configurations() > chosen.configurations()
          : g.implementation().equals(of)) {
        chosen = g;
      }
    }
    if (chosen == null) {
      // Why it has no result is the one error line: the warnings would only repeat it.
      throw new InputException(whyNone(outcome));
    }
    Reporting.warn(warnings, System.err);
    print(chosen);
    if (json != null) {
      AnalysisJson.write(
          new Document(
              "seedscope.importance/1",
              prepared.results().metric(),
              prepared.results().goal().label(),
              chosen),
          json);
      System.out.println("importance: " + json);
    }
    return Main.OK;
  }

  /** "0.445 +- 0.141" (fANOVA), "0.260" (eta squared, exact), "n/a" when undefined. */
  static String share(Double fraction, Double std, boolean spread) {
    if (fraction == null) {
      return String.format(Locale.ROOT, "%6s", "n/a");
    }
    String s = String.format(Locale.ROOT, "%6.3f", fraction);
    if (!spread) {
      return s;
    }
    return s + (std == null ? " +- n/a" : String.format(Locale.ROOT, " +- %.3f", std));
  }

  private String whyNone(ImportanceSection.Outcome outcome) {
    for (ImportanceSection.Skipped k : outcome.skipped()) {
      if (of == null || k.implementation().equals(of)) {
        return "sensitivity of " + k.implementation() + " / " + k.task() + ": " + k.reason();
      }
    }
    if (of != null && !outcome.groups().isEmpty()) {
      return "--of: no sweep of implementation '" + of + "'";
    }
    return results
        + ": no implementation ran two or more configurations, so there is nothing to attribute to"
        + " hyperparameters";
  }

  /** The JSON of {@code importance}: one implementation's sensitivity, fields at the top. */
  record Document(
      String schema,
      String metric,
      String goal,
      @com.fasterxml.jackson.annotation.JsonUnwrapped
          ImportanceSection.GroupImportance importance) {}

  private static void print(ImportanceSection.GroupImportance g) {
    System.out.printf(
        Locale.ROOT,
        "%s / %s: %d configurations, %d runs, %s%n",
        g.implementation(),
        g.task(),
        g.configurations(),
        g.observations(),
        g.method());
    // Only fANOVA shares have a spread (over trees); eta squared is exact.
    boolean spread = !"anova".equals(g.method());
    for (var e : g.main()) {
      System.out.printf(
          Locale.ROOT, "  %-24s %s%n", e.param(), share(e.fraction(), e.std(), spread));
    }
    g.interactions().stream()
        .sorted(
            Comparator.comparing(
                ImportanceShares.Pair::fraction, Comparator.nullsLast(Comparator.reverseOrder())))
        .limit(5)
        .forEach(
            i ->
                System.out.printf(
                    Locale.ROOT,
                    "  %-24s %s%n",
                    String.join(" x ", i.params()),
                    share(i.fraction(), i.std(), spread)));
    System.out.printf(
        Locale.ROOT,
        "  %-24s %s  (share of the observed sum of squares)%n",
        "seed noise",
        share(g.seedNoiseFraction(), null, false));
    if (g.anova() != null) {
      System.out.println("  exact ANOVA (eta squared, full grid):");
      g.anova()
          .effects()
          .forEach(
              t ->
                  System.out.printf(
                      Locale.ROOT,
                      "    %-22s %s  p=%s%n",
                      t.term(),
                      share(Double.isNaN(t.etaSquared()) ? null : t.etaSquared(), null, false),
                      t.p() == null ? "n/a" : String.format(Locale.ROOT, "%.3g", t.p())));
    }
    if (g.tunability() != null) {
      System.out.println("  tunability (gain over the default):");
      g.tunability()
          .tunability()
          .forEach(
              t ->
                  System.out.printf(
                      Locale.ROOT,
                      "    %-22s %8.4g [%.4g, %.4g]%n",
                      t.param(),
                      t.gain(),
                      t.low(),
                      t.high()));
    }
  }
}
