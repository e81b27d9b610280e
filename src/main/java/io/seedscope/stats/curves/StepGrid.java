package io.seedscope.stats.curves;

import io.seedscope.model.InputException;
import java.util.List;
import java.util.TreeSet;

/**
 * The common step grid on which runs that logged at different steps are compared. When the union of
 * all logged steps (within the span) has at most {@code maxPoints} steps, the grid is that union,
 * so nothing is interpolated that was logged; otherwise it is {@code maxPoints} evenly spaced steps
 * over the span (rounded to whole steps). The grid is for statistics: thinning a curve for drawing
 * is the report's business.
 */
public final class StepGrid {
  /** Grid size when the union of steps is too large. */
  public static final int DEFAULT_POINTS = 200;

  /** Which step range the grid spans. */
  public enum Span {
    /**
     * From the earliest first step to the latest last step of any run: a run that stopped early
     * does not truncate the others; the seed count per point shows where fewer runs remain.
     */
    ALL,
    /** Only the range every run covers, from the latest first step to the earliest last step. */
    COMMON
  }

  private StepGrid() {}

  /** {@code choose(curves, DEFAULT_POINTS, Span.ALL)}. */
  public static long[] choose(List<Curve> curves) {
    return choose(curves, DEFAULT_POINTS, Span.ALL);
  }

  /**
   * The grid for {@code curves}.
   *
   * @throws InputException if there is no curve, or with {@link Span#COMMON} the runs share no step
   *     range
   */
  public static long[] choose(List<Curve> curves, int maxPoints, Span span) {
    if (curves.isEmpty()) {
      throw new InputException("step grid: no curve");
    }
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be >= 2, got " + maxPoints);
    }
    long lo = span == Span.ALL ? Long.MAX_VALUE : Long.MIN_VALUE;
    long hi = span == Span.ALL ? Long.MIN_VALUE : Long.MAX_VALUE;
    for (Curve c : curves) {
      if (span == Span.ALL) {
        lo = Math.min(lo, c.firstStep());
        hi = Math.max(hi, c.lastStep());
      } else {
        lo = Math.max(lo, c.firstStep());
        hi = Math.min(hi, c.lastStep());
      }
    }
    if (lo > hi) {
      throw new InputException(
          "step grid: the runs share no step range (latest first step "
              + lo
              + " > earliest last step "
              + hi
              + ")");
    }
    TreeSet<Long> union = new TreeSet<>();
    for (Curve c : curves) {
      for (long s : c.steps()) {
        if (s >= lo && s <= hi) {
          union.add(s);
          if (union.size() > maxPoints) {
            return evenlySpaced(lo, hi, maxPoints);
          }
        }
      }
    }
    return union.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * {@code points} steps evenly spaced from {@code from} to {@code to}, both included, rounded to
   * whole steps; every step in between when there are fewer than {@code points}.
   */
  public static long[] evenlySpaced(long from, long to, int points) {
    if (to - from + 1 <= points) {
      long[] all = new long[(int) (to - from + 1)];
      for (int i = 0; i < all.length; i++) {
        all[i] = from + i;
      }
      return all;
    }
    long[] grid = new long[points];
    double span = (double) (to - from);
    for (int i = 0; i < points; i++) {
      // Spacing is above one step here, so rounding keeps the grid strictly increasing.
      grid[i] = from + Math.round(span * i / (points - 1));
    }
    grid[points - 1] = to;
    return grid;
  }
}
