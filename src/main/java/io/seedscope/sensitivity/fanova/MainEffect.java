package io.seedscope.sensitivity.fanova;

/**
 * Main effect of one parameter: {@code fraction} of the surrogate's total variance explained by the
 * parameter alone (V_i / V, not renormalized to sum to one), with its spread over trees.
 */
public record MainEffect(String param, double fraction, double std) {}
