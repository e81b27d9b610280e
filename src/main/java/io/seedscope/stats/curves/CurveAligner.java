package io.seedscope.stats.curves;

import io.seedscope.model.InputException;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns runs that logged at different steps on a common grid by linear interpolation between each
 * run's neighbouring logged steps, never extrapolating: a run contributes to a grid point only
 * inside its own {@code [first, last]} logged steps.
 */
public final class CurveAligner {
  private CurveAligner() {}

  public static AlignedCurves align(List<Curve> curves, long[] grid) {
    for (int g = 1; g < grid.length; g++) {
      if (grid[g] <= grid[g - 1]) {
        throw new InputException(
            "step grid must increase, got " + grid[g - 1] + " then " + grid[g]);
      }
    }
    double[][] values = new double[curves.size()][grid.length];
    int[] seeds = new int[grid.length];
    for (int r = 0; r < values.length; r++) {
      Curve c = curves.get(r);
      long[] steps = c.steps();
      double[] logged = c.values();
      double[] row = values[r];
      Arrays.fill(row, Double.NaN);
      int k = 0;
      for (int g = 0; g < grid.length; g++) {
        long s = grid[g];
        if (s < steps[0] || s > steps[steps.length - 1]) {
          continue;
        }
        while (steps[k] < s && steps[k + 1] <= s) {
          k++;
        }
        row[g] = steps[k] == s ? logged[k] : c.interpolate(k, s);
        seeds[g]++;
      }
    }
    return new AlignedCurves(grid.clone(), values, seeds);
  }
}
