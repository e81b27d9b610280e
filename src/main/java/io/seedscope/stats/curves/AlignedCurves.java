package io.seedscope.stats.curves;

/**
 * Runs interpolated onto one step grid: {@code values[run][point]} is NaN where the grid point lies
 * outside the run's own logged range; {@code seeds[point]} counts the runs covering it. Internal
 * working data (arrays are not copied).
 */
public record AlignedCurves(long[] steps, double[][] values, int[] seeds) {

  public int runs() {
    return values.length;
  }

  public int points() {
    return steps.length;
  }
}
