package io.seedscope.sensitivity.fanova;

import java.util.List;

/**
 * Result of a functional ANOVA. Every fraction and its spread is NaN (null in JSON) when fractions
 * are undefined: the surrogate's total variance is zero up to round-off (a constant metric, or
 * leaves so large that every tree is one leaf), or fewer than two distinct configurations have a
 * response inside the cutoff. A spread alone is NaN when no tree has variance of its own.
 *
 * @param method the combination rule used ({@link FanovaMethod#label()})
 * @param trees number of trees of the surrogate
 * @param totalVariance the surrogate's total variance the fractions refer to (mean over trees for
 *     per-tree)
 * @param main one entry per parameter, in input order
 * @param interactions one entry per pair (i < j, input order), empty when disabled
 * @param marginals one curve per parameter
 * @param marginals2d grids of the strongest interactions, strongest first
 * @param cutoff the applied response bounds, null when none
 */
public record FanovaResult(
    String method,
    int trees,
    double totalVariance,
    List<MainEffect> main,
    List<Interaction> interactions,
    List<MarginalCurve> marginals,
    List<Marginal2d> marginals2d,
    AppliedCutoff cutoff) {

  /** How the numbers were made, as reports name it: {@code fanova (METHOD, N trees)}. */
  public String label() {
    return "fanova (" + method + ", " + trees + " trees)";
  }

  /**
   * Cutoff quantiles, the response bounds they resolved to, and how many distinct configurations
   * have a response within them (fractions need two).
   */
  public record AppliedCutoff(
      double lowerQuantile,
      double upperQuantile,
      double lower,
      double upper,
      int keptConfigurations) {}

  public FanovaResult {
    main = List.copyOf(main);
    interactions = List.copyOf(interactions);
    marginals = List.copyOf(marginals);
    marginals2d = List.copyOf(marginals2d);
  }

  /** Main effect of a parameter by name. */
  public MainEffect main(String param) {
    return main.stream()
        .filter(m -> m.param().equals(param))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no parameter " + param));
  }

  /** Interaction of two parameters by name, in either order. */
  public Interaction interaction(String a, String b) {
    return interactions.stream()
        .filter(
            i ->
                (i.params().get(0).equals(a) && i.params().get(1).equals(b))
                    || (i.params().get(0).equals(b) && i.params().get(1).equals(a)))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no interaction " + a + "," + b));
  }
}
