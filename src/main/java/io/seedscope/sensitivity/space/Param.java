package io.seedscope.sensitivity.space;

import java.util.List;

/**
 * One hyperparameter of a {@link SearchSpace}. Values are canonical text (see {@link ValueFormat});
 * {@link #fromUnit} maps a point of the unit interval to a value so that every sampler (random,
 * Sobol) only has to produce uniform numbers.
 */
public sealed interface Param permits FloatParam, IntParam, CategoricalParam, OrdinalParam {

  String name();

  /** The condition under which the parameter is active, or null when it always is. */
  Condition when();

  /** A copy with another condition (used when conditions are canonicalized). */
  Param withWhen(Condition when);

  /**
   * The value at {@code u} in [0, 1) of the parameter's sampling distribution (the inverse CDF), as
   * canonical text.
   */
  String fromUnit(double u);

  /**
   * Canonical text of a value written by the user (a default, a condition value).
   *
   * @throws SpaceException when the text is not a valid value of this parameter
   */
  String canonical(String text);

  /** The values of a full grid, in order, as canonical text. */
  List<String> grid();

  /** Whether {@code canonicalValue} lies within the declared range (listed values always do). */
  boolean inRange(String canonicalValue);
}
