package io.seedscope.cli;

import io.seedscope.analysis.ComparisonSettings;
import io.seedscope.model.InputException;
import io.seedscope.stats.Alternative;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;

/** How implementations are compared (analyze, compare, report). */
public final class CompareOptions {

  @Option(
      names = "--baseline",
      paramLabel = "IMPL",
      description = "Compare every other implementation with this one.")
  String baseline;

  @Option(
      names = "--candidate",
      paramLabel = "IMPL",
      description = "Compare only this implementation (with --baseline, or with every other).")
  String candidate;

  @Option(
      names = "--alternative",
      paramLabel = "two-sided|greater|less",
      defaultValue = "two-sided",
      description = "Alternative hypothesis about candidate minus baseline (default two-sided).")
  String alternative = "two-sided";

  @Option(
      names = "--paired",
      description =
          "The implementations share seeds (common random numbers): paired t-test and Wilcoxon signed-rank on the seeds both have.")
  boolean paired;

  @Option(
      names = "--test",
      paramLabel = "welch|mann-whitney|permutation",
      defaultValue = "welch",
      description = "Whose p-values Holm adjusts (default welch; paired t when --paired).")
  String test = "welch";

  @Option(
      names = "--effect",
      paramLabel = "D",
      description =
          "The difference the seed-count advice should detect (default: the observed one).")
  Double effect;

  @Option(
      names = "--implementation-params",
      paramLabel = "a,b,...",
      split = ",",
      description =
          "Parameters each implementation sets for itself (e.g. a tuned learning rate): not held"
              + " equal when pairing implementations (a spec's per-implementation config does this"
              + " by itself).")
  java.util.List<String> implementationParams;

  /** Fails on any malformed value now (see {@link AnalysisOptions#validate}). */
  void validate() {
    settings(Set.of());
  }

  ComparisonSettings settings(Set<String> fromSpec) {
    Set<String> implementationParams = new java.util.TreeSet<>(fromSpec);
    if (this.implementationParams != null) {
      implementationParams.addAll(this.implementationParams);
    }
    Alternative alt;
    switch (alternative.toLowerCase(Locale.ROOT)) {
      case "two-sided":
        alt = Alternative.TWO_SIDED;
        break;
      case "greater":
        alt = Alternative.GREATER;
        break;
      case "less":
        alt = Alternative.LESS;
        break;
      default:
        throw new InputException(
            "--alternative must be two-sided, greater or less, not '" + alternative + "'");
    }
    String t = test.toLowerCase(Locale.ROOT);
    if (!Set.of("welch", "mann-whitney", "permutation").contains(t)) {
      throw new InputException(
          "--test must be welch, mann-whitney or permutation, not '" + test + "'");
    }
    if (effect != null && !(effect > 0 && effect < Double.POSITIVE_INFINITY)) {
      // The advice is the number of seeds whose test detects this difference; for anything but a
      // positive finite one it came out empty, without a word.
      throw new InputException("--effect must be a positive finite number, not " + effect);
    }
    return new ComparisonSettings(
        baseline, candidate, alt, paired, t, implementationParams, effect);
  }
}
