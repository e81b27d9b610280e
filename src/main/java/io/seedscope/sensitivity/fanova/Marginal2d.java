package io.seedscope.sensitivity.fanova;

import java.util.List;

/**
 * Two-parameter marginal prediction on a grid, mean over trees: {@code mean.get(a).get(b)} is at
 * {@code (x.get(a), y.get(b))}, both on their parameters' own scales (category indices with labels
 * for categorical axes; labels are null for numeric axes).
 */
public record Marginal2d(
    List<String> params,
    List<Double> x,
    List<String> xLabels,
    List<Double> y,
    List<String> yLabels,
    List<List<Double>> mean) {}
