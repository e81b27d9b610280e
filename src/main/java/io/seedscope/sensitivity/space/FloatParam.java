package io.seedscope.sensitivity.space;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A real-valued parameter on [low, high], sampled uniformly or, with {@code log}, log-uniformly
 * (the log of the value is uniform; {@link StrictMath} so that the values are identical on every
 * platform). Sampled values are rounded to {@link ValueFormat#SIGNIFICANT_DIGITS} significant
 * digits and clamped into the bounds.
 *
 * @param levels number of grid points (evenly spaced on the linear or log scale, both ends
 *     included); null when the parameter is not meant for a grid
 */
public record FloatParam(
    String name, double low, double high, boolean log, Integer levels, Condition when)
    implements Param {

  public FloatParam {
    ParamChecks.name(name);
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      throw new SpaceException(name, "low and high must be finite numbers");
    }
    if (!(low < high)) {
      throw new SpaceException(
          name,
          "low must be < high (low="
              + ValueFormat.formatExact(low)
              + ", high="
              + ValueFormat.formatExact(high)
              + ")");
    }
    if (log && !(low > 0)) {
      throw new SpaceException(
          name + ".low",
          "a log-scale parameter needs low > 0 (low=" + ValueFormat.formatExact(low) + ")");
    }
    ParamChecks.levels(name, levels);
  }

  @Override
  public FloatParam withWhen(Condition condition) {
    return new FloatParam(name, low, high, log, levels, condition);
  }

  @Override
  public String fromUnit(double u) {
    return clampText(valueAt(u));
  }

  /** The unrounded value at {@code u}: linear, or geometric interpolation when log. */
  double valueAt(double u) {
    if (log) {
      double a = StrictMath.log(low);
      double b = StrictMath.log(high);
      return StrictMath.exp(a + u * (b - a));
    }
    return low + u * (high - low);
  }

  private String clampText(double v) {
    double r = ValueFormat.round(v);
    if (r < low) {
      return ValueFormat.formatExact(low);
    }
    if (r > high) {
      return ValueFormat.formatExact(high);
    }
    return ValueFormat.formatFloat(r);
  }

  @Override
  public String canonical(String text) {
    return ValueFormat.formatFloat(ParamChecks.parseNumber(name, text));
  }

  @Override
  public List<String> grid() {
    if (levels == null) {
      throw new SpaceException(
          name, "the grid sampler needs 'levels' (number of grid points) for a float parameter");
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int i = 0; i < levels; i++) {
      double u = (double) i / (levels - 1);
      out.add(i == 0 ? clampText(low) : i == levels - 1 ? clampText(high) : clampText(valueAt(u)));
    }
    return new ArrayList<>(out);
  }

  @Override
  public boolean inRange(String canonicalValue) {
    double v = Double.parseDouble(canonicalValue);
    return v >= ValueFormat.round(low) && v <= ValueFormat.round(high);
  }
}
