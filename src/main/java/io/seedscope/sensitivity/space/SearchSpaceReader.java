package io.seedscope.sensitivity.space;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link SearchSpace} from an already-parsed YAML/JSON map (parameter name to its
 * specification), as produced by Jackson or SnakeYAML:
 *
 * <pre>
 * lr:        {type: float, low: 1e-4, high: 1e-1, log: true, levels: 4}
 * batch:     {type: int, low: 1, high: 8}
 * optimizer: {type: categorical, values: [adam, sgd]}
 * size:      {type: ordinal, values: [small, medium, large]}
 * momentum:  {type: float, low: 0, high: 0.99, when: {optimizer: sgd}}
 * </pre>
 *
 * <p>{@code type} may be omitted when {@code values} is given (categorical). {@code points} is
 * accepted for {@code levels}. {@code when} has exactly one entry, parent name to a value or a list
 * of values. Numbers may be YAML numbers or text ({@code "1e-4"}, which YAML 1.1 reads as a
 * string). Errors are {@link SpaceException}s whose {@link SpaceException#path()} is the dotted
 * path below the map ({@code lr.low}); the caller maps it to {@code file:line:col}.
 */
public final class SearchSpaceReader {

  private static final Set<String> KEYS =
      Set.of("type", "low", "high", "log", "levels", "points", "values", "when");

  private SearchSpaceReader() {}

  public static SearchSpace fromMap(Map<String, ?> space) {
    if (space == null || space.isEmpty()) {
      throw new SpaceException("", "the search space must define at least one parameter");
    }
    List<Param> params = new ArrayList<>();
    for (Map.Entry<String, ?> e : space.entrySet()) {
      params.add(param(e.getKey(), e.getValue()));
    }
    return new SearchSpace(params);
  }

  /**
   * Reads a whole {@code sweep:} block: {@code sampler} (default {@code sobol}), {@code samples}
   * (required unless grid), {@code seed} (default 0), {@code seedsPerConfig} (default 1) and {@code
   * space}.
   */
  public static SweepSpec sweepFromMap(Map<String, ?> sweep) {
    for (String k : sweep.keySet()) {
      if (!Set.of("sampler", "samples", "seed", "seedsPerConfig", "space").contains(k)) {
        throw new SpaceException(
            k, "unknown key (expected sampler, samples, seed, seedsPerConfig, space)");
      }
    }
    String kind = sweep.containsKey("sampler") ? text("sampler", sweep.get("sampler")) : "sobol";
    boolean grid = kind.trim().equalsIgnoreCase("grid");
    Object samplesValue = sweep.get("samples");
    if (samplesValue == null && !grid) {
      throw new SpaceException("samples", "the " + kind + " sampler needs 'samples'");
    }
    int samples = samplesValue == null ? 0 : intValue("samples", samplesValue);
    long seed = sweep.containsKey("seed") ? longValue("seed", sweep.get("seed")) : 0L;
    int seedsPerConfig =
        sweep.containsKey("seedsPerConfig")
            ? intValue("seedsPerConfig", sweep.get("seedsPerConfig"))
            : 1;
    if (seedsPerConfig < 1) {
      throw new SpaceException("seedsPerConfig", "must be >= 1 (got " + seedsPerConfig + ")");
    }
    Object space = sweep.get("space");
    if (!(space instanceof Map<?, ?> m)) {
      throw new SpaceException("space", "'space' must be a map of parameter name to spec");
    }
    SearchSpace parsed;
    try {
      parsed = fromMap(castMap("space", m));
    } catch (SpaceException e) {
      throw new SpaceException(e.path().isEmpty() ? "space" : "space." + e.path(), e.detail());
    }
    return new SweepSpec(Sampler.of(kind, grid ? 1 : samples, seed), parsed, seedsPerConfig);
  }

  private static Param param(String name, Object spec) {
    if (!(spec instanceof Map<?, ?> raw)) {
      throw new SpaceException(
          name, "a parameter must be a map such as {type: float, low: 0, high: 1}");
    }
    Map<String, Object> m = castMap(name, raw);
    for (String k : m.keySet()) {
      if (!KEYS.contains(k)) {
        throw new SpaceException(
            name + "." + k, "unknown key (expected type, low, high, log, levels, values, when)");
      }
    }
    String type;
    if (m.containsKey("type")) {
      type = text(name + ".type", m.get("type")).trim().toLowerCase(Locale.ROOT);
    } else if (m.containsKey("values")) {
      type = "categorical";
    } else {
      throw new SpaceException(name, "missing 'type' (float, int, categorical or ordinal)");
    }
    Condition when = m.containsKey("when") ? condition(name, m.get("when")) : null;
    boolean log = m.containsKey("log") && bool(name + ".log", m.get("log"));
    Object levelsValue = m.containsKey("levels") ? m.get("levels") : m.get("points");
    Integer levels = levelsValue == null ? null : intValue(name + ".levels", levelsValue);
    switch (type) {
      case "float":
      case "real":
      case "double":
        only(name, m, type, "low", "high", "log", "levels", "points", "when");
        return new FloatParam(
            name,
            number(name + ".low", require(name, m, "low")),
            number(name + ".high", require(name, m, "high")),
            log,
            levels,
            when);
      case "int":
      case "integer":
        only(name, m, type, "low", "high", "log", "levels", "points", "when");
        return new IntParam(
            name,
            longValue(name + ".low", require(name, m, "low")),
            longValue(name + ".high", require(name, m, "high")),
            log,
            levels,
            when);
      case "categorical":
      case "ordinal":
        only(name, m, type, "values", "when");
        List<String> values = textList(name + ".values", require(name, m, "values"));
        return type.equals("ordinal")
            ? new OrdinalParam(name, values, when)
            : new CategoricalParam(name, values, when);
      default:
        throw new SpaceException(
            name + ".type",
            "unknown type '" + type + "' (expected float, int, categorical or ordinal)");
    }
  }

  private static void only(String name, Map<String, Object> m, String type, String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (String k : m.keySet()) {
      if (!k.equals("type") && !ok.contains(k)) {
        throw new SpaceException(name + "." + k, "not allowed for a " + type + " parameter");
      }
    }
  }

  private static Object require(String name, Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (v == null) {
      throw new SpaceException(name, "missing '" + key + "'");
    }
    return v;
  }

  private static Condition condition(String name, Object when) {
    if (!(when instanceof Map<?, ?> m) || m.size() != 1) {
      throw new SpaceException(
          name + ".when", "'when' must name exactly one parent, e.g. {optimizer: sgd}");
    }
    Map.Entry<?, ?> e = m.entrySet().iterator().next();
    String parent = String.valueOf(e.getKey());
    Object v = e.getValue();
    List<String> values =
        v instanceof List<?> ? textList(name + ".when", v) : List.of(text(name + ".when", v));
    if (values.isEmpty()) {
      throw new SpaceException(name + ".when", "condition on '" + parent + "' lists no values");
    }
    return new Condition(parent, values);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(String path, Map<?, ?> m) {
    for (Object k : m.keySet()) {
      if (!(k instanceof String)) {
        throw new SpaceException(path, "keys must be text, found " + k);
      }
    }
    return (Map<String, Object>) m;
  }

  /** Text of a scalar; numbers are written canonically ({@code 1e-5}, {@code 64}). */
  static String text(String path, Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof BigInteger) {
      return v.toString();
    }
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (v instanceof BigDecimal bd) {
        d = bd.doubleValue();
      }
      return ValueFormat.formatExact(d);
    }
    if (v instanceof Boolean b) {
      return b.toString();
    }
    throw new SpaceException(path, "expected a single value, found " + describe(v));
  }

  private static List<String> textList(String path, Object v) {
    if (!(v instanceof List<?> list)) {
      throw new SpaceException(path, "expected a list such as [a, b], found " + describe(v));
    }
    List<String> out = new ArrayList<>(list.size());
    for (Object o : list) {
      out.add(text(path, o));
    }
    return out;
  }

  private static double number(String path, Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new SpaceException(path, "expected a number, found " + describe(v));
  }

  private static long longValue(String path, Object v) {
    double d = number(path, v);
    if (d != Math.rint(d) || Math.abs(d) > 1L << 53) {
      throw new SpaceException(path, "expected an integer, found " + describe(v));
    }
    return (long) d;
  }

  private static int intValue(String path, Object v) {
    long l = longValue(path, v);
    if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
      throw new SpaceException(path, "integer out of range: " + l);
    }
    return (int) l;
  }

  private static boolean bool(String path, Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    throw new SpaceException(path, "expected true or false, found " + describe(v));
  }

  private static String describe(Object v) {
    if (v == null) {
      return "nothing";
    }
    if (v instanceof Map) {
      return "a map";
    }
    if (v instanceof List) {
      return "a list";
    }
    return "'" + v + "'";
  }
}
