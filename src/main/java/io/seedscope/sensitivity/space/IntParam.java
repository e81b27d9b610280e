package io.seedscope.sensitivity.space;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An integer parameter on [low, high], both bounds inclusive. Uniform sampling gives every integer
 * the same probability. Log sampling draws {@code t} log-uniformly on [low, high + 1) and takes
 * {@code floor(t)}, so P(k) = ln((k+1)/k) / ln((high+1)/low): the continuous log-uniform law
 * discretized so that both bounds remain reachable.
 *
 * @param levels grid points (evenly spaced on the linear or log scale and rounded, duplicates
 *     removed); null means every integer of the range
 */
public record IntParam(
    String name, long low, long high, boolean log, Integer levels, Condition when)
    implements Param {

  /** A full grid over every integer is refused above this many values. */
  public static final int MAX_GRID_VALUES = 10_000;

  public IntParam {
    ParamChecks.name(name);
    if (!(low < high)) {
      throw new SpaceException(name, "low must be < high (low=" + low + ", high=" + high + ")");
    }
    if (log && low <= 0) {
      throw new SpaceException(
          name + ".low", "a log-scale parameter needs low > 0 (low=" + low + ")");
    }
    if ((double) high - (double) low > 1L << 52) {
      throw new SpaceException(name, "the range of an int parameter must be below 2^52");
    }
    ParamChecks.levels(name, levels);
  }

  @Override
  public IntParam withWhen(Condition condition) {
    return new IntParam(name, low, high, log, levels, condition);
  }

  @Override
  public String fromUnit(double u) {
    double t;
    if (log) {
      double a = StrictMath.log(low);
      double b = StrictMath.log(high + 1.0);
      t = StrictMath.exp(a + u * (b - a));
    } else {
      t = low + u * (high - low + 1.0);
    }
    long k = (long) Math.floor(t);
    return ValueFormat.formatInt(Math.max(low, Math.min(high, k)));
  }

  @Override
  public String canonical(String text) {
    double v = ParamChecks.parseNumber(name, text);
    if (v != Math.rint(v) || Math.abs(v) > 1L << 53) {
      throw new SpaceException(name, "'" + text + "' is not an integer");
    }
    return ValueFormat.formatInt((long) v);
  }

  @Override
  public List<String> grid() {
    TreeSet<Long> values = new TreeSet<>();
    if (levels == null) {
      if (high - low + 1 > MAX_GRID_VALUES) {
        throw new SpaceException(
            name,
            "a grid over every integer in [" + low + ", " + high + "] is too large; give 'levels'");
      }
      for (long k = low; k <= high; k++) {
        values.add(k);
      }
    } else {
      for (int i = 0; i < levels; i++) {
        double u = (double) i / (levels - 1);
        double v;
        if (log) {
          double a = StrictMath.log(low);
          v = StrictMath.exp(a + u * (StrictMath.log(high) - a));
        } else {
          v = low + u * (high - low);
        }
        values.add(Math.max(low, Math.min(high, Math.round(v))));
      }
    }
    List<String> out = new ArrayList<>(values.size());
    values.forEach(k -> out.add(ValueFormat.formatInt(k)));
    return out;
  }

  @Override
  public boolean inRange(String canonicalValue) {
    long v = Long.parseLong(canonicalValue);
    return v >= low && v <= high;
  }
}
