package io.seedscope.stats;

/** The three intervals of one mean, all at the same level and from the same replicates. */
public record Intervals(Interval t, Interval percentile, Interval bca) {

  /** The interval computed by {@code method}. */
  public Interval get(IntervalMethod method) {
    switch (method) {
      case T:
        return t;
      case PERCENTILE:
        return percentile;
      default:
        return bca;
    }
  }
}
