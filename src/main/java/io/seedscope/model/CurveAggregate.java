package io.seedscope.model;

import java.util.Locale;

/**
 * How a run's learning curve becomes one number: the last value, the mean of the last {@code k}
 * logged points, the maximum, or the area under the curve (trapezoidal rule over the logged steps,
 * divided by the step span so that it is an average level, comparable across runs of different
 * lengths).
 */
public record CurveAggregate(Kind kind, int k) {

  public enum Kind {
    LAST,
    MEAN_LAST,
    MAX,
    AUC
  }

  public static final CurveAggregate LAST = new CurveAggregate(Kind.LAST, 1);

  public CurveAggregate {
    if (kind == Kind.MEAN_LAST && k < 1) {
      throw new IllegalArgumentException("mean-last:K needs K >= 1");
    }
  }

  /** Parses {@code last}, {@code mean-last:K}, {@code max} or {@code auc}. */
  public static CurveAggregate parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("last")) {
      return LAST;
    }
    if (t.equals("max")) {
      return new CurveAggregate(Kind.MAX, 1);
    }
    if (t.equals("auc")) {
      return new CurveAggregate(Kind.AUC, 1);
    }
    if (t.startsWith("mean-last:")) {
      try {
        return new CurveAggregate(Kind.MEAN_LAST, Integer.parseInt(t.substring(10)));
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException(
        "aggregate must be last, mean-last:K, max or auc, not '" + text + "'");
  }

  /**
   * Applies the aggregate to finite points; a non-finite value anywhere the aggregate looks makes
   * the result non-finite (the run diverged).
   */
  public double apply(long[] steps, double[] values) {
    int n = values.length;
    if (n == 0) {
      return Double.NaN;
    }
    switch (kind) {
      case LAST:
        return values[n - 1];
      case MEAN_LAST:
        {
          int from = Math.max(0, n - k);
          double sum = 0;
          for (int i = from; i < n; i++) {
            sum += values[i];
          }
          return sum / (n - from);
        }
      case MAX:
        {
          double max = Double.NEGATIVE_INFINITY;
          for (double v : values) {
            if (Double.isNaN(v)) {
              return Double.NaN;
            }
            max = Math.max(max, v);
          }
          return max;
        }
      case AUC:
        {
          if (n == 1 || steps == null) {
            double sum = 0;
            for (double v : values) {
              sum += v;
            }
            return sum / n;
          }
          double area = 0;
          for (int i = 1; i < n; i++) {
            area += 0.5 * (values[i] + values[i - 1]) * (steps[i] - steps[i - 1]);
          }
          double span = steps[n - 1] - steps[0];
          return span == 0 ? values[n - 1] : area / span;
        }
      default:
        throw new AssertionError(kind);
    }
  }

  @Override
  public String toString() {
    switch (kind) {
      case MEAN_LAST:
        return "mean-last:" + k;
      default:
        return kind.name().toLowerCase(Locale.ROOT);
    }
  }
}
