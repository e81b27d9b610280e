package io.seedscope.report.model;

import java.util.List;

/**
 * Section 7: hyperparameter sensitivity of a sweep.
 *
 * @param configs number of configurations in the sweep
 * @param importances one bar chart per method (e.g. fANOVA and ANOVA η²); each is drawn on its own
 *     because fANOVA fractions are shares of the surrogate's variance and η² are shares of the
 *     total sum of squares, so they are not slices of one whole
 * @param marginals one marginal plot per parameter
 * @param interactions one heatmap per parameter pair
 * @param tunability tunability per parameter (Probst, Boulesteix and Bischl, JMLR 2019)
 */
public record SensitivitySection(
    int configs,
    List<ImportanceSet> importances,
    List<Marginal> marginals,
    List<Interaction> interactions,
    List<TunabilityRow> tunability) {
  public SensitivitySection {
    importances = Lists.copy(importances);
    marginals = Lists.copy(marginals);
    interactions = Lists.copy(interactions);
    tunability = Lists.copy(tunability);
  }

  /**
   * One method's importance terms.
   *
   * @param method e.g. {@code "fANOVA (random-forest surrogate)"} or {@code "ANOVA η²"}
   * @param basis what a share is a share of, e.g. {@code "share of the surrogate's variance"}
   * @param terms bars in display order
   */
  public record ImportanceSet(String method, String basis, List<Importance> terms) {
    public ImportanceSet {
      terms = Lists.copy(terms);
    }
  }

  /**
   * One bar.
   *
   * @param term parameter name, or {@code "a × b"} for an interaction, or e.g. {@code "seed noise"}
   * @param kind {@code "main"}, {@code "interaction"} or {@code "seed-noise"} (picks the colour)
   * @param share fraction 0..1
   * @param stdErr standard error of the share (NaN: none), drawn as an error bar
   */
  public record Importance(String term, String kind, double share, double stdErr) {}

  /**
   * Marginal effect of one parameter: the surrogate's prediction averaged over every other
   * parameter, mean ± std across the forest's trees.
   *
   * @param parameter parameter name
   * @param logScale draw the x axis logarithmically (numeric parameters only)
   * @param categories category labels for a categorical parameter, empty for a numeric one
   * @param x parameter values for a numeric parameter (increasing), empty for a categorical one
   * @param mean mean metric at each x (or category)
   * @param std standard deviation across trees at each x (or category); the band is mean ± std
   */
  public record Marginal(
      String parameter,
      boolean logScale,
      List<String> categories,
      List<Double> x,
      List<Double> mean,
      List<Double> std) {
    public Marginal {
      categories = Lists.copy(categories);
      x = Lists.copy(x);
      mean = Lists.copy(mean);
      std = Lists.copy(std);
    }

    public boolean categorical() {
      return !categories.isEmpty();
    }
  }

  /**
   * Two-parameter marginal on a grid.
   *
   * @param parameterX parameter on the x axis
   * @param parameterY parameter on the y axis
   * @param xLevels labels of the x levels (formatted values or bin ranges)
   * @param yLevels labels of the y levels
   * @param mean {@code mean.get(iy).get(ix)}: mean metric in that cell (NaN: empty cell)
   */
  public record Interaction(
      String parameterX,
      String parameterY,
      List<String> xLevels,
      List<String> yLevels,
      List<List<Double>> mean) {
    public Interaction {
      xLevels = Lists.copy(xLevels);
      yLevels = Lists.copy(yLevels);
      mean = Lists.copy2(mean);
    }
  }

  /**
   * Tunability of one parameter: how much tuning it alone improves on the default.
   *
   * @param parameter parameter name (or {@code "all"})
   * @param defaultValue the default setting, as text
   * @param bestValue the best setting found, as text
   * @param defaultScore metric at the default
   * @param bestScore metric at the best setting
   * @param gain improvement, signed so that positive is better
   */
  public record TunabilityRow(
      String parameter,
      String defaultValue,
      String bestValue,
      double defaultScore,
      double bestScore,
      double gain) {}
}
