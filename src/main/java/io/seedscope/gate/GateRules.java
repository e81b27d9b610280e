package io.seedscope.gate;

import io.seedscope.model.InputException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The checks a gate applies to every group of a result set; a null rule is off. Filled from a
 * {@code gate.yaml} by {@link GateRulesReader} or from command-line flags with {@link #builder()}.
 * Every value is validated on construction; a bad one throws an {@link InputException} naming the
 * rule (the YAML reader checks first, so its errors carry file:line:column).
 *
 * @param level confidence level of the intervals of {@code maxCiRel} and {@code minLowerBound}
 * @param minSeeds the least number of distinct seeds with a successful run
 * @param maxCv the largest coefficient of variation s/|mean| across seeds
 * @param maxCiRel the largest half-width of the t interval relative to |mean|
 * @param minLowerBound for maximize goals the low end of the t interval must be at least this; for
 *     minimize goals the high end must be at most this (the metric is confidently at least as good
 *     as the bound)
 * @param maxFailedShare the largest share of runs that are not OK (failed, divergent, timed out,
 *     without the metric, cancelled)
 * @param determinism the largest absolute difference between repeats of one seed, or null
 * @param noRegression comparison with a saved baseline, or null
 */
public record GateRules(
    double level,
    Integer minSeeds,
    Double maxCv,
    Double maxCiRel,
    Double minLowerBound,
    Double maxFailedShare,
    Double determinism,
    NoRegression noRegression) {

  public static final double DEFAULT_LEVEL = 0.95;

  /** How {@link NoRegression} decides that the candidate is worse than the baseline. */
  public enum Method {
    /** One-sided Welch t test at {@code alpha}. */
    WELCH,
    /** Probability of improvement below {@code minPoi}. */
    POI;

    public static Method parse(String text) {
      switch (text.trim().toLowerCase(Locale.ROOT)) {
        case "welch":
          return WELCH;
        case "poi":
          return POI;
        default:
          throw new InputException(
              "noRegression method must be 'welch' or 'poi', not '" + text + "'");
      }
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The candidate must not be worse than the baseline of the same group.
   *
   * @param baseline the file written by {@link Baseline#save}
   * @param method how "worse" is decided
   * @param alpha significance level of the one-sided Welch test
   * @param minPoi fail when the probability of improvement is below this (method POI)
   * @param tolerance a worsening up to this absolute amount is not a regression (method WELCH)
   */
  public record NoRegression(
      Path baseline, Method method, double alpha, double minPoi, double tolerance) {

    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_MIN_POI = 0.2;

    public NoRegression {
      if (baseline == null) {
        throw new InputException("noRegression needs a baseline file");
      }
      if (method == null) {
        method = Method.WELCH;
      }
      check("noRegression alpha", problemOpenUnit(alpha));
      check("noRegression minPoi", minPoi >= 0 && minPoi <= 1 ? null : "must be in [0, 1]");
      check("noRegression tolerance", problemNonNegative(tolerance));
    }

    public static NoRegression of(Path baseline) {
      return new NoRegression(baseline, Method.WELCH, DEFAULT_ALPHA, DEFAULT_MIN_POI, 0);
    }
  }

  public GateRules {
    check("level", problemOpenUnit(level));
    if (minSeeds != null) {
      check("minSeeds", minSeeds >= 1 ? null : "must be at least 1");
    }
    checkNonNegative("maxCv", maxCv);
    checkNonNegative("maxCiRel", maxCiRel);
    if (minLowerBound != null) {
      check("minLowerBound", Double.isFinite(minLowerBound) ? null : "must be finite");
    }
    if (maxFailedShare != null) {
      check(
          "maxFailedShare",
          maxFailedShare >= 0 && maxFailedShare <= 1 ? null : "must be in [0, 1]");
    }
    checkNonNegative("determinism", determinism);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** True when no rule is on. */
  public boolean none() {
    return minSeeds == null
        && maxCv == null
        && maxCiRel == null
        && minLowerBound == null
        && maxFailedShare == null
        && determinism == null
        && noRegression == null;
  }

  /** Why a level or alpha is invalid, or null. */
  static String problemOpenUnit(double v) {
    return v > 0 && v < 1 ? null : "must be strictly between 0 and 1";
  }

  static String problemNonNegative(double v) {
    return Double.isFinite(v) && v >= 0 ? null : "must be a finite number >= 0";
  }

  private static void checkNonNegative(String rule, Double v) {
    if (v != null) {
      check(rule, problemNonNegative(v));
    }
  }

  private static void check(String rule, String problem) {
    if (problem != null) {
      throw new InputException(rule + " " + problem);
    }
  }

  /** Mutable builder for flags; {@link #build()} validates. */
  public static final class Builder {
    private double level = DEFAULT_LEVEL;
    private Integer minSeeds;
    private Double maxCv;
    private Double maxCiRel;
    private Double minLowerBound;
    private Double maxFailedShare;
    private Double determinism;
    private NoRegression noRegression;

    private Builder() {}

    /** Starts from existing rules (e.g. a gate.yaml) so that flags can override single rules. */
    public Builder from(GateRules r) {
      level = r.level;
      minSeeds = r.minSeeds;
      maxCv = r.maxCv;
      maxCiRel = r.maxCiRel;
      minLowerBound = r.minLowerBound;
      maxFailedShare = r.maxFailedShare;
      determinism = r.determinism;
      noRegression = r.noRegression;
      return this;
    }

    public Builder level(double v) {
      level = v;
      return this;
    }

    public Builder minSeeds(Integer v) {
      minSeeds = v;
      return this;
    }

    public Builder maxCv(Double v) {
      maxCv = v;
      return this;
    }

    public Builder maxCiRel(Double v) {
      maxCiRel = v;
      return this;
    }

    public Builder minLowerBound(Double v) {
      minLowerBound = v;
      return this;
    }

    public Builder maxFailedShare(Double v) {
      maxFailedShare = v;
      return this;
    }

    public Builder determinism(Double tolerance) {
      determinism = tolerance;
      return this;
    }

    public Builder noRegression(NoRegression v) {
      noRegression = v;
      return this;
    }

    public GateRules build() {
      return new GateRules(
          level,
          minSeeds,
          maxCv,
          maxCiRel,
          minLowerBound,
          maxFailedShare,
          determinism,
          noRegression);
    }
  }
}
