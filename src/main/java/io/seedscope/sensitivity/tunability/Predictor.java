package io.seedscope.sensitivity.tunability;

/**
 * A surrogate model of the metric over encoded configurations (rows of a {@link
 * io.seedscope.sensitivity.space.ParamEncoding}): a whole random forest, or one of its trees.
 */
@FunctionalInterface
public interface Predictor {
  double predict(double[] x);
}
