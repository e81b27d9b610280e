package io.seedscope.analysis;

import io.seedscope.model.Config;
import io.seedscope.model.GroupKey;
import io.seedscope.model.InputException;
import io.seedscope.model.ResultSet;
import io.seedscope.model.Run;
import io.seedscope.model.SeedValues;
import io.seedscope.sensitivity.anova.AnovaTable;
import io.seedscope.sensitivity.anova.FactorialAnova;
import io.seedscope.sensitivity.anova.SeedNoise;
import io.seedscope.sensitivity.fanova.FanovaMethod;
import io.seedscope.sensitivity.fanova.FanovaOptions;
import io.seedscope.sensitivity.fanova.FanovaResult;
import io.seedscope.sensitivity.fanova.ParamDomain;
import io.seedscope.sensitivity.fanova.Surrogate;
import io.seedscope.sensitivity.forest.RegressionTree;
import io.seedscope.sensitivity.space.ColumnKind;
import io.seedscope.sensitivity.space.EncodedColumn;
import io.seedscope.sensitivity.space.ParamEncoding;
import io.seedscope.sensitivity.tunability.Predictor;
import io.seedscope.sensitivity.tunability.Tunability;
import io.seedscope.sensitivity.tunability.TunabilityOptions;
import io.seedscope.sensitivity.tunability.TunabilityResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which hyperparameters matter, per implementation and task that ran several configurations:
 * functional ANOVA over a random-forest surrogate (Hutter et al. 2014), the exact classical ANOVA
 * when the configurations form a full grid with replicated seeds, the seed-noise share
 * (within-configuration / total sum of squares of the observed metric, exact), and tunability
 * (Probst et al. 2019) starting from the default configuration (the one with the most runs).
 */
public final class ImportanceSection implements Analyzer.AnalysisSection {

  /**
   * Options of the sensitivity analysis.
   *
   * @param cutoff keep only the configurations better than this quantile of the metric (fanova's
   *     cutoffs: 0.75 keeps the best quarter for a maximized metric), or null for all
   */
  public record Options(
      String method,
      int trees,
      long seed,
      List<String> params,
      FanovaMethod combine,
      int minSamplesLeaf,
      double maxFeatures,
      boolean bootstrap,
      Double cutoff) {
    public Options(String method, int trees, long seed, List<String> params, FanovaMethod combine) {
      this(method, trees, seed, params, combine, 1, 1.0, true, null);
    }

    public static Options defaults() {
      return new Options("fanova", 64, 0, null, FanovaMethod.BLEND);
    }

    public Options withSeed(long s) {
      return new Options(
          method, trees, s, params, combine, minSamplesLeaf, maxFeatures, bootstrap, cutoff);
    }
  }

  /** All groups' sensitivity, as {@code analysis.json}'s {@code importance}. */
  public record Importance(List<GroupImportance> groups) {}

  /**
   * One implementation and task.
   *
   * @param main main effects of {@code method}: fANOVA fractions of the surrogate's variance (not
   *     renormalized) or, with the exact ANOVA, eta squared; null where undefined
   * @param interactions pairwise interactions, same basis
   * @param seedNoiseFraction within-configuration / total sum of squares of the observed metric;
   *     null when no configuration ran two seeds or the metric is constant
   * @param seedNoise its parts, or null when no configuration ran two seeds
   * @param anova the exact ANOVA of a full grid with replicated seeds, or null
   */
  public record GroupImportance(
      String implementation,
      String task,
      List<String> params,
      List<String> logScale,
      int configurations,
      int observations,
      String method,
      String basis,
      List<ImportanceShares.Main> main,
      List<ImportanceShares.Pair> interactions,
      Double seedNoiseFraction,
      SeedNoise seedNoise,
      FanovaResult fanova,
      AnovaTable anova,
      Map<String, Object> defaultConfig,
      TunabilityResult tunability,
      List<String> notes) {}

  private final Options options;

  public ImportanceSection(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "importance";
  }

  /** What {@link #analyze} found; {@code skipped}: groups of several configurations without. */
  public record Outcome(List<GroupImportance> groups, List<Skipped> skipped) {}

  /** A group that ran several configurations but has no sensitivity, and why. */
  public record Skipped(String implementation, String task, String reason) {}

  @Override
  public Object compute(
      ResultSet results, AnalysisSettings settings, int threads, List<String> warnings) {
    Outcome o = analyze(results, threads, warnings);
    return o.groups().isEmpty() ? null : new Importance(o.groups());
  }

  /**
   * Every implementation and task that ran several configurations; a group the data cannot answer
   * for is skipped with a warning (the reason also in {@link Outcome#skipped}).
   */
  public Outcome analyze(ResultSet results, int threads, List<String> warnings) {
    Map<String, List<Map.Entry<GroupKey, List<Run>>>> byImpl = new TreeMap<>();
    for (Map.Entry<GroupKey, List<Run>> e : results.byGroup().entrySet()) {
      byImpl
          .computeIfAbsent(
              e.getKey().implementation() + "\u0000" + e.getKey().task(), k -> new ArrayList<>())
          .add(e);
    }
    List<GroupImportance> out = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (List<Map.Entry<GroupKey, List<Run>>> groups : byImpl.values()) {
      if (groups.size() < 2) {
        continue;
      }
      GroupKey k = groups.get(0).getKey();
      String name = k.implementation() + " / " + k.task();
      try {
        GroupImportance g = one(groups, results, threads, name, warnings);
        if (g != null) {
          out.add(g);
        }
      } catch (InputException e) {
        skipped.add(new Skipped(k.implementation(), k.task(), e.getMessage()));
        warnings.add("sensitivity of " + name + " skipped: " + e.getMessage());
      }
    }
    return new Outcome(out, skipped);
  }

  /**
   * Rejects a {@code --params} name that no run sets: a misspelling, not a property of one group.
   */
  public static void checkParams(ResultSet results, List<String> params) {
    if (params == null) {
      return;
    }
    Set<String> known = new java.util.TreeSet<>();
    results.byGroup().keySet().forEach(k -> known.addAll(k.config().values().keySet()));
    for (String p : params) {
      if (!known.contains(p)) {
        throw new InputException(
            "--params: unknown parameter '"
                + p
                + "' ("
                + (known.isEmpty()
                    ? "the results have no parameters"
                    : "known: " + String.join(", ", known))
                + ")");
      }
    }
  }

  GroupImportance one(
      List<Map.Entry<GroupKey, List<Run>>> groups,
      ResultSet results,
      int threads,
      String name,
      List<String> warnings) {
    GroupKey first = groups.get(0).getKey();
    List<String> notes = new ArrayList<>();
    // What a reader of the shares must know goes to the analysis' warnings too, not only notes.
    java.util.function.Consumer<String> warn =
        w -> {
          notes.add(w);
          warnings.add("sensitivity of " + name + ": " + w);
        };
    List<Config> distinct = new ArrayList<>();
    Map<Config, double[]> byConfig = new LinkedHashMap<>();
    Config defaults = null;
    int most = -1;
    List<Config> rowsConfig = new ArrayList<>();
    List<Double> rowsY = new ArrayList<>();
    for (Map.Entry<GroupKey, List<Run>> e : groups) {
      Config c = restrict(e.getKey().config());
      // One observation per seed (SeedValues): counted K times, repeats would shrink the seed
      // noise and weigh repeated configurations K times in the surrogate.
      double[] v = SeedValues.values(e.getValue());
      if (v.length == 0) {
        continue;
      }
      distinct.add(c);
      byConfig.merge(c, v, ImportanceSection::concat);
      for (double y : v) {
        rowsConfig.add(c);
        rowsY.add(y);
      }
      if (e.getValue().size() > most) {
        most = e.getValue().size();
        defaults = c;
      }
    }
    if (distinct.size() < 2) {
      return null;
    }
    ParamEncoding encoding = ParamEncoding.infer(distinct, defaults);
    notes.addAll(encoding.warnings());
    if (options.params() != null) {
      Set<String> have = new LinkedHashSet<>();
      encoding.columns().forEach(c -> have.add(c.name()));
      for (String p : options.params()) {
        if (!have.contains(p)) {
          throw new InputException(
              "--params names '"
                  + p
                  + "', which does not vary here"
                  + (have.isEmpty() ? "" : " (varied: " + String.join(", ", have) + ")"));
        }
      }
    }
    if (encoding.columns().isEmpty()) {
      throw new InputException("no parameter takes two or more values");
    }
    boolean exact = "anova".equals(options.method());
    AnovaTable anova = null;
    try {
      anova = FactorialAnova.compute(byConfig);
    } catch (InputException e) {
      if (exact) {
        throw new InputException(
            "--method anova needs a full grid with the same number of seeds per configuration: "
                + e.getMessage());
      }
      notes.add("no exact ANOVA: " + e.getMessage());
    }
    List<ParamDomain> domains = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> logScale = new ArrayList<>();
    for (EncodedColumn c : encoding.columns()) {
      names.add(c.name());
      if (c.kind() == ColumnKind.CATEGORICAL || c.kind() == ColumnKind.ORDINAL) {
        domains.add(ParamDomain.categorical(c.name(), c.categories()));
      } else if (c.log()) {
        logScale.add(c.name());
        domains.add(ParamDomain.logNumeric(c.name(), c.valueLow(), c.valueHigh()));
      } else {
        domains.add(ParamDomain.numeric(c.name(), c.valueLow(), c.valueHigh()));
      }
    }
    double[][] x = new double[rowsY.size()][];
    double[] y = new double[rowsY.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = encoding.ownScale(encoding.encode(rowsConfig.get(i)));
      y[i] = rowsY.get(i);
    }
    FanovaOptions d = FanovaOptions.defaults();
    io.seedscope.sensitivity.fanova.Cutoff cutoff = null;
    if (options.cutoff() != null) {
      double q = options.cutoff();
      // "better than the q-quantile": above it when maximizing, below 1 - q when minimizing.
      cutoff =
          results.goal() == io.seedscope.model.Goal.MAXIMIZE
              ? io.seedscope.sensitivity.fanova.Cutoff.above(q)
              : io.seedscope.sensitivity.fanova.Cutoff.below(1 - q);
    }
    FanovaOptions opts =
        new FanovaOptions(
            options.trees(),
            options.seed(),
            options.combine(),
            options.minSamplesLeaf(),
            d.minSamplesSplit(),
            d.maxDepth(),
            options.maxFeatures(),
            options.bootstrap(),
            cutoff,
            threads,
            d.interactions(),
            d.topInteractionsFor2d(),
            d.curvePoints());
    Surrogate surrogate = Surrogate.fit(x, y, domains, opts);
    FanovaResult fanova = surrogate.analyze(opts);
    SeedNoise noise = null;
    if (byConfig.values().stream().anyMatch(v -> v.length >= 2)) {
      noise = SeedNoise.of(byConfig.values());
    } else {
      warn.accept(
          "seed-noise share left out (null): every configuration ran one seed, so the seed's"
              + " effect cannot be told apart from the parameters'");
    }
    boolean constant = java.util.Arrays.stream(y).allMatch(v -> v == y[0]);
    if (constant) {
      warn.accept(
          "the metric is "
              + y[0]
              + " in every run: there is no variance to share out, so every share is null");
    }
    ImportanceShares.Shares fanovaShares = ImportanceShares.of(fanova);
    if (ImportanceShares.undefined(fanovaShares) && !constant) {
      warn.accept(
          "fANOVA fractions left out (null): "
              + ImportanceShares.whyUndefined(fanova, options, y.length));
    }
    if (fanova.marginals().stream().anyMatch(m -> m.mean().contains(Double.NaN))) {
      notes.add("marginals are null where the cutoff keeps no leaf of any tree");
    }
    ImportanceShares.Shares shares = exact ? ImportanceShares.of(anova) : fanovaShares;
    List<Predictor> members = new ArrayList<>();
    for (RegressionTree tree : surrogate.forest().trees()) {
      members.add(enc -> tree.predict(surrogate.toModel(encoding.ownScale(enc))));
    }
    TunabilityResult tunability =
        Tunability.compute(
            members,
            encoding,
            defaults,
            results.goal(),
            distinct,
            new TunabilityOptions(21, 1000, 3, 0.95, options.seed()));
    return new GroupImportance(
        first.implementation(),
        first.task(),
        names,
        logScale,
        distinct.size(),
        y.length,
        exact ? "anova" : fanova.label(),
        exact
            ? "eta squared: shares of the total sum of squares, seed noise included"
            : "fractions of the surrogate's variance (as fanova reports them, not renormalized); seedNoiseFraction is a share of the observed total sum of squares",
        shares.main(),
        shares.interactions(),
        noise == null ? null : noise.fraction(),
        noise,
        fanova,
        anova,
        Analyzer.jsonConfig(defaults),
        tunability,
        notes);
  }

  private Config restrict(Config c) {
    if (options.params() == null) {
      return c;
    }
    Map<String, String> kept = new LinkedHashMap<>();
    for (String p : options.params()) {
      if (c.values().containsKey(p)) {
        kept.put(p, c.get(p));
      }
    }
    return Config.of(kept);
  }

  private static double[] concat(double[] a, double[] b) {
    double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
