package io.seedscope.sensitivity.fanova;

import java.util.List;

/**
 * Marginal prediction of one parameter (the surrogate averaged over all other parameters) with its
 * mean and standard deviation over trees. {@code x} is on the parameter's own scale (points evenly
 * spaced in model space, so geometrically spaced for a log parameter); for a categorical parameter
 * {@code x} holds category indices and {@code labels} their names. Values are NaN (null in JSON)
 * where a cutoff leaves no kept region.
 */
public record MarginalCurve(
    String param, List<Double> x, List<String> labels, List<Double> mean, List<Double> std) {
  public MarginalCurve {
    x = List.copyOf(x);
    labels = labels == null ? null : List.copyOf(labels);
    mean = List.copyOf(mean);
    std = List.copyOf(std);
  }
}
