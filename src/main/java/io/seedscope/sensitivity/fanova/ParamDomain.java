package io.seedscope.sensitivity.fanova;

import io.seedscope.model.InputException;
import java.util.List;

/**
 * The domain of one hyperparameter for the functional ANOVA: a numeric interval {@code [lo, hi]}
 * (optionally on a log scale) or a categorical parameter with {@code categories.size()} levels.
 *
 * <p>fANOVA integrates under the uniform measure of the model space: {@code [lo, hi]} for a linear
 * numeric parameter, {@code [ln lo, ln hi]} for a log-scale one, each category with probability
 * {@code 1/k} for a categorical one. Values in the input matrix are on the parameter's own scale (a
 * learning rate of 0.001 is given as 0.001, not its log); categorical values are category indices
 * into {@code categories}.
 *
 * @param name parameter name as reported
 * @param kind numeric or categorical
 * @param lo lower bound on the parameter's own scale (NaN for categorical)
 * @param hi upper bound on the parameter's own scale (NaN for categorical)
 * @param log whether the model space is {@code ln x} (numeric only; requires {@code lo > 0})
 * @param categories category labels (empty for numeric)
 */
public record ParamDomain(
    String name, Kind kind, double lo, double hi, boolean log, List<String> categories) {

  /** Numeric or categorical. */
  public enum Kind {
    NUMERIC,
    CATEGORICAL
  }

  public ParamDomain {
    if (name == null || name.isBlank()) {
      throw new InputException("fanova: a parameter has no name");
    }
    categories = categories == null ? List.of() : List.copyOf(categories);
    if (kind == Kind.NUMERIC) {
      if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi)) {
        throw new InputException(
            "fanova: parameter '"
                + name
                + "' needs finite bounds lo < hi, got ["
                + lo
                + ", "
                + hi
                + "]");
      }
      if (log && lo <= 0) {
        throw new InputException(
            "fanova: log-scale parameter '" + name + "' needs lo > 0, got " + lo);
      }
      if (!categories.isEmpty()) {
        throw new InputException("fanova: numeric parameter '" + name + "' has categories");
      }
    } else {
      if (categories.size() < 2) {
        throw new InputException(
            "fanova: categorical parameter '" + name + "' needs at least 2 categories");
      }
      if (log) {
        throw new InputException("fanova: categorical parameter '" + name + "' cannot be log");
      }
    }
  }

  public static ParamDomain numeric(String name, double lo, double hi) {
    return new ParamDomain(name, Kind.NUMERIC, lo, hi, false, List.of());
  }

  public static ParamDomain logNumeric(String name, double lo, double hi) {
    return new ParamDomain(name, Kind.NUMERIC, lo, hi, true, List.of());
  }

  public static ParamDomain categorical(String name, List<String> categories) {
    return new ParamDomain(name, Kind.CATEGORICAL, Double.NaN, Double.NaN, false, categories);
  }

  public boolean isCategorical() {
    return kind == Kind.CATEGORICAL;
  }

  /** Number of categories, 0 for a numeric parameter. */
  public int categoryCount() {
    return isCategorical() ? categories.size() : 0;
  }

  /** Lower bound in model space ({@code ln lo} on a log scale; 0 for categorical). */
  public double modelLo() {
    return isCategorical() ? 0 : log ? Math.log(lo) : lo;
  }

  /** Upper bound in model space ({@code ln hi} on a log scale; k for categorical). */
  public double modelHi() {
    return isCategorical() ? categories.size() : log ? Math.log(hi) : hi;
  }

  /** Maps a value on the parameter's own scale to model space. */
  public double toModel(double v) {
    return log ? Math.log(v) : v;
  }

  /** Maps a model-space value back to the parameter's own scale. */
  public double fromModel(double t) {
    return log ? Math.exp(t) : t;
  }
}
