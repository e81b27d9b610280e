package io.seedscope.sensitivity.space;

import io.seedscope.model.Config;
import io.seedscope.model.InputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps configurations to rows of numbers for a surrogate model: one column per parameter; numeric
 * parameters give their value (log10 of it for log-scaled ones, flagged on the column), categorical
 * and ordinal ones the index of their value.
 *
 * <p><b>Absent values.</b> A parameter that is inactive (its condition fails) or missing from a
 * configuration is encoded as the column's {@code fill}: the default configuration's value for it
 * when the default has one (even if the parameter is inactive there), otherwise, for a space, the
 * middle of the encoded range (rounded for integers) or the first category; for an inferred
 * encoding, the lower median of the observed encoded values (numeric) or an extra category {@value
 * #ABSENT} (categorical). The parent column carries whether the child is active, so a tree can
 * separate the two cases; the fill keeps all values inside the column's bounds, which a functional
 * ANOVA integrates over.
 */
public final class ParamEncoding {

  /** Extra category of an inferred categorical column for configurations without a value. */
  public static final String ABSENT = "(absent)";

  /** An inferred all-positive numeric column is log-scaled when max / min reaches this ratio. */
  public static final double LOG_RATIO = 100.0;

  private final List<EncodedColumn> columns;
  private final SearchSpace space;
  private final List<String> warnings;

  private ParamEncoding(List<EncodedColumn> columns, SearchSpace space, List<String> warnings) {
    this.columns = List.copyOf(columns);
    this.space = space;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The encoding of a search space, in the space's parameter order. Numeric bounds are the space's
   * bounds, widened to include the default's value when it lies outside.
   *
   * @param defaults the default configuration (may be {@link Config#EMPTY})
   */
  public static ParamEncoding of(SearchSpace space, Config defaults) {
    List<EncodedColumn> cols = new ArrayList<>();
    for (Param p : space.params()) {
      EncodedColumn c = spaceColumn(p);
      String d = defaults.get(p.name());
      if (d != null) {
        double v = c.encode(c.kind().isNumeric() ? d : p.canonical(d));
        c =
            new EncodedColumn(
                c.name(),
                c.kind(),
                c.log(),
                Math.min(c.low(), v),
                Math.max(c.high(), v),
                c.categories(),
                v);
      }
      cols.add(c);
    }
    return new ParamEncoding(cols, space, List.of());
  }

  private static EncodedColumn spaceColumn(Param p) {
    if (p instanceof FloatParam f) {
      double lo = f.log() ? Math.log10(f.low()) : f.low();
      double hi = f.log() ? Math.log10(f.high()) : f.high();
      return new EncodedColumn(
          f.name(), ColumnKind.REAL, f.log(), lo, hi, List.of(), (lo + hi) / 2);
    }
    if (p instanceof IntParam i) {
      double lo = i.log() ? Math.log10(i.low()) : i.low();
      double hi = i.log() ? Math.log10(i.high()) : i.high();
      double mid = Math.round(i.log() ? Math.pow(10, (lo + hi) / 2) : (lo + hi) / 2);
      return new EncodedColumn(
          i.name(),
          ColumnKind.INTEGER,
          i.log(),
          lo,
          hi,
          List.of(),
          i.log() ? Math.log10(mid) : mid);
    }
    List<String> values =
        p instanceof CategoricalParam c ? c.values() : ((OrdinalParam) p).values();
    ColumnKind kind = p instanceof CategoricalParam ? ColumnKind.CATEGORICAL : ColumnKind.ORDINAL;
    return new EncodedColumn(p.name(), kind, false, 0, values.size() - 1, values, 0);
  }

  /**
   * Infers an encoding from configurations alone (e.g. imported from a CSV without a spec). Per
   * parameter name (sorted): if every present value parses as a finite number the column is numeric
   * ({@link ColumnKind#INTEGER} when every value is written as an integer), log-scaled when all
   * values are positive and max / min >= {@value #LOG_RATIO}; otherwise it is categorical with the
   * distinct texts sorted. Bounds are the observed range. Parameters with fewer than two distinct
   * present values are dropped with a warning; absent values are filled as described in the class
   * comment, with a warning counting them.
   *
   * @param defaults the default configuration, or null/{@link Config#EMPTY} when unknown
   */
  public static ParamEncoding infer(List<Config> configs, Config defaults) {
    Config def = defaults == null ? Config.EMPTY : defaults;
    TreeMap<String, List<String>> present = new TreeMap<>();
    for (Config c : configs) {
      c.values().forEach((k, v) -> present.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    }
    List<EncodedColumn> cols = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : present.entrySet()) {
      String name = e.getKey();
      List<String> values = e.getValue();
      TreeSet<String> distinct = new TreeSet<>(values);
      if (distinct.size() < 2) {
        warnings.add(
            "parameter '"
                + name
                + "' has the single value '"
                + distinct.first()
                + "'; left out of the analysis");
        continue;
      }
      int missing = configs.size() - values.size();
      EncodedColumn col = inferColumn(name, values, distinct, missing > 0, def.get(name));
      if (missing > 0) {
        warnings.add(
            "parameter '"
                + name
                + "' is absent from "
                + missing
                + " of "
                + configs.size()
                + " configurations; encoded as "
                + col.decode(col.fill()));
      }
      cols.add(col);
    }
    return new ParamEncoding(cols, null, warnings);
  }

  private static EncodedColumn inferColumn(
      String name, List<String> values, TreeSet<String> distinct, boolean missing, String def) {
    double[] nums = new double[values.size()];
    boolean numeric = true;
    boolean integer = true;
    for (int i = 0; i < nums.length && numeric; i++) {
      String t = values.get(i).trim();
      try {
        nums[i] = Double.parseDouble(t);
        numeric = Double.isFinite(nums[i]);
      } catch (NumberFormatException ex) {
        numeric = false;
      }
      if (integer) {
        try {
          Long.parseLong(t);
        } catch (NumberFormatException ex) {
          integer = false;
        }
      }
    }
    if (numeric) {
      double min = Arrays.stream(nums).min().getAsDouble();
      double max = Arrays.stream(nums).max().getAsDouble();
      boolean log = min > 0 && max / min >= LOG_RATIO;
      double[] enc = new double[nums.length];
      for (int i = 0; i < nums.length; i++) {
        enc[i] = log ? Math.log10(nums[i]) : nums[i];
      }
      Arrays.sort(enc);
      ColumnKind kind = integer ? ColumnKind.INTEGER : ColumnKind.REAL;
      EncodedColumn col =
          new EncodedColumn(
              name, kind, log, enc[0], enc[enc.length - 1], List.of(), enc[(enc.length - 1) / 2]);
      if (def != null) {
        try {
          double v = col.encode(def);
          return new EncodedColumn(
              name, kind, log, Math.min(col.low(), v), Math.max(col.high(), v), List.of(), v);
        } catch (InputException ex) {
          // a default the column cannot encode: keep the median fill
        }
      }
      return col;
    }
    List<String> cats = new ArrayList<>(distinct);
    if (def != null && !cats.contains(def) && missing) {
      cats.add(def);
    }
    double fill;
    if (def != null && cats.contains(def)) {
      fill = cats.indexOf(def);
    } else if (missing) {
      cats.add(ABSENT);
      fill = cats.size() - 1;
    } else {
      fill = 0;
    }
    return new EncodedColumn(name, ColumnKind.CATEGORICAL, false, 0, cats.size() - 1, cats, fill);
  }

  public List<EncodedColumn> columns() {
    return columns;
  }

  public int dimension() {
    return columns.size();
  }

  /** The space the encoding was built from; empty for an inferred encoding. */
  public Optional<SearchSpace> space() {
    return Optional.ofNullable(space);
  }

  /** Notes from inference (dropped parameters, filled absences). */
  public List<String> warnings() {
    return warnings;
  }

  /** The column index of a parameter, or -1. */
  public int index(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One configuration as a row. Entries that are not columns are ignored.
   *
   * @throws InputException when a value cannot be encoded (not a number, unknown category)
   */
  public double[] encode(Config config) {
    double[] x = new double[columns.size()];
    for (int i = 0; i < x.length; i++) {
      EncodedColumn c = columns.get(i);
      String v = config.get(c.name());
      boolean active =
          v != null && (space == null || space.isActive(space.get(c.name()), config.values()));
      if (!active) {
        x[i] = c.fill();
      } else if (space != null && !c.kind().isNumeric()) {
        x[i] = c.encode(space.get(c.name()).canonical(v));
      } else {
        x[i] = c.encode(v);
      }
    }
    return x;
  }

  public double[][] encode(List<Config> configs) {
    double[][] out = new double[configs.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = encode(configs.get(i));
    }
    return out;
  }

  /**
   * A row with log columns mapped back to the parameters' own scale (10^x), for models that take
   * values unlogged and apply their own log (e.g. fanova's {@code ParamDomain} convention).
   */
  public double[] ownScale(double[] x) {
    double[] out = x.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).toValue(x[i]);
    }
    return out;
  }

  /**
   * A row back to a configuration of canonical texts (integers and indices rounded); with a space,
   * parameters inactive under the decoded values are left out.
   */
  public Config decode(double[] x) {
    TreeMap<String, String> values = new TreeMap<>();
    for (int i = 0; i < columns.size(); i++) {
      values.put(columns.get(i).name(), columns.get(i).decode(x[i]));
    }
    Config c = Config.of(values);
    return space == null ? c : space.activeOnly(c);
  }
}
