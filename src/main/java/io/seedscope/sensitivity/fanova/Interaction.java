package io.seedscope.sensitivity.fanova;

import java.util.List;

/**
 * Pure pairwise interaction: fraction of the surrogate's total variance in the two-parameter
 * marginal beyond both main effects ({@code (V_ij - V_i - V_j) / V}), with its spread over trees.
 */
public record Interaction(List<String> params, double fraction, double std) {
  public Interaction {
    params = List.copyOf(params);
  }
}
