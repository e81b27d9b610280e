package io.seedscope.stats.multitask;

import io.seedscope.model.InputException;

/**
 * Reference scores of one task for min-max normalization, e.g. random ({@code low}) and human
 * ({@code high}) scores on Atari: a normalized score is {@code (x - low) / (high - low)}, so 0 is
 * the low reference and 1 the high one. {@code high < low} is allowed (a lower-is-better metric).
 */
public record ScoreRange(double low, double high) {

  public ScoreRange {
    if (!Double.isFinite(low) || !Double.isFinite(high) || low == high) {
      throw new InputException(
          "score range: need finite low != high, got low=" + low + " high=" + high);
    }
  }

  public double normalize(double x) {
    return (x - low) / (high - low);
  }
}
