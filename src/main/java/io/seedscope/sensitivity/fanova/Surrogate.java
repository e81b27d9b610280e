package io.seedscope.sensitivity.fanova;

import io.seedscope.model.InputException;
import io.seedscope.sensitivity.forest.RandomForest;
import java.util.List;

/**
 * A random-forest surrogate fitted to configurations and responses, in model space (log-scale
 * parameters as {@code ln x}, categorical ones as category indices). Use {@link #predict} with
 * configurations on the parameters' own scales; {@link #forest()} works in model space (see {@link
 * #toModel}).
 */
public final class Surrogate {
  private final RandomForest forest;
  private final List<ParamDomain> domains;
  private final Model model;
  private final double[][] x;
  private final double[] y;

  private Surrogate(RandomForest forest, List<ParamDomain> domains, double[][] x, double[] y) {
    this.forest = forest;
    this.domains = List.copyOf(domains);
    this.model = Model.of(domains);
    this.x = x;
    this.y = y.clone();
  }

  /**
   * Fits the forest of {@code opts} (its trees, seed, bootstrap, leaf and split sizes, depth,
   * feature fraction, threads).
   *
   * @param x n configurations, each with one value per domain on the parameter's own scale
   *     (category index for a categorical parameter), inside the domain's bounds
   * @param y n finite responses
   */
  public static Surrogate fit(
      double[][] x, double[] y, List<ParamDomain> domains, FanovaOptions opts) {
    if (domains.isEmpty()) {
      throw new InputException("fanova: no parameters");
    }
    if (x.length != y.length || y.length < 2) {
      throw new InputException(
          "fanova: need at least 2 configurations with one response each, got "
              + x.length
              + " configurations and "
              + y.length
              + " responses");
    }
    int p = domains.size();
    double[][] mx = new double[x.length][];
    for (int r = 0; r < x.length; r++) {
      if (x[r].length != p) {
        throw new InputException(
            "fanova: configuration " + r + " has " + x[r].length + " values, expected " + p);
      }
      if (!Double.isFinite(y[r])) {
        throw new InputException("fanova: response " + r + " is not finite: " + y[r]);
      }
      mx[r] = new double[p];
      for (int d = 0; d < p; d++) {
        mx[r][d] = checkedModelValue(domains.get(d), x[r][d], r);
      }
    }
    Model m = Model.of(domains);
    return new Surrogate(
        RandomForest.fit(mx, y, m.categories(), opts.forestOptions()), domains, mx, y);
  }

  private static double checkedModelValue(ParamDomain d, double v, int row) {
    if (d.isCategorical()) {
      if (v != Math.rint(v) || v < 0 || v >= d.categoryCount()) {
        throw new InputException(
            "fanova: configuration "
                + row
                + ", parameter '"
                + d.name()
                + "' = "
                + v
                + " is not a category index in [0, "
                + d.categoryCount()
                + ")");
      }
      return v;
    }
    if (!(v >= d.lo() && v <= d.hi())) {
      throw new InputException(
          "fanova: configuration "
              + row
              + ", parameter '"
              + d.name()
              + "' = "
              + v
              + " is outside its bounds ["
              + d.lo()
              + ", "
              + d.hi()
              + "]");
    }
    return d.toModel(v);
  }

  /** The fitted forest; it takes model-space vectors ({@link #toModel}). */
  public RandomForest forest() {
    return forest;
  }

  public List<ParamDomain> domains() {
    return domains;
  }

  /** Maps a configuration on the parameters' own scales to model space. */
  public double[] toModel(double[] config) {
    double[] t = new double[config.length];
    for (int d = 0; d < t.length; d++) {
      t[d] = domains.get(d).toModel(config[d]);
    }
    return t;
  }

  /** The forest's prediction for a configuration on the parameters' own scales. */
  public double predict(double[] config) {
    return forest.predict(toModel(config));
  }

  /**
   * Decomposes this surrogate with the method, cutoff and outputs of {@code opts}. The fractions
   * are NaN when they are undefined (see {@link FanovaResult}).
   */
  public FanovaResult analyze(FanovaOptions opts) {
    return new Analysis(forest, domains, model, x, y, opts).run();
  }

  ForestDecomposition.Raw raw(FanovaOptions opts) {
    return new Analysis(forest, domains, model, x, y, opts).raw();
  }

  /** The decomposition of one combination rule (for the benchmark suite and tests). */
  Decomposition decompose(FanovaOptions opts) {
    return new Analysis(forest, domains, model, x, y, opts).decompose();
  }
}
