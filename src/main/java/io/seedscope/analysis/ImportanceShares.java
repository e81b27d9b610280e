package io.seedscope.analysis;

import io.seedscope.sensitivity.anova.AnovaTable;
import io.seedscope.sensitivity.anova.AnovaTerm;
import io.seedscope.sensitivity.fanova.FanovaResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headline shares of one sensitivity group, {@code main[]} and {@code interactions[]}: from the
 * method the user chose, each a share of that method's own total, null where it is undefined.
 */
public final class ImportanceShares {
  private ImportanceShares() {}

  /**
   * One parameter's share.
   *
   * @param fraction fANOVA: V_i / V of the surrogate; ANOVA: eta squared; null when undefined
   * @param std spread over the forest's trees; null for the ANOVA (exact) or when undefined
   */
  public record Main(String param, Double fraction, Double std) {}

  /** A pair's pure interaction share, on the same basis as {@link Main}. */
  public record Pair(List<String> params, Double fraction, Double std) {
    public Pair {
      params = List.copyOf(params);
    }
  }

  /** Both lists of one method. */
  record Shares(List<Main> main, List<Pair> interactions) {}

  static Shares of(FanovaResult f) {
    List<Main> main = new ArrayList<>();
    f.main().forEach(m -> main.add(new Main(m.param(), finite(m.fraction()), finite(m.std()))));
    List<Pair> pairs = new ArrayList<>();
    f.interactions()
        .forEach(i -> pairs.add(new Pair(i.params(), finite(i.fraction()), finite(i.std()))));
    return new Shares(main, pairs);
  }

  /** Eta squared of the main effects and pairwise interactions. */
  static Shares of(AnovaTable a) {
    List<Main> main = new ArrayList<>();
    List<Pair> pairs = new ArrayList<>();
    for (AnovaTerm t : a.effects()) {
      Double eta = finite(t.etaSquared());
      if (t.factors().size() == 1) {
        main.add(new Main(t.factors().get(0), eta, null));
      } else if (t.factors().size() == 2) {
        pairs.add(new Pair(t.factors(), eta, null));
      }
    }
    return new Shares(main, pairs);
  }

  static boolean undefined(Shares s) {
    return s.main().stream().allMatch(m -> m.fraction() == null);
  }

  /** Why the fANOVA's fractions are undefined (NaN), for the warning. */
  static String whyUndefined(FanovaResult fanova, ImportanceSection.Options options, int runs) {
    FanovaResult.AppliedCutoff cut = fanova.cutoff();
    if (cut != null) {
      int kept = cut.keptConfigurations();
      if (kept < 2) {
        return "--cutoff "
            + options.cutoff()
            + " keeps "
            + kept
            + " configuration"
            + (kept == 1 ? "" : "s")
            + "; shares need two or more";
      }
    }
    String why =
        String.format(
            Locale.ROOT,
            "the surrogate predicts the same value everywhere (its variance, %.3g, is round-off)",
            fanova.totalVariance());
    // A split needs minSamplesLeaf samples on each side of it.
    if (2L * options.minSamplesLeaf() > runs) {
      why +=
          ": --min-samples-leaf "
              + options.minSamplesLeaf()
              + " leaves no split in "
              + runs
              + " runs";
    }
    return why;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
