package io.seedscope.sensitivity.space;

import io.seedscope.model.InputException;
import java.util.List;

/**
 * One column of an encoded configuration matrix.
 *
 * @param kind numeric (value) or index (category) column
 * @param log whether the column holds log10 of the value (then {@code low}/{@code high} are log10
 *     bounds too)
 * @param low smallest encoded value of the domain (0 for index columns)
 * @param high largest encoded value of the domain ({@code categories.size() - 1} for index columns)
 * @param categories the category texts in index order (empty for numeric columns)
 * @param fill encoded value used when the parameter is absent (inactive or missing); see {@link
 *     ParamEncoding}
 */
public record EncodedColumn(
    String name,
    ColumnKind kind,
    boolean log,
    double low,
    double high,
    List<String> categories,
    double fill) {

  public EncodedColumn {
    categories = List.copyOf(categories);
  }

  /** Lower bound on the parameter's own scale (10^low for a log column). */
  public double valueLow() {
    return log ? Math.pow(10, low) : low;
  }

  /** Upper bound on the parameter's own scale (10^high for a log column). */
  public double valueHigh() {
    return log ? Math.pow(10, high) : high;
  }

  /** An encoded value on the parameter's own scale (10^x for a log column). */
  public double toValue(double x) {
    return log ? Math.pow(10, x) : x;
  }

  /** Encodes a value's text. */
  public double encode(String text) {
    if (kind.isNumeric()) {
      double v;
      try {
        v = Double.parseDouble(text.trim());
      } catch (NumberFormatException e) {
        throw new InputException("parameter '" + name + "': '" + text + "' is not a number");
      }
      if (!Double.isFinite(v)) {
        throw new InputException("parameter '" + name + "': '" + text + "' is not finite");
      }
      if (log) {
        if (!(v > 0)) {
          throw new InputException(
              "parameter '" + name + "' is log-scaled but has value '" + text + "' <= 0");
        }
        return Math.log10(v);
      }
      return v;
    }
    int i = categories.indexOf(text);
    if (i < 0) {
      throw new InputException(
          "parameter '" + name + "': '" + text + "' is not one of " + categories);
    }
    return i;
  }

  /** Canonical text of an encoded value (rounded for integer and index columns). */
  public String decode(double x) {
    switch (kind) {
      case REAL:
        return ValueFormat.formatFloat(log ? Math.pow(10, x) : x);
      case INTEGER:
        return ValueFormat.formatInt(Math.round(log ? Math.pow(10, x) : x));
      default:
        int i = (int) Math.round(x);
        return categories.get(Math.max(0, Math.min(categories.size() - 1, i)));
    }
  }
}
